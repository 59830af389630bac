// Development-time extract (run by hand): carries the 2026-12 Canadian and Mexican climate normals
// into data/climate-normals-ca-mx.csv and drops the rows they supersede from data/climate-stations.csv.
//   npx tsx scripts/extract/climateNormals.ts [--shared ../shared/data]
// Base: <shared>/climate-normals-ca-mx.csv and <shared>/climate-stations.csv, which data/ held
// unchanged before this update, so a rerun gives the same tables. Update:
// <shared>/updates-2026-12/climate-normals-ca-mx-1991-2020.csv (41 rows; NOTES-climate.md says what
// was read where).
// - Adds the 36 ECCC 1991-2020 rows and the 5 SMN rows.
// - Supersedes, for the same station or city, the older rows: the 1981-2010 Prince George and
//   Brandon rows, the ECCC/Statistics Canada 1971-2000 rows of the same airports (and Toronto city),
//   the ECCC station-page Iqaluit row (same values, fewer of them) and the Wikipedia rows for
//   Montréal-Trudeau, Aguascalientes, Mexico City and Culiacán.
// - Moves the three SMN publisher-file rows of climate-stations.csv (Higueras, Alcholoya,
//   Mexcaltitán) into this table with their Jun–Aug mean maximum and Dec–Feb mean minimum, read
//   in the same SMN files (NOTES-climate.md, "Rows left out to avoid duplicates").
// - `source` names the publisher's product; where a figure was read in a copy of the publisher's
//   file, that copy is named in the `provenance` column (kept for audit, never displayed). `notes`
//   are rewritten for a site developer: what each value is and the ECCC/SMN data-quality codes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { only, readTable, sharedDataDir, writeTable, type Row, type Table } from './csvTable';

const CA_MX = 'data/climate-normals-ca-mx.csv';
const STATIONS = 'data/climate-stations.csv';

/** climate-stations.csv rows superseded by a new row of the same station or city: old id → new id. */
const SUPERSEDED_STATIONS: Record<string, string> = {
  'STATCAN-YELLOWKNIFE': 'ECCC-2204100',
  'ECCC-stn2205': 'ECCC-3031093',
  'ECCC-stn1865': 'ECCC-3012205',
  'STATCAN-PRINCE_GEORGE': 'ECCC-1096450',
  'STATCAN-VANCOUVER': 'ECCC-1108447',
  'ECCC-stn3698': 'ECCC-5023222',
  'STATCAN-FREDERICTON': 'ECCC-8101500',
  'STATCAN-STJOHNS': 'ECCC-8403506',
  'STATCAN-HALIFAX': 'ECCC-8202250',
  'ECCC-stn383000000': 'ECCC-2402590',
  'STATCAN-OTTAWA': 'ECCC-6106000',
  'STATCAN-THUNDER_BAY': 'ECCC-6048261',
  'ECCC-6158350': 'ECCC-6158733',
  'ECCC-stn6526': 'ECCC-8300300',
  'WMO-71627': 'ECCC-7025250',
  'ECCC-stn5251': 'ECCC-7016294',
  'STATCAN-REGINA': 'ECCC-4016560',
  'STATCAN-SASKATOON': 'ECCC-4057120',
  'ECCC-stn1617': 'ECCC-2101300',
  'WIKI-MX-AGUASCALIENTES': 'SMN-01001',
  'WIKI-MX-MEXICO_CITY': 'SMN-09048',
  'WIKI-MX-CULIACAN': 'SMN-25015',
};
/** 1981-2010 rows of climate-normals-ca-mx.csv superseded by the 1991-2020 row of the same station id. */
const SUPERSEDED_OLD_PERIOD = ['ECCC-1096450', 'ECCC-5010480'];
/** SMN publisher-file rows moved from climate-stations.csv, with their name in NOTES-climate.md's table. */
const MOVED_SMN: Record<string, string> = { 'SMN-10166': 'Higueras', 'SMN-13061': 'Alcholoya', 'SMN-18022': 'Mexcaltitán' };

/** Splits "publisher product; read in a copy …" into the product (source) and where it was read (provenance). */
function splitSource(source: string): { source: string; provenance: string } {
  const m = /^(.*?)(?:[;,] (?:as copied|read in|location coordinates from)\b)(.*)$/.exec(source);
  if (!m) return { source, provenance: '' };
  return { source: m[1].trim(), provenance: source.slice(m[1].length).replace(/^[;,]\s*/, '').trim() };
}

