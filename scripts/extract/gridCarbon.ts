// Development-time check and note rewrite (run by hand) for data/grid-carbon.csv.
//   npx tsx scripts/extract/gridCarbon.ts [--shared ../shared/data]
// The app now takes one greenhouse-gas basis, CO2e, everywhere (scripts/build/factsSelect.ts
// pickCarbon): eGRID2023 CO2e for US states, ECCC data year 2024 for Canada, SEMARNAT for Mexico.
// 1. Every figure of those rows must equal the shared table (<shared>/grid-carbon.csv), so the
//    figures the app shows are the cited ones; this script never changes a figure.
// 2. Prints ECCC's 2023 values (<shared>/updates-2026-12/grid-carbon-new.csv) beside 2024, for the
//    record; 2023 is not carried into data/ because the app uses only the newest data year.
// 3. Drops the Mexican 2021 row: it was read only in a Scribd upload of the aviso (a mirror), and the
//    app uses the newest factor (2024).
// 4. Rewrites notes that held search-tool ids or repository paths and commits (kept in
//    data/sources/SOURCES-carbon.md) into words for a site developer.
import { resolve } from 'node:path';
import { only, readTable, sharedDataDir, writeTable, type Row } from './csvTable';

const TABLE = 'data/grid-carbon.csv';
const key = (r: Row) => `${r.region_code}|${r.metric}|${r.year}`;
const USED = (r: Row) =>
  (r.level === 'state' && r.metric === 'eGRID total output emission rate CO2e') ||
  (r.region_code.startsWith('CA-') && r.metric === 'consumption intensity (CO2e)' && r.year === '2024') ||
  (r.region_code === 'MX' && r.metric === 'national grid emission factor (CO2e)');

const ECCC_2024_NOTE =
  'Figure read in a secondary copy of ECCC\'s table, not ECCC\'s own PDF. ECCC publishes it for use in 2027; the figures are for data year 2024 (National Inventory Report 1990-2024), the newest inventory year, which later editions may revise';
const MX_NOTES: Record<string, [string, string]> = {
  '2024': ['(find_string ids 52508120313, 60786556996, 55064810674)', ''],
  '2023': ['(find_string ids 67577958209, 55064810674)', ''],
  '2022': ['(find_string ids 18169471748, 55064810674)', ''],
};
const PROVENANCE: [RegExp, string][] = [
  [/read in the EPA workbook as copied in GitHub ISALGroup\/Industrial-decarb state_fact_sheets\/data\/raw\/egrid_summary_tables_rev2\.xlsx @60ff58e/g, 'read in a copy of the EPA workbook'],
  [/read in the ECCC workbook as copied in GitHub leachandrew\/NIR nir_electricity\.xlsx @7a92da2/g, 'read in a copy of the ECCC workbook'],
  [/\(that copy of Table 1 was re-laid-out by the repo owner: [^)]*\)/g, '(that copy of Table 1 was re-laid-out; its unit is from the same EPA release)'],
];

function main(): void {
  const shared = sharedDataDir(process.argv);
  const sharedRows = new Map(readTable(resolve(shared, 'grid-carbon.csv')).rows.map((r) => [key(r), r]));
  const table = readTable(TABLE);
  const used = table.rows.filter(USED);
  for (const r of used) {
    const s = sharedRows.get(key(r));
    if (!s || s.co2_rate !== r.co2_rate || s.unit !== r.unit || s.source_url !== r.source_url) throw new Error(`${key(r)}: differs from the shared table`);
  }
  console.log(`${used.length} rows the app uses agree with the shared table`);

  const eccc2023 = readTable(resolve(shared, 'updates-2026-12/grid-carbon-new.csv')).rows;
  for (const r of used.filter((x) => x.region_code.startsWith('CA-'))) {
    const t53 = eccc2023.find((x) => x.region_code === r.region_code && x.metric === 'consumption intensity (CO2e)');
    const rev = eccc2023.find((x) => x.region_code === r.region_code && x.metric.endsWith('NIR 2026 revision'));
    console.log(`${r.region_code}: 2024 ${r.co2_rate} g/kWh; 2023 ${t53?.co2_rate ?? 'n/a'}${rev ? ` (revised ${rev.co2_rate})` : ''}`);
    r.notes = ECCC_2024_NOTE;
  }
  for (const [year, [from, to]] of Object.entries(MX_NOTES)) {
    const r = only(table.rows, (x) => x.region_code === 'MX' && x.year === year, `MX ${year}`);
    // Idempotent: a rerun finds the note already rewritten.
    if (!r.notes.includes(from) && /find_string/.test(r.notes)) throw new Error(`MX ${year}: note text to rewrite not found`);
    r.notes = r.notes.replace(` ${from}`, to).replace('GitHub files', 'public GitHub projects');
  }
  const mirrored = table.rows.filter((r) => /scribd\.com/.test(r.source_url));
  for (const r of mirrored) console.log(`dropped ${key(r)} (${r.source_url}): read only in a mirror, not used by the app`);
  table.rows = table.rows.filter((r) => !mirrored.includes(r));
  for (const r of table.rows) for (const [re, to] of PROVENANCE) r.notes = r.notes.replace(re, to);
  writeTable(TABLE, table);
}

main();
