// Power step of build:data: data/power-plants.csv → public/data/plants.json and
// data/transmission-{lines,stations}.csv plus the polygons of the states without line data →
// public/data/lines.json, with their Data panel entries. Both files are fetched only when a layer
// that draws them is ticked or a point card asks for nearby power (src/data/loadPowerContext.ts).
import type { RegionFeature } from '../../src/geo/regionIndex';
import type { DatasetInfo } from '../../src/data/types';
import { decodePowerPlants, PLANT_FUELS, type PlantSource, type PowerPlants, type PowerPlantsFile } from '../../src/data/powerPlants';
import { decodeTransmissionLines, type LinesDataset, type TransmissionLines, type TransmissionLinesFile } from '../../src/data/transmissionLines';
import { LINE_COVERAGE_TEXT, NO_LINE_DATA_REASON, NO_LINE_DATA_REGIONS } from '../../src/data/lineCoverage';
import { QUALITIES } from '../../src/data/quality';
import type { Quality } from '../../src/data/types';
import { parseAndValidate, type TableSpec } from './validateTable';

const PLANTS_SPEC: TableSpec = {
  file: 'data/power-plants.csv',
  columns: [
    { name: 'plant_id', type: 'string', required: true },
    { name: 'name', type: 'string', required: true },
    { name: 'country', type: 'enum', values: ['US', 'CA', 'MX'], required: true },
    { name: 'lat', type: 'number', required: true, min: 14, max: 84 },
    { name: 'lon', type: 'number', required: true, min: -180, max: -50 },
    { name: 'capacity_mw', type: 'number', required: true, min: 0.1, max: 30000 },
    { name: 'primary_fuel', type: 'enum', values: PLANT_FUELS.map((f) => f.id), required: true },
    { name: 'commissioning_year', type: 'year', min: 1880 },
    { name: 'owner', type: 'string' },
    { name: 'source', type: 'string', required: true },
    { name: 'source_url', type: 'url', required: true },
    { name: 'source_year', type: 'year' },
    { name: 'quality', type: 'enum', values: QUALITIES, required: true },
  ],
};

const AREAS = ['Canada', 'Mexico', 'USA-Midwest', 'USA-Northeast', 'USA-South'];
const LINES_SPEC: TableSpec = {
  file: 'data/transmission-lines.csv',
  columns: [
    { name: 'line_id', type: 'string', required: true },
    { name: 'area', type: 'enum', values: AREAS, required: true },
    { name: 'voltages_kv', type: 'string' },
    { name: 'max_voltage_kv', type: 'number', min: 1, max: 1200 },
    { name: 'operator', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'lon1', type: 'number', required: true, min: -180, max: -50 },
    { name: 'lat1', type: 'number', required: true, min: 14, max: 84 },
    { name: 'lon2', type: 'number', required: true, min: -180, max: -50 },
    { name: 'lat2', type: 'number', required: true, min: 14, max: 84 },
  ],
};
const STATIONS_SPEC: TableSpec = {
  file: 'data/transmission-stations.csv',
  columns: [
    { name: 'station_id', type: 'string', required: true },
    { name: 'area', type: 'enum', values: AREAS, required: true },
    { name: 'kind', type: 'enum', values: ['substation', 'station'], required: true },
    { name: 'voltages_kv', type: 'string' },
    { name: 'operator', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'lon', type: 'number', required: true, min: -180, max: -50 },
    { name: 'lat', type: 'number', required: true, min: 14, max: 84 },
  ],
};

const GPPD = {
  name: 'WRI Global Power Plant Database v1.3.0',
  url: 'https://datasets.wri.org/dataset/globalpowerplantdatabase',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  version: '1.3.0',
};

export const GRIDKIT: LinesDataset = {
  name: 'OpenStreetMap high-voltage grid, GridKit extraction (ComplexNetTSP/Power_grids)',
  url: 'https://github.com/ComplexNetTSP/Power_grids',
  doi: 'https://doi.org/10.5281/zenodo.250427',
  attribution: '© OpenStreetMap contributors; GridKit (B. Wiegmans), extraction by ComplexNetTSP (Zenodo 10.5281/zenodo.250427)',
  licence: 'ODbL 1.0',
  licenceUrl: 'https://opendatacommons.org/licenses/odbl/1-0/',
  year: 2016,
};