const ECCC_NOTE =
  /^ECCC 1991-2020 normals location '(.+?)' \(composite of climate IDs (.+?) as listed in ropensci\/weathercan data\/normals_measurements\.rda\); station_id\/coordinates\/elevation = member (\S+) (.+?) from the ECCC station inventory \(2-decimal lat\/lon\); annual mean = 'Daily Average' Year column \(code (\w)\); summer_mean_max = mean of Jun\/Jul\/Aug 'Daily Maximum' (\S+) \(code (\w)\); winter_mean_min = mean of Dec\/Jan\/Feb 'Daily Minimum' (\S+) \(code (\w)\); (.*)$/;
const DD_GIVEN = /^degree days as given: 'Degree Days Above 18 °C' \/ 'Degree Days Below 18 °C' Year column \(code (\w)\)\.?(?:; (.*))?$/;

/** Tail clauses of the update's notes, in words for a site developer (those about the tables themselves are dropped). */
const TAIL_REWRITES: [RegExp, string][] = [
  [/^the ECCC file has CDD, HDD rows for this location but they were not transcribed.*?; (.*)$/, 'Degree days: not carried for this location; see EDMONTON (AIRPORT). $1'],
  [/^ECCC leaves the Mar and Sep monthly values and the Year total of both .* blank for this location \(no code\).*$/, 'Degree days: no data (ECCC leaves the March and September values and the annual totals blank for this location).'],
  [/^representative member LETHBRIDGE A 3033880 chosen manually \(the earliest member, (.*?), is a separate research-farm site.*$/, 'Position of LETHBRIDGE A, not of $1 (a separate research-farm site).'],
  [/^.*(?:climate-normals-ca-mx|climate-stations)\.csv.*$/, ''],
];

function rewriteTail(tail: string): string {
  for (const [re, to] of TAIL_REWRITES) if (re.test(tail)) return tail.replace(re, to).trim();
  return tail.replace(/^./, (c) => c.toUpperCase()).replace(/([^.])$/, '$1.');
}

const triple = (s: string) => s.split('/').join(' / ');

function ecccNote(row: Row): string {
  const m = ECCC_NOTE.exec(row.notes);
  if (!m) throw new Error(`${row.station_id}: ECCC note not in the expected form`);
  const [, location, ids, member, memberName, annualCode, summer, summerCode, winter, winterCode, rest] = m;
  const dd = DD_GIVEN.exec(rest);
  const ddCode = dd ? dd[1] : null;
  const tail = dd ? (dd[2] ? rewriteTail(dd[2]) : '') : rewriteTail(rest);
  const codes = `ECCC data-quality codes (A best, D least complete): annual mean ${annualCode}, summer ${summerCode}, winter ${winterCode}${ddCode ? `, degree days ${ddCode}` : ''}.`;
  return [
    `ECCC normals location ${location} (climate IDs ${ids}); position and elevation of ${member} ${memberName}.`,
    `Summer max = mean of the Jun / Jul / Aug daily maxima ${triple(summer)} °C; winter min = mean of the Dec / Jan / Feb daily minima ${triple(winter)} °C.`,
    codes,
    tail,
  ].filter(Boolean).join(' ');
}

/** SMN notes: column names and working words replaced; the values and their counts stay. */
function smnNote(row: Row): string {
  const text = row.notes
    .replace(/summer_mean_max = /g, 'summer max = ')
    .replace(/winter_mean_min = /g, 'winter min = ')
    .replace(/SMN normals give no degree days, so CDD\/HDD are empty/g, 'SMN normals publish no degree days')
    .replace(/Not a target city \(Sierra Madre, Durango\)/g, 'Mountain station in the Sierra Madre Occidental, Durango')
    .replace(/; old period 1961-1990\./g, '; normals period 1961-1990.')
    .replace(/The excerpt omits the TEMPERATURA MÁXIMA\/MÍNIMA sections, so summer max and winter min are empty\./g, 'Summer max and winter min: no data (not in the station text read).')
    .replace(/; the excerpt omits TEMPERATURA MÁXIMA\/MÍNIMA, so summer max and winter min are empty\./g, '. Summer max and winter min: no data (not in the station text read).');
  return text.replace(/^./, (c) => c.toUpperCase());
}

/** The "Rows left out to avoid duplicates" table of NOTES-climate.md: name → [annual, JJA max, DJF min]. */
function leftOutSmnValues(notes: string): Map<string, [string, string, string]> {
  const section = notes.split('### Rows left out to avoid duplicates')[1]?.split('###')[0];
  if (!section) throw new Error('NOTES-climate.md: section "Rows left out to avoid duplicates" not found');
  const out = new Map<string, [string, string, string]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length === 6 && /^-?\d/.test(cells[2])) out.set(cells[1], [cells[2], cells[3], cells[4]]);
  }
  return out;
}

