// Grid-regions step of build:data: eGRID2023 subregion footprints with their CO2e rates, ISO/RTO
// footprints with the hubs that apply in each, and EIA shale plays with their flared-gas volumes,
// as one TopoJSON-based file, public/data/grid-regions.json (src/data/gridRegions.ts decodes it).
// Inputs are the project tables that scripts/extract/gridRegions.ts wrote from ../shared.
import * as topojsonClient from 'topojson-client';
import { topology } from 'topojson-server';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { decodeGridRegions, type GridRegionsFile, type HubFootprint, type HubFootprintType, type IsoInfo, type ShalePlayInfo, type SubregionInfo } from '../../src/data/gridRegions';
import type { DatasetInfo, Fact, Quality, WholesaleHub } from '../../src/data/types';
import { QUALITIES } from '../../src/data/quality';
import type { RegionIndex } from '../../src/geo/regionIndex';
import { EGRID_SUBREGIONS, readFactTables } from './factsTables';
import { carbonToGPerKwh } from './units';
import { parseAndValidate, type TableSpec } from './validateTable';

/** ≈ 0.001° over North America: finer than the 3-decimal tables, so quantising moves nothing visible. */
const QUANTIZATION = 1e5;
const US_SUBREGION_METRIC = 'eGRID total output emission rate CO2e';
const COMMONGRID_URL = 'https://github.com/TextureHQ/commongrid';
const POWER_PROFILER_URL = 'https://github.com/USEPA/power-profiler';
const EIA_PLAYS_URL = 'https://github.com/flaringmonitor/viirs-flare-data/blob/a89e9932/raw/lower_48_basins.csv.gz';

const FLARED_GAS: TableSpec = {
  file: 'data/flared-gas.csv',
  columns: [
    { name: 'play_id', type: 'string', required: true },
    { name: 'basin', type: 'string', required: true },
    { name: 'play', type: 'string', required: true },
    { name: 'year', type: 'year', required: true, min: 2019, max: 2030 },
    { name: 'flared_volume', type: 'number', required: true, min: 0 },
    { name: 'unit', type: 'enum', required: true, values: ['million_cubic_feet_per_year'] },
    { name: 'covered_states', type: 'string', required: true },
    { name: 'source', type: 'string', required: true },
    { name: 'source_url', type: 'url', required: true },
    { name: 'licence', type: 'string', required: true },
    { name: 'quality', type: 'enum', required: true, values: QUALITIES },
    { name: 'notes', type: 'string' },
  ],
};

const FOOTPRINT_TYPES: readonly HubFootprintType[] = ['iso', 'region', 'country', 'none'];
const HUB_FOOTPRINTS: TableSpec = {
  file: 'data/hub-footprints.csv',
  columns: [
    { name: 'hub_id', type: 'string', required: true },
    { name: 'footprint_type', type: 'enum', required: true, values: FOOTPRINT_TYPES },
    { name: 'footprint', type: 'string' },
    { name: 'basis', type: 'string', required: true },
  ],
};

type Shape = Polygon | MultiPolygon;

export interface GridRegionsInput {
  readText(path: string): string;
  regions: RegionIndex;
  /** The hubs the facts step kept (one per hub id). */
  hubs: readonly WholesaleHub[];
}

export interface GridRegionsOutput {
  file: GridRegionsFile;
  files: Record<string, string>;
  datasets: DatasetInfo[];
  warnings: string[];
}