/** Values → a lookup table (first-seen order, "" first) and one index per value. */
function lookup(values: readonly string[]): { table: string[]; index: number[] } {
  const table = [''];
  const at = new Map([['', 0]]);
  const index = values.map((v) => {
    let i = at.get(v);
    if (i === undefined) {
      i = table.length;
      table.push(v);
      at.set(v, i);
    }
    return i;
  });
  return { table, index };
}

const q4 = (s: string) => Math.round(Number(s) * 1e4);

export function plantsFile(csv: string): PowerPlantsFile {
  const rows = parseAndValidate(PLANTS_SPEC, csv);
  const sourceKey = (r: Record<string, string>) => `${r.source}\n${r.source_url}\n${r.source_year}\n${r.quality}`;
  const sources = lookup(rows.map(sourceKey));
  const owners = lookup(rows.map((r) => r.owner));
  const fuels = PLANT_FUELS.map((f) => f.id as string);
  return {
    dataset: GPPD,
    fuels,
    // Index 0 of the lookup is the empty key, which no row has: drop it and shift.
    sources: sources.table.slice(1).map((k): PlantSource => {
      const [name, url, year, quality] = k.split('\n');
      return { name, url, year: year ? Number(year) : null, quality: quality as Quality };
    }),
    owners: owners.table.slice(1),
    name: rows.map((r) => r.name),
    country: rows.map((r) => r.country[0]).join(''),
    lon: rows.map((r) => q4(r.lon)),
    lat: rows.map((r) => q4(r.lat)),
    mw10: rows.map((r) => Math.round(Number(r.capacity_mw) * 10)),
    fuel: rows.map((r) => fuels.indexOf(r.primary_fuel)),
    year: rows.map((r) => (r.commissioning_year ? Number(r.commissioning_year) : null)),
    owner: owners.index.map((i) => i - 1),
    source: sources.index.map((i) => i - 1),
  };
}

/** Ring coordinates × 10³ (~100 m), consecutive repeats dropped: the mask is drawn and measured at this precision. */
function quantisedRings(feature: RegionFeature): number[][][] {
  const polys = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polys.map((rings) =>
    rings.map((ring) => {
      const flat: number[] = [];
      for (const [x, y] of ring) {
        const qx = Math.round(x * 1e3), qy = Math.round(y * 1e3);
        if (flat.length && flat[flat.length - 2] === qx && flat[flat.length - 1] === qy) continue;
        flat.push(qx, qy);
      }
      return flat;
    }),
  );
}

export function linesFile(linesCsv: string, stationsCsv: string, regionFeatures: readonly RegionFeature[]): TransmissionLinesFile {
  const lines = parseAndValidate(LINES_SPEC, linesCsv);
  const stations = parseAndValidate(STATIONS_SPEC, stationsCsv);
  const voltageSets = lookup([...lines.map((r) => r.voltages_kv), ...stations.map((r) => r.voltages_kv)]);
  const operators = lookup([...lines.map((r) => r.operator), ...stations.map((r) => r.operator)]);
  const names = lookup([...lines.map((r) => r.name), ...stations.map((r) => r.name)]);
  const n = lines.length;
  const noDataFeatures = NO_LINE_DATA_REGIONS.map((code) => {
    const f = regionFeatures.find((x) => x.properties.code === code);
    if (!f) throw new Error(`lines.json: region ${code} (no line data) is not in the boundaries`);
    return f;
  });
  return {
    dataset: GRIDKIT,
    voltageSets: voltageSets.table,
    operators: operators.table,
    names: names.table,
    segments: {
      coords: lines.flatMap((r) => [q4(r.lon1), q4(r.lat1), q4(r.lon2), q4(r.lat2)]),
      maxKv: lines.map((r) => (r.max_voltage_kv ? Number(r.max_voltage_kv) : 0)),
      voltages: voltageSets.index.slice(0, n),
      operator: operators.index.slice(0, n),
      name: names.index.slice(0, n),
    },
    stations: {
      coords: stations.flatMap((r) => [q4(r.lon), q4(r.lat)]),
      kind: stations.map((r) => (r.kind === 'substation' ? 's' : 't')).join(''),
      voltages: voltageSets.index.slice(n),
      operator: operators.index.slice(n),
      name: names.index.slice(n),
    },
    noData: {
      regions: noDataFeatures.map((f) => ({ code: f.properties.code, name: f.properties.name })),
      polygons: noDataFeatures.flatMap(quantisedRings),
      reason: NO_LINE_DATA_REASON,
    },
  };
}

