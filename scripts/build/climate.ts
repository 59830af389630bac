// Climate step: the three normals tables → one station list (public/data/climate-stations.json)
// and the climate layers (the point query's field, src/data/climateField.ts, at each cell's
// evaluation point), packed with any other layers into the surface (public/data/surface.json +
// surface.bin). Method and limits: docs/methodology.md (Climate at a point), docs/climate-method.md.
import { CLIMATE_STATION_COLUMNS, type ClimateSourceEntry, type ClimateStationPoint, type ClimateStationRow, type ClimateStationsFile } from '../../src/data/climatePoints';
import type { DatasetInfo } from '../../src/data/types';
import { createClimateField, MAX_ELEVATION_DIFF_M, type ClimateVariable } from '../../src/data/climateField';
import { NORTH_AMERICA_GRID, type GridSpec } from '../../src/geo/grid';
import { DEFAULT_INTERPOLATION } from '../../src/geo/interpolate';
import {
  CLIMATE_CA_MX_SPEC,
  CLIMATE_STATIONS_SPEC,
  CLIMATE_US_SPEC,
  mergeStations,
  parseCaMxNormals,
  parseClimateStations,
  parseUsNormals,
} from './climateTables';
import { regionCodeSet, type BuildContext, type StepOutput, type SurfaceLayer } from './step';
import { encodeSurface, landLayer, type CellRegions } from './surface';
import { SURFACE_VARIABLE, type SurfaceMeta } from '../../src/data/surface';

export interface ClimateStations {
  stations: ClimateStationPoint[];
  /** Which table each kept station came from (station id → file). */
  tableOf: Map<string, string>;
  duplicates: string[];
}

/** Validates the three tables and merges them (see mergeStations). */
function loadClimateStations(ctx: BuildContext): ClimateStations {
  const vctx = { regionCodes: regionCodeSet(ctx.regions) };
  const tables = [
    { file: CLIMATE_US_SPEC.file, stations: parseUsNormals(ctx.readText(CLIMATE_US_SPEC.file), vctx) },
    { file: CLIMATE_CA_MX_SPEC.file, stations: parseCaMxNormals(ctx.readText(CLIMATE_CA_MX_SPEC.file), vctx) },
    { file: CLIMATE_STATIONS_SPEC.file, stations: parseClimateStations(ctx.readText(CLIMATE_STATIONS_SPEC.file), vctx) },
  ];
  const { stations, duplicates } = mergeStations(tables);
  const tableOf = new Map<string, string>();
  for (const t of tables) for (const s of t.stations) if (!tableOf.has(s.id)) tableOf.set(s.id, t.file);
  return { stations, tableOf, duplicates };
}

const TABLE_SOURCES: Record<string, string> = {
  [CLIMATE_US_SPEC.file]: 'NOAA NCEI U.S. Climate Normals 2006–2020',
  [CLIMATE_CA_MX_SPEC.file]: 'ECCC Canadian Climate Normals and SMN/CONAGUA Normales Climatológicas',
  [CLIMATE_STATIONS_SPEC.file]: 'ECCC, Statistics Canada, SMN/CONAGUA and Wikipedia climate tables',
};

/** "2006-2020 ×5801, 1981-2010 ×4": the periods behind a variable, most stations first. */
function periodsOf(stations: readonly ClimateStationPoint[]): string {
  const counts = new Map<string, number>();
  for (const s of stations) counts.set(s.period, (counts.get(s.period) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p, n]) => `${p} ×${n}`).join(', ');
}

function sourcesOf(stations: readonly ClimateStationPoint[], tableOf: Map<string, string>): string {
  const files = [...new Set(stations.map((s) => tableOf.get(s.id) ?? ''))].sort();
  // The publishers' names only: the project's table files are not a source a reader can follow.
  return files.map((f) => TABLE_SOURCES[f] ?? 'climate station tables').join('; ');
}

const countryOf = (regionCode: string) => regionCode.slice(0, 2) as 'US' | 'CA' | 'MX';

