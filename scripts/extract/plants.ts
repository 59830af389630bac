// Development-time extract (run by hand) of the power plants the app draws and counts:
//   npx tsx scripts/extract/plants.ts [--shared ../shared/data]
// Reads the WRI Global Power Plant Database v1.3.0 country files for the USA, Canada and Mexico
// (<shared>/raw/plants/gppd_database_{USA,CAN,MEX}.csv) and writes data/power-plants.csv, one row a
// plant, every figure as GPPD gives it. Rows with 0 MW (2,029 US rows, which also have no fuel) are
// dropped, and so are US-file rows outside the study area (Puerto Rico, Guam).
// It then cross-checks every plant of 100 MW or more against NACEI's 2017-08 list of plants of
// 100 MW or more (<shared>/raw/plants/nacei_PowerPlantsAllGE100MW_NorthAmerica_201708.xlsx) and
// prints the match rate and examples of disagreement. NACEI is only a check: no GPPD figure is
// replaced by it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import XLSX from 'xlsx';
import { createPointIndex } from '../../src/geo/pointIndex';
import { sharedDataDir, type Row } from './csvTable';

const TABLE = 'data/power-plants.csv';
const COLUMNS = ['plant_id', 'name', 'country', 'lat', 'lon', 'capacity_mw', 'primary_fuel', 'commissioning_year', 'owner', 'source', 'source_url', 'source_year', 'quality'] as const;
const GPPD = 'WRI Global Power Plant Database v1.3.0';
const FILES: [string, 'US' | 'CA' | 'MX'][] = [
  ['gppd_database_USA.csv', 'US'],
  ['gppd_database_CAN.csv', 'CA'],
  ['gppd_database_MEX.csv', 'MX'],
];

/** Puerto Rico and the US Virgin Islands, Guam and the Northern Marianas: in the US file, outside GridScout's study area. */
const outsideStudyArea = (lon: number, lat: number) => (lon > -68 && lon < -64 && lat > 17 && lat < 19) || lon > 140;

/**
 * GPPD's source field names the publisher; the GPPD URL field is that publisher's page. A few
 * source fields are bare file URLs: name them.
 */
function sourceName(source: string): string {
  if (source === 'http://www.cre.gob.mx/documento/1814.xlsx') return 'Comisión Reguladora de Energía (CRE) permit list';
  return source;
}

/** GPPD's US commissioning year is the capacity-weighted mean of the units' years: kept to the nearest year. */
const year = (s: string) => (s === '' ? '' : String(Math.round(Number(s))));