export interface PowerStep {
  files: Record<string, string>;
  datasets: DatasetInfo[];
  warnings: string[];
  plants: PowerPlants;
  lines: TransmissionLines;
}

export function buildPower(readText: (path: string) => string, regionFeatures: readonly RegionFeature[]): PowerStep {
  const plants = plantsFile(readText(PLANTS_SPEC.file));
  const lines = linesFile(readText(LINES_SPEC.file), readText(STATIONS_SPEC.file), regionFeatures);
  const decodedPlants = decodePowerPlants(plants);
  const decodedLines = decodeTransmissionLines(lines);
  return {
    files: { 'plants.json': JSON.stringify(plants), 'lines.json': JSON.stringify(lines) },
    datasets: powerDatasets(decodedPlants, decodedLines),
    warnings: [],
    plants: decodedPlants,
    lines: decodedLines,
  };
}

function powerDatasets(plants: PowerPlants, lines: TransmissionLines): DatasetInfo[] {
  const mw = Math.round(plants.plants.reduce((s, p) => s + p.capacityMw, 0));
  return [
    {
      id: 'power-plants',
      title: 'Power plants',
      description: `${plants.plants.length.toLocaleString('en-US')} operating power plants (${mw.toLocaleString('en-US')} MW) with capacity, primary fuel, commissioning year and owner.`,
      unit: 'MW',
      years: 'US 2019 (EIA-860), Canada 2017 (NRCan/NACEI; some older), Mexico 2016 (CFE, CRE, NACEI)',
      sources: [
        { name: `${GPPD.name} (World Resources Institute), CC BY 4.0`, url: GPPD.url },
        { name: 'U.S. Energy Information Administration, Form EIA-860 (via GPPD)', url: 'http://www.eia.gov/electricity/data/browser/' },
        { name: 'Natural Resources Canada / NACEI (via GPPD)', url: 'http://ftp.maps.canada.ca/pub/nacei_cnaie/energy_infrastructure/' },
        { name: 'CFE, CRE and NACEI Mexico (via GPPD)', url: 'http://base.energia.gob.mx/nacei/' },
      ],
      rowCount: plants.plants.length,
      gaps:
        'Plants GPPD lists with 0 MW (2,029 US rows, no fuel) are left out; 262 Mexican plants from the CRE permit list (7,030 MW) have no location in GPPD and cannot be shown or counted. No status column: retirements after the source year still appear, newer plants do not. Canadian and Mexican plants have no commissioning year. Pumped-storage plants are listed as Hydro. Cross-checked against NACEI 2017-08 (plants ≥ 100 MW): 94 % found, 95 % of those within 10 % of the same capacity.',
      file: 'plants.json',
      licence: { name: GPPD.licence, url: GPPD.licenceUrl, attribution: 'Global Power Plant Database v1.3.0, World Resources Institute (CC BY 4.0)' },
    },
    {
      id: 'transmission-lines',
      title: 'Transmission lines',
      description: `${lines.segmentCount.toLocaleString('en-US')} high-voltage line segments and ${lines.stations.length.toLocaleString('en-US')} substations and stations mapped in OpenStreetMap, by voltage class.`,
      unit: 'kV; km (distances)',
      years: `OpenStreetMap ~${lines.dataset.year}`,
      sources: [
        { name: lines.dataset.name, url: lines.dataset.url },
        { name: 'Zenodo record 10.5281/zenodo.250427', url: lines.dataset.doi },
        { name: 'OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' },
      ],
      rowCount: lines.segmentCount,
      gaps: `${LINE_COVERAGE_TEXT}: there the map shows "no line data" and distances are not given. Lines are straight node-to-node segments, not the mapped route. OpenStreetMap was incomplete in 2016 and lines built since are missing; a line not shown may still exist.`,
      file: 'lines.json',
      licence: { name: lines.dataset.licence, url: lines.dataset.licenceUrl, attribution: lines.dataset.attribution },
    },
  ];
}