/**
 * The interpolated layers and the nearest-station distance, on land cells only, each the value the
 * point query (src/data/climateField.ts) returns at the cell's evaluation point.
 */
function climateLayers(loaded: ClimateStations, regions: CellRegions): SurfaceLayer[] {
  const { k, power, maxRadiusKm } = DEFAULT_INTERPOLATION;
  const method = `Inverse-distance weighting (modified Shepard, power ${power}) over the ${k} nearest stations by great-circle distance, on the point's side of the US–Mexico border; only stations within ${MAX_ELEVATION_DIFF_M} m of the nearest station's elevation; no data beyond ${maxRadiusKm} km; no elevation correction; at the cell centre (or, where the centre is at sea, at the cell's land point nearest it)`;
  const field = createClimateField(loaded.stations);
  const layer = (variable: ClimateVariable, id: string, name: string, unit: string): SurfaceLayer => {
    const used = loaded.stations.filter((s) => s[variable] !== null);
    return { id, name, unit, period: periodsOf(used), source: sourcesOf(used, loaded.tableOf), method, values: landLayer(regions, (lon, lat, code) => field.valueAt(lon, lat, countryOf(code), variable)) };
  };
  const anyValue = loaded.stations.filter((s) => s.annualMeanC !== null || s.summerMaxC !== null || s.cdd !== null);
  return [
    layer('annualMeanC', SURFACE_VARIABLE.annualMeanC, 'Annual mean temperature', '°C'),
    layer('summerMaxC', SURFACE_VARIABLE.summerMaxC, 'Summer (Jun–Aug) mean daily maximum', '°C'),
    layer('cdd', SURFACE_VARIABLE.cdd, 'Cooling degree days', '°C·days (base 18.3 °C at NOAA stations, 18 °C at ECCC stations)'),
    {
      id: SURFACE_VARIABLE.nearestStationKm,
      name: 'Distance to the nearest climate station',
      unit: 'km',
      period: periodsOf(anyValue),
      source: sourcesOf(anyValue, loaded.tableOf),
      method: "Great-circle distance from the cell's evaluation point to the nearest station with any climate value on its side of the US–Mexico border (up to 2,000 km)",
      values: landLayer(regions, (lon, lat, code) => field.nearest(lon, lat, countryOf(code))?.distanceKm ?? Number.NaN),
    },
  ];
}

/** Rows + a source table; NOAA's per-station URLs collapse into one template. */
function encodeClimateStations(stations: readonly ClimateStationPoint[]): ClimateStationsFile {
  const sources: ClimateSourceEntry[] = [];
  const keyOf = (s: ClimateStationPoint) => JSON.stringify([s.source, s.quality, s.period, s.cdd === null ? null : s.cddBaseC]);
  const groups = new Map<string, ClimateStationPoint[]>();
  for (const s of stations) groups.set(keyOf(s), [...(groups.get(keyOf(s)) ?? []), s]);
  const sourceIndex = new Map<string, number>();
  for (const [key, members] of groups) {
    const first = members[0];
    const template = first.sourceUrl.includes(first.id) ? first.sourceUrl.replace(first.id, '{id}') : null;
    const fits = template !== null && members.every((s) => s.sourceUrl === template.replace('{id}', s.id));
    sourceIndex.set(key, sources.length);
    sources.push({ source: first.source, quality: first.quality, period: first.period, cddBaseC: first.cdd === null ? null : first.cddBaseC, urlTemplate: fits ? template : null });
  }
  const rows = stations.map((s): ClimateStationRow => {
    const src = sources[sourceIndex.get(keyOf(s)) as number];
    return [
      s.id, s.name, s.country, s.lon, s.lat, s.elevationM, s.annualMeanC, s.summerMaxC, s.cdd, s.warmestMonthMaxC,
      sourceIndex.get(keyOf(s)) as number,
      src.urlTemplate ? null : s.sourceUrl,
      s.note,
    ];
  });
  return { columns: CLIMATE_STATION_COLUMNS, sources, rows };
}