function movedSmnRow(old: Row, values: [string, string, string], columns: string[]): Row {
  const [annual, summer, winter] = values;
  if (annual !== old.annual_mean_temp_c) throw new Error(`${old.station_id}: NOTES annual mean ${annual} differs from the table's ${old.annual_mean_temp_c}`);
  const row: Row = Object.fromEntries(columns.map((c) => [c, old[c] ?? '']));
  row.summer_mean_max_c = summer;
  row.winter_mean_min_c = winter;
  row.annual_cdd_18c = '';
  row.annual_hdd_18c = '';
  const { source, provenance } = splitSource(old.source);
  row.source = source;
  row.provenance = provenance;
  const READ = 'Read from the stored SMN normals file: TEMPERATURA MEDIA NORMAL annual, max of monthly MAXIMA NORMAL, min of monthly MINIMA NORMAL. SMN files give no degree days. ';
  if (!old.notes.startsWith(READ)) throw new Error(`${old.station_id}: note not in the expected form`);
  // The warmest/coldest-month figures stay in the note: they were this row's values in climate-stations.csv.
  row.notes = `Annual mean = TEMPERATURA MEDIA NORMAL, annual column; summer max = mean of the Jun / Jul / Aug TEMPERATURA MÁXIMA NORMAL; winter min = mean of the Dec / Jan / Feb TEMPERATURA MÍNIMA NORMAL. SMN normals publish no degree days. ${old.notes.slice(READ.length)}`;
  return row;
}

function main(): void {
  const shared = sharedDataDir(process.argv);
  const base = readTable(resolve(shared, 'climate-normals-ca-mx.csv'));
  const stations = readTable(resolve(shared, 'climate-stations.csv'));
  const update = readTable(resolve(shared, 'updates-2026-12/climate-normals-ca-mx-1991-2020.csv'));
  const notes = readFileSync(resolve(shared, 'updates-2026-12/NOTES-climate.md'), 'utf8');
  if (update.columns.join() !== base.columns.join()) throw new Error('update header differs from climate-normals-ca-mx.csv');
  if (update.rows.length !== 41) throw new Error(`expected 41 update rows, found ${update.rows.length}`);
  const columns = [...base.columns, 'provenance'];
  const newIds = new Set(update.rows.map((r) => r.station_id));

  const kept = base.rows.filter((r) => !(SUPERSEDED_OLD_PERIOD.includes(r.station_id) && r.period === '1981-2010'));
  if (kept.length !== base.rows.length - SUPERSEDED_OLD_PERIOD.length) throw new Error('a superseded 1981-2010 row was not found');
  const keptRows = kept.map((r): Row => ({ ...r, ...splitSource(r.source) }));

  const newRows = update.rows.map((r): Row => {
    const { source, provenance } = splitSource(r.source);
    return { ...r, source, provenance, notes: r.country === 'CA' ? ecccNote(r) : smnNote(r) };
  });

  const smnValues = leftOutSmnValues(notes);
  const moved = Object.entries(MOVED_SMN).map(([id, name]) => {
    const values = smnValues.get(name);
    if (!values) throw new Error(`NOTES-climate.md: no values for ${name}`);
    return movedSmnRow(only(stations.rows, (r) => r.station_id === id, id), values, columns);
  });

  for (const [oldId, newId] of Object.entries(SUPERSEDED_STATIONS)) {
    only(stations.rows, (r) => r.station_id === oldId, oldId);
    if (!newIds.has(newId)) throw new Error(`${oldId}: superseding row ${newId} is not in the update`);
  }
  const dropped = new Set([...Object.keys(SUPERSEDED_STATIONS), ...Object.keys(MOVED_SMN)]);
  const remaining = stations.rows.filter((r) => !dropped.has(r.station_id));

  const table: Table = { columns, rows: [...keptRows, ...newRows, ...moved], newline: base.newline };
  for (const r of [...newRows, ...moved]) if (/GitHub|as copied|weathercan/.test(r.source + r.notes)) throw new Error(`${r.station_id}: copy provenance left in source or notes`);
  writeTable(resolve(CA_MX), table);
  writeTable(resolve(STATIONS), { ...stations, rows: remaining });
  console.log(`${CA_MX}: ${table.rows.length} rows (${keptRows.length} kept, ${newRows.length} added, ${moved.length} moved from ${STATIONS})`);
  console.log(`${STATIONS}: ${remaining.length} rows (${stations.rows.length - remaining.length} superseded or moved)`);
}

main();