function readGeo<P>(readText: (p: string) => string, path: string): FeatureCollection<Shape, P> {
  const fc = JSON.parse(readText(path)) as FeatureCollection<Shape, P>;
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${path}: not a FeatureCollection`);
  return fc;
}

function subregionFacts(rows: readonly Record<string, string>[], codes: readonly string[]): SubregionInfo[] {
  return codes.map((code) => {
    const r = rows.find((x) => x.level === 'egrid_subregion' && x.region_code === code && x.metric === US_SUBREGION_METRIC);
    if (!r) throw new Error(`data/grid-carbon.csv: no ${US_SUBREGION_METRIC} row for subregion ${code}`);
    const c = carbonToGPerKwh(Number(r.co2_rate), r.unit as 'lb_per_MWh');
    if (!c.ok) throw new Error(`${code}: ${c.reason}`);
    const carbon: Fact = {
      value: c.value,
      unit: 'gCO2e/kWh',
      year: Number(r.year),
      source: r.source,
      sourceUrl: r.source_url,
      quality: r.quality as Quality,
      conversion: c.conversion,
      note:
        `eGRID subregion ${code} (${r.region_name}), field SRC2ERTA: CO2e total output emission rate (CO2 + CH4 + N2O), ` +
        'generation-based; EPA\'s recommended factor for location-based Scope 2. Footprint as mapped by EPA\'s Power Profiler (approximate)',
    };
    return { code, name: r.region_name, carbon };
  });
}

function playFacts(rows: readonly Record<string, string>[], plays: FeatureCollection<Shape, { id: string; basin: string; play: string }>, regionCodes: ReadonlySet<string>): ShalePlayInfo[] {
  const byId = new Map(rows.map((r) => [r.play_id, r]));
  const infos = plays.features.map((f): ShalePlayInfo => {
    const r = byId.get(f.properties.id);
    byId.delete(f.properties.id);
    if (!r) return { id: f.properties.id, basin: f.properties.basin, play: f.properties.play, flared: null, coveredRegions: [] };
    if (r.play !== f.properties.play) throw new Error(`data/flared-gas.csv: play ${r.play_id} is "${f.properties.play}" in the geometry, "${r.play}" in the table`);
    const coveredRegions = r.covered_states.split(';');
    for (const c of coveredRegions) if (!regionCodes.has(c)) throw new Error(`data/flared-gas.csv: unknown region ${c}`);
    const flared: Fact = {
      value: Number(r.flared_volume),
      unit: 'million ft³/yr',
      year: Number(r.year),
      source: r.source,
      sourceUrl: r.source_url,
      quality: r.quality as Quality,
      note: r.notes || undefined,
    };
    return { id: f.properties.id, basin: f.properties.basin, play: f.properties.play, flared, coveredRegions };
  });
  if (byId.size) throw new Error(`data/flared-gas.csv: plays ${[...byId.keys()].join(', ')} have no geometry`);
  return infos;
}

function hubFootprints(rows: readonly Record<string, string>[], hubs: readonly WholesaleHub[], isos: readonly IsoInfo[], regionCodes: ReadonlySet<string>): HubFootprint[] {
  const out: HubFootprint[] = [];
  for (const h of hubs) {
    const r = rows.find((x) => x.hub_id === h.id);
    if (!r) throw new Error(`data/hub-footprints.csv: no row for hub ${h.id}`);
    const type = r.footprint_type as HubFootprintType;
    const fp = r.footprint || null;
    const ok = type === 'none' ? fp === null : type === 'iso' ? isos.some((i) => i.id === fp) : type === 'region' ? !!fp && regionCodes.has(fp) : fp === 'US' || fp === 'CA' || fp === 'MX';
    if (!ok) throw new Error(`data/hub-footprints.csv: hub ${h.id}: footprint "${r.footprint}" does not fit type ${type}`);
    out.push({ hubId: h.id, type, footprint: fp, basis: r.basis });
  }
  for (const r of rows) if (!hubs.some((h) => h.id === r.hub_id)) throw new Error(`data/hub-footprints.csv: ${r.hub_id} is not a hub in data/wholesale-hubs.csv`);
  return out;
}

export function buildGridRegions(input: GridRegionsInput): GridRegionsOutput {
  const warnings: string[] = [];
  const regionCodes = new Set(input.regions.regions.map((r) => r.code));
  const subGeo = readGeo<{ code: string; name: string }>(input.readText, 'data/geo/egrid-subregions.geojson');
  const isoGeo = readGeo<{ id: string; name: string }>(input.readText, 'data/geo/iso-footprints.geojson');
  const playGeo = readGeo<{ id: string; basin: string; play: string }>(input.readText, 'data/geo/shale-plays.geojson');

  const codes = subGeo.features.map((f) => f.properties.code);
  if ([...codes].sort().join() !== [...EGRID_SUBREGIONS].sort().join()) throw new Error('data/geo/egrid-subregions.geojson: not the 27 eGRID2023 subregions');
  const subregions = subregionFacts(readFactTables(input.readText, regionCodes).gridCarbon, codes);
  const isos: IsoInfo[] = isoGeo.features.map((f) => ({ id: f.properties.id, name: f.properties.name }));
  const plays = playFacts(parseAndValidate(FLARED_GAS, input.readText(FLARED_GAS.file)), playGeo, regionCodes);
  const footprints = hubFootprints(parseAndValidate(HUB_FOOTPRINTS, input.readText(HUB_FOOTPRINTS.file)), input.hubs, isos, regionCodes);

  const keyed = <P>(fc: FeatureCollection<Shape, P>, key: (p: P) => Record<string, string>) => ({
    type: 'FeatureCollection' as const,
    features: fc.features.map((f) => ({ type: 'Feature' as const, properties: key(f.properties), geometry: f.geometry })),
  });
  const topo = topojsonClient.quantize(
    topology({
      subregions: keyed(subGeo, (p) => ({ code: p.code })),
      isos: keyed(isoGeo, (p) => ({ id: p.id })),
      plays: keyed(playGeo, (p) => ({ id: p.id })),
    }) as Topology<Objects<{}>>,
    QUANTIZATION,
  ) as Topology;
  const file: GridRegionsFile = { version: 1, topology: topo, subregions, isos, plays, hubFootprints: footprints };

  // A hub plotted outside its own footprint would be a mapping error worth a look.
  const decoded = decodeGridRegions(file);
  for (const h of input.hubs) {
    const fp = decoded.hubFootprint(h.id);
    if (fp?.type === 'iso' && !decoded.isosAt(h.lon, h.lat).some((i) => i.id === fp.footprint)) warnings.push(`hub ${h.id} is plotted outside its market ${fp.footprint}`);
  }
  const unserved = footprints.filter((f) => f.type === 'none').map((f) => f.hubId);
  if (unserved.length) warnings.push(`hubs without a market footprint (bilateral, apply nowhere): ${unserved.join(', ')}`);

  const flaring = plays.filter((p) => p.flared);
  const datasets: DatasetInfo[] = [
    {
      id: 'egrid-subregions',
      title: 'eGRID subregions (grid carbon in the US)',
      description:
        'The 27 eGRID2023 subregions as mapped by EPA\'s Power Profiler, each with its CO2e total output emission rate (eGRID field SRC2ERTA). A US point takes its subregion\'s rate, the geography EPA recommends for a site\'s location-based Scope 2; the state rate is kept as a second opinion. Outlines simplified to about 1 km.',
      unit: 'gCO2e/kWh (converted from lb/MWh)',
      years: '2023',
      sources: [
        { name: 'EPA eGRID2023 Summary Tables, revision 2, Table 1 Subregion Output Emission Rates', url: subregions[0].carbon.sourceUrl },
        { name: 'EPA Power Profiler subregion map (MIT licence)', url: POWER_PROFILER_URL },
      ],
      rowCount: subregions.length,
      gaps: 'Subregion outlines are EPA\'s approximation of where each subregion\'s utilities serve; near a border the true subregion depends on the serving utility. A US point outside every outline (coasts, simplification) takes the state rate, and says so.',
      file: 'data/geo/egrid-subregions.geojson',
    },
    {
      id: 'iso-footprints',
      title: 'Wholesale market footprints (ISO/RTO)',
      description: `The service areas of the seven US ISO/RTO markets (${isos.map((i) => i.id).join(', ')}) from CommonGrid, © CommonGrid contributors, under the Open Database License (ODbL 1.0); the simplified footprints GridScout derives from them, shipped with the app, are offered under the ODbL too. A wholesale hub applies only inside its market: a US point in an ISO gets that ISO's nearest hub; Alberta (AESO) and Ontario (IESO) are province-wide markets; Mexico's wholesale market (MEM) is national.`,
      unit: 'footprint (polygon)',
      years: '2026',
      sources: [{ name: 'CommonGrid (TextureHQ/commongrid), data/territories/iso-*.json, ODbL 1.0', url: COMMONGRID_URL }],
      rowCount: isos.length,
      gaps: `No hub applies in non-ISO territory (the West outside CAISO, the Southeast, Alaska, Hawaii) nor in Canadian provinces other than Alberta and Ontario. ${unserved.join(' and ')} are bilateral trading hubs with no market footprint: their prices are shown on the map but apply to no point. Outlines simplified to about 1 km.`,
      file: 'data/geo/iso-footprints.geojson',
    },
    {
      id: 'flared-gas',
      title: 'Flared gas',
      description: `EIA lower-48 shale plays, coloured by the gas flared in ${flaring[0]?.flared?.year ?? ''} as estimated from VIIRS Nightfire satellite detections by the Flaring Monitor (Payne Institute, Colorado School of Mines): the stranded-gas signal behind-the-meter miners look for. Monitor data: LGPL-2.1 repository (flaringmonitor/viirs-flare-data); EIA maps are public domain.`,
      unit: 'million cubic feet per year',
      years: String(flaring[0]?.flared?.year ?? ''),
      sources: [
        { name: 'Flaring Monitor, basin statistics (VIIRS Nightfire estimates)', url: flaring[0]?.flared?.sourceUrl ?? '' },
        { name: 'EIA shale plays of the lower 48 states (as used by the Flaring Monitor)', url: EIA_PLAYS_URL },
      ],
      rowCount: flaring.length,
      gaps: `Only ${flaring.length} of ${plays.length} plays have a figure: the monitor covers flares in Texas, New Mexico, North Dakota and Colorado only, so the Niobrara figure is Colorado's, Bakken and Three Forks North Dakota's, Haynesville Texas's; elsewhere in those plays and in every other play there is no data (not zero). Bakken and Three Forks overlap and count the same flares. 2020 volumes fell with the pandemic's drilling slowdown.`,
      file: 'data/flared-gas.csv',
    },
  ];
  return { file, files: { 'grid-regions.json': JSON.stringify(file) }, datasets, warnings };
}