export interface ClimateStep extends StepOutput {
  /** climate-stations.json as a value, for later steps (decode with decodeClimateStations, as the app does). */
  stationsFile: ClimateStationsFile;
  /** surface.json and surface.bin as values (decode with decodeSurface, as the app does). */
  surface: { meta: SurfaceMeta; bin: Uint8Array };
}

/**
 * The build step: climate-stations.json, and surface.json/.bin holding the climate layers
 * followed by `extraLayers` (e.g. connectivity's latency layer). `cells` = cellRegions(grid, ctx.regions).
 */
export function buildClimate(ctx: BuildContext, cells: CellRegions, extraLayers: readonly SurfaceLayer[] = [], grid: GridSpec = NORTH_AMERICA_GRID): ClimateStep {
  const loaded = loadClimateStations(ctx);
  const layers = [...climateLayers(loaded, cells), ...extraLayers];
  const surface = encodeSurface(grid, cells, layers);
  const stationsFile = encodeClimateStations(loaded.stations);
  const landCells = cells.index.reduce((n, r) => n + (r >= 0 ? 1 : 0), 0);
  const withData = layers.map((l) => `${l.id} ${l.values.reduce((n, v) => n + (Number.isNaN(v) ? 0 : 1), 0)}/${landCells}`);
  return {
    stationsFile,
    surface,
    files: {
      'climate-stations.json': JSON.stringify(stationsFile),
      'surface.json': JSON.stringify(surface.meta),
      'surface.bin': surface.bin,
    },
    datasets: [climateDataset(loaded)],
    warnings: [
      `climate: ${loaded.stations.length} stations after merging (${loaded.duplicates.length} duplicate rows dropped); land cells with data: ${withData.join(', ')}`,
    ],
  };
}

function climateDataset(loaded: ClimateStations): DatasetInfo {
  const byCountry = (country: string) => loaded.stations.filter((s) => s.country === country).length;
  const sources = new Map<string, string>();
  for (const s of loaded.stations) {
    const url = s.sourceUrl.includes(s.id) ? s.sourceUrl.replace(/\/[^/]*$/, '/') : s.sourceUrl;
    if (!sources.has(s.source)) sources.set(s.source, url);
  }
  const withSummer = (country: string) => loaded.stations.filter((s) => s.country === country && s.summerMaxC !== null).length;
  return {
    id: 'climate-normals',
    title: 'Climate normals (stations and interpolated surface)',
    description: `Station climate normals: annual mean temperature, summer (Jun–Aug) mean daily maximum, cooling degree days. ${byCountry('US')} US, ${byCountry('CA')} Canadian and ${byCountry('MX')} Mexican stations. The point card, the exports and the CLI interpolate them at the queried point (inverse-distance weighting; Mexican points from Mexican stations only, US and Canadian points from US and Canadian stations; only stations within ${MAX_ELEVATION_DIFF_M} m of the nearest station's elevation). The surface holds the same value at each cell's centre, or where the centre is at sea at the cell's land point nearest it (see the methodology, “Climate at a point”).`,
    unit: '°C; °C·days',
    years: 'normals 2006–2020 (US); 1971–2000, 1981–2010, 1991–2020 (Canada); 1951–2010, 1961–1990, 1971–2000, 1991–2020 or unknown (Mexico)',
    sources: [...sources].map(([name, url]) => ({ name, url })),
    rowCount: loaded.stations.length,
    gaps: `Mixed normals periods across countries; degree days base 18.3 °C (NOAA) vs 18 °C (ECCC), and none in Mexico (SMN normals publish none, so Mexican cooling is no data); summer maximum only where a Jun–Aug mean is published (US, ${withSummer('CA')} Canadian and ${withSummer('MX')} Mexican stations), warmest-month maxima shown on station points only; many Mexican rows are low quality with unknown period; northern Canada and Mexico sparse: no data beyond ${DEFAULT_INTERPOLATION.maxRadiusKm} km of a station, or where no station within ${MAX_ELEVATION_DIFF_M} m of the nearest station's elevation has the value; no elevation correction.`,
    file: 'climate-stations.json',
  };
}
