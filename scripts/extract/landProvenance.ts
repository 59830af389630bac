// Development-time provenance fix (run by hand) for data/land-values.csv.
//   npx tsx scripts/extract/landProvenance.ts [--shared ../shared/data]
// 37 US 2025 farm-real-estate rows were read in a code constant (NASS_2025_USD_PER_ACRE) but cited
// the NASS PDF as their URL. The constant's repository has since been identified, so the rows now
// cite where they were read, stay `low`, and say they were not checked against the report.
// The GA and SC 2026 rows were read in another code constant whose repository could not be
// identified; with no place to cite, they are removed (GA and SC keep their 2025 figures).
// Every kept figure must equal the shared table (<shared>/land-values.csv): this changes no value.
import { resolve } from 'node:path';
import { readTable, sharedDataDir, writeTable, type Row } from './csvTable';

const TABLE = 'data/land-values.csv';
const READ_AT = 'https://github.com/akarshgopal/ultimat-sim/blob/7b631dc9782279c306ac3b9a732ddd0694166003/scripts/build-land-prices.mjs';
const SOURCE =
  'USDA NASS Land Values 2025 Summary (Aug 1, 2025), as transcribed in third-party code (constant NASS_2025_USD_PER_ACRE in GitHub akarshgopal/ultimat-sim, scripts/build-land-prices.mjs)';
const OLD_NOTE = 'NOT read in the NASS PDF; copied from a code constant whose 11 other state values all match news quotes of the report';
const NEW_NOTE = 'Not checked against the NASS report (land0825.pdf); the same list\'s values for 11 other states match news quotes of the report';
const key = (r: Row) => `${r.region_code}|${r.measure}|${r.year}`;

function main(): void {
  const shared = new Map(readTable(resolve(sharedDataDir(process.argv), 'land-values.csv')).rows.map((r) => [key(r), r]));
  const table = readTable(TABLE);
  const unplaced = table.rows.filter((r) => /LAND_VALUE_PER_ACRE/.test(r.source));
  for (const r of unplaced) console.log(`dropped ${key(r)} ${r.value}: read in code whose repository is unknown`);
  table.rows = table.rows.filter((r) => !unplaced.includes(r));
  let fixed = 0;
  for (const r of table.rows.filter((x) => /NASS_2025_USD_PER_ACRE/.test(x.source))) {
    if (shared.get(key(r))?.value !== r.value) throw new Error(`${key(r)}: value differs from the shared table`);
    r.source = SOURCE;
    r.source_url = READ_AT;
    if (r.quality !== 'low') throw new Error(`${key(r)}: expected quality low`);
    r.notes = r.notes.replace(OLD_NOTE, NEW_NOTE);
    fixed++;
  }
  if (fixed !== 37) throw new Error(`expected 37 rows read in NASS_2025_USD_PER_ACRE, found ${fixed}`);
  writeTable(TABLE, table);
  console.log(`${TABLE}: ${fixed} rows now cite where they were read`);
}

main();