function readGppd(shared: string): Row[] {
  const out: Row[] = [];
  let zero = 0;
  let outside = 0;
  let unplacedRows = 0;
  const unplaced = new Map<string, number>();
  for (const [file, country] of FILES) {
    const parsed = Papa.parse<Row>(readFileSync(resolve(shared, 'raw/plants', file), 'utf8'), { header: true, skipEmptyLines: true });
    if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message}`);
    for (const r of parsed.data) {
      const mw = Number(r.capacity_mw);
      if (!(mw > 0)) {
        zero++;
        continue;
      }
      const lon = Number(r.longitude);
      const lat = Number(r.latitude);
      // 262 Mexican rows (CRE permit list) and 4 Guam rows have no coordinates: they cannot be placed.
      if (r.longitude === '' || r.latitude === '') {
        unplaced.set(country, (unplaced.get(country) ?? 0) + mw);
        unplacedRows++;
        continue;
      }
      if (outsideStudyArea(lon, lat)) {
        outside++;
        continue;
      }
      if (!r.primary_fuel) throw new Error(`${file} ${r.gppd_idnr}: ${mw} MW but no primary fuel`);
      out.push({
        plant_id: r.gppd_idnr,
        name: r.name.trim().replace(/\s+/g, ' '),
        country,
        lat: r.latitude,
        lon: r.longitude,
        // GPPD sums unit capacities in floating point (915.6999999999999): EIA reports 0.1 MW.
        capacity_mw: String(Math.round(mw * 10) / 10),
        primary_fuel: r.primary_fuel,
        commissioning_year: year(r.commissioning_year),
        owner: r.owner.trim().replace(/\s+/g, ' '),
        source: `${sourceName(r.source)}, via ${GPPD}`,
        // The first URL where GPPD lists two; NRCan's ftp host serves the same file over http.
        source_url: r.url.split(';')[0].trim().replace(/^ftp:\/\/ftp\.maps\.canada\.ca\//, 'http://ftp.maps.canada.ca/'),
        // A missing capacity year (29 Canadian rows from the CBC database) is left empty, not guessed.
        source_year: r.year_of_capacity_data,
        quality: 'secondary',
      });
    }
  }
  console.log(`GPPD: kept ${out.length} plants; dropped ${zero} rows with 0 MW, ${outside} outside the study area, ${unplacedRows} without coordinates (${[...unplaced].map(([c, mw]) => `${c} ${Math.round(mw)} MW`).join(', ')})`);
  return out;
}

interface NaceiPlant {
  name: string;
  country: string;
  lon: number;
  lat: number;
  mw: number;
  fuel: string;
}

/** NACEI primary energy source → GPPD's fuel words, for the fuel comparison only. */
const NACEI_FUEL: Record<string, string[]> = {
  'Natural Gas': ['Gas', 'Cogeneration'],
  Coal: ['Coal', 'Petcoke'],
  Petroleum: ['Oil', 'Petcoke'],
  Hydroelectric: ['Hydro'],
  'Pumped-Storage Hydroelectric': ['Hydro', 'Storage'],
  'Pumped Storage': ['Hydro', 'Storage'],
  Nuclear: ['Nuclear'],
  Solar: ['Solar'],
  Wind: ['Wind'],
  Geothermal: ['Geothermal'],
  Biomass: ['Biomass', 'Waste'],
  Tidal: ['Wave and Tidal'],
  Other: ['Other', 'Waste', 'Storage', 'Cogeneration'],
};

function readNacei(shared: string): NaceiPlant[] {
  const wb = XLSX.readFile(resolve(shared, 'raw/plants/nacei_PowerPlantsAllGE100MW_NorthAmerica_201708.xlsx'));
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[wb.SheetNames[0]]);
  return rows.map((r) => ({
    name: String(r['Facility Name'] ?? ''),
    country: String(r.Country ?? ''),
    lon: Number(r.Longitude),
    lat: Number(r.Latitude),
    mw: Number(r['Total Capacity (MW)']),
    fuel: String(r['Primary Energy Source'] ?? ''),
  }));
}

const normName = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(generating|power|plant|station|energy|center|centre|facility|project|llc|inc|the|de|la|el|central)\b/g, '')
    .replace(/[^a-z0-9]/g, '');

/** Within this distance, or by the same name within 25 km, a NACEI plant is taken to be the GPPD plant. */
const MATCH_KM = 3;
const NAME_MATCH_KM = 25;
/** Capacities differing by less than this share agree (the lists are two years apart). */
const MW_TOLERANCE = 0.1;

function crossCheck(plants: readonly Row[], nacei: readonly NaceiPlant[]): void {
  const valid = nacei.filter((n) => Number.isFinite(n.lon) && Number.isFinite(n.lat) && n.mw >= 100);
  const index = createPointIndex(valid);
  const big = plants.filter((p) => Number(p.capacity_mw) >= 100);
  let matched = 0;
  let mwAgree = 0;
  let fuelAgree = 0;
  const mwOff: string[] = [];
  const fuelOff: string[] = [];
  const unmatched: string[] = [];
  for (const p of big) {
    const lon = Number(p.lon);
    const lat = Number(p.lat);
    const near = index.within(lon, lat, NAME_MATCH_KM).map((h) => ({ ...h, n: valid[h.index] }));
    const byName = near.find((h) => normName(h.n.name) !== '' && normName(h.n.name) === normName(p.name));
    const hit = byName ?? near.find((h) => h.distanceKm <= MATCH_KM);
    if (!hit) {
      unmatched.push(`${p.name} (${p.country}, ${p.capacity_mw} MW ${p.primary_fuel})`);
      continue;
    }
    matched++;
    const mw = Number(p.capacity_mw);
    const where = `${p.name} (${p.country}): GPPD ${mw} MW ${p.primary_fuel} [${p.source_year}] vs NACEI "${hit.n.name}" ${hit.n.mw} MW ${hit.n.fuel} [2017-08], ${hit.distanceKm.toFixed(1)} km apart`;
    if (Math.abs(hit.n.mw - mw) <= MW_TOLERANCE * Math.max(mw, hit.n.mw)) mwAgree++;
    else mwOff.push(where);
    if ((NACEI_FUEL[hit.n.fuel] ?? []).includes(p.primary_fuel)) fuelAgree++;
    else fuelOff.push(where);
  }
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
  console.log(`NACEI 2017-08 ≥ 100 MW cross-check of ${big.length} GPPD plants ≥ 100 MW (${valid.length} NACEI plants):`);
  console.log(`  matched ${matched} (${pct(matched, big.length)}) by the same name within ${NAME_MATCH_KM} km or any plant within ${MATCH_KM} km`);
  console.log(`  of those, capacity within ${MW_TOLERANCE * 100} %: ${mwAgree} (${pct(mwAgree, matched)}); fuel agrees: ${fuelAgree} (${pct(fuelAgree, matched)})`);
  const byCountry = (c: string) => {
    const n = big.filter((p) => p.country === c).length;
    const u = unmatched.filter((s) => s.includes(`(${c},`)).length;
    return `${c} ${n - u}/${n}`;
  };
  console.log(`  matched by country: ${['US', 'CA', 'MX'].map(byCountry).join(', ')}`);
  const show = (title: string, xs: string[]) => {
    console.log(`  ${title}: ${xs.length}, e.g.`);
    // Up to three examples a country, so one country's pattern does not hide another's.
    for (const c of ['US', 'CA', 'MX']) for (const x of xs.filter((s) => s.includes(`(${c}`)).slice(0, 3)) console.log(`    ${x}`);
  };
  show('capacity differs', mwOff);
  show('fuel differs', fuelOff);
  show('no NACEI match', unmatched);
}

function main(): void {
  const shared = sharedDataDir(process.argv);
  const plants = readGppd(shared);
  plants.sort((a, b) => a.country.localeCompare(b.country) || a.plant_id.localeCompare(b.plant_id));
  const ids = new Set(plants.map((p) => p.plant_id));
  if (ids.size !== plants.length) throw new Error('duplicate GPPD ids');
  const body = Papa.unparse({ fields: [...COLUMNS], data: plants.map((r) => COLUMNS.map((c) => r[c])) }, { newline: '\n' });
  writeFileSync(TABLE, `${body}\n`);
  console.log(`wrote ${TABLE} (${plants.length} rows)`);
  crossCheck(plants, readNacei(shared));
  // A named plant for the spot check in test/unit/powerData.test.ts, read here from the raw file.
  const grandCoulee = plants.find((p) => p.name === 'Grand Coulee');
  if (grandCoulee) console.log(`spot check: Grand Coulee ${grandCoulee.capacity_mw} MW ${grandCoulee.primary_fuel}, ${grandCoulee.lat}, ${grandCoulee.lon}`);
}

main();
