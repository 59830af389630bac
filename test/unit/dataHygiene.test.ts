// Words shown to users are for site developers, and every figure cites a source a reader can trust:
// the committed tables, their source notes and the built public/data must carry no notes about how a
// figure was looked up (search-tool ids, "the issue asks", unnamed repositories) and no source URL
// on a forum, social site or mirror. Reads only committed files (never ../shared).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

/** Phrases from the project's own working notes, never meant for a reader of the app. */
const INTERNAL_NOTES: readonly RegExp[] = [
  /find_string/i,
  /search index/i,
  /\bthe issue (asks|says|wants)\b/i,
  /repository not (identified|named)/i,
  /not identified by the/i,
  /as quoted in public GitHub project/i,
  /\bI could not (identify|find)\b/i,
  /\b(secondary|search) snippet\b/i, // a search result's excerpt is not a source
  /\bids?\s+\d{9,}/i, // search-tool ids such as "ids 52508120313, …"
  /\bstored cop(y|ies)\b/i, // the research tool's store, not a place a reader can go
  /\bsearch corpus\b/i,
];

/** Hosts and paths of forums, social sites and mirrors: not citable sources for a figure. */
const FORUM_OR_MIRROR: readonly RegExp[] = [
  /(^|\.)reddit\./i,
  /hcrypt\.net/i,
  /\/r\/[a-z0-9_]+/i,
  /(^|\.)quora\.com$/i,
  /(^|\.)blogspot\./i,
  /(^|\.)stackexchange\.com$/i,
  /(^|\.)stackoverflow\.com$/i,
  /(^|\.)forums?\./i,
  /\/forums?\//i,
  /(^|\.)medioq\.com$/i,
  /(^|\.)scribd\.com$/i,
  /(^|\.)facebook\.com$/i,
];

function internalNote(text: string): RegExp | undefined {
  return INTERNAL_NOTES.find((re) => re.test(text));
}

function forumOrMirror(url: string): RegExp | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined; // not a URL (the tables' validator checks URL columns)
  }
  return FORUM_OR_MIRROR.find((re) => re.test(u.hostname) || (re.source.startsWith('\\/') && re.test(u.pathname)));
}

const files = (dir: string, ext: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));

const CSV_FILES = files('data', '.csv');
const SOURCE_NOTES = files('data/sources', '.md');
const PUBLIC_JSON = files('public/data', '.json').filter((f) => !f.endsWith('.topo.json')); // geometry only

const URL_IN_TEXT = /https?:\/\/[^\s"'<>)\]|,]+/g;

describe('hygiene detectors (they can fail)', () => {
  it('flag the notes and URLs this test exists to keep out', () => {
    expect(internalNote('read in GitHub files (find_string ids 52508120313, 60786556996)')).toBeDefined();
    expect(internalNote('repository not identified by the search index')).toBeDefined();
    expect(internalNote('facility size the issue asks for; set your own')).toBeDefined();
    expect(internalNote('$150M in poorer counties per secondary snippet')).toBeDefined();
    expect(forumOrMirror('https://reddit.hcrypt.net/r/parasiteclass')).toBeDefined();
    expect(forumOrMirror('https://www.reddit.com/r/bitcoinmining/comments/x')).toBeDefined();
    expect(forumOrMirror('https://valortamaulipeco.blogspot.com/2017/09/x.html')).toBeDefined();
    expect(forumOrMirror('https://es.scribd.com/document/605120217/x')).toBeDefined();
    expect(forumOrMirror('https://forum.bitcoin.org/index.php?topic=1')).toBeDefined();
    expect(forumOrMirror('https://www.medioq.com/US/Columbus/907894619239876/x')).toBeDefined();
  });
  it('pass ordinary sources and figures', () => {
    expect(internalNote('Data year 2023; CO2e (CO2+CH4+N2O) total output rate; read in a copy of the EPA workbook')).toBeUndefined();
    expect(internalNote('exemption cost about $1.6B in 2025')).toBeUndefined();
    expect(forumOrMirror('https://www.epa.gov/system/files/documents/2025-06/summary_tables_rev2.xlsx')).toBeUndefined();
    expect(forumOrMirror('https://capitolfax.com/2026/06/05/pritzker-pauses')).toBeUndefined();
    expect(forumOrMirror('https://github.com/themisiqco/themisiq/blob/5c03b5f/lib/ghg/factors/eccc-2026.ts')).toBeUndefined();
  });
});

describe('committed data carries no internal notes and no forum or mirror sources', () => {
  it('finds the files it scans', () => {
    expect(CSV_FILES).toContain(join('data', 'dc-tax-incentives.csv'));
    expect(SOURCE_NOTES).toContain(join('data/sources', 'SOURCES-carbon.md'));
    expect(PUBLIC_JSON).toContain(join('public/data', 'facts.json'));
  });

  it.each(CSV_FILES)('%s: no internal note in any cell, no forum or mirror URL in any cell', (file) => {
    const { data } = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, file), 'utf8'), { header: true, skipEmptyLines: 'greedy' });
    expect(data.length).toBeGreaterThan(0);
    const bad: string[] = [];
    data.forEach((row, i) => {
      for (const [col, cell] of Object.entries(row)) {
        if (typeof cell !== 'string') continue;
        const note = internalNote(cell);
        if (note) bad.push(`line ${i + 2} ${col}: ${note}`);
        for (const url of cell.match(URL_IN_TEXT) ?? []) if (forumOrMirror(url)) bad.push(`line ${i + 2} ${col}: ${url}`);
        if (/source/.test(col) && /\breddit\b|\bquora\b|stack ?exchange/i.test(cell)) bad.push(`line ${i + 2} ${col}: cites a forum`);
      }
    });
    expect(bad).toEqual([]);
  });

  it.each([...SOURCE_NOTES, ...PUBLIC_JSON])('%s: no internal note, no forum or mirror URL', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const bad = [
      ...INTERNAL_NOTES.filter((re) => re.test(text)).map((re) => `note ${re}`),
      ...(text.match(URL_IN_TEXT) ?? []).filter((u) => forumOrMirror(u)),
    ];
    expect(bad).toEqual([]);
  });
});

/**
 * How a figure was located, in words a user reads: a code-hosting site, a commit, a project file
 * name, "transcribed". That belongs in a `provenance` field (never displayed), not in a source or note.
 */
const HOW_FOUND: readonly RegExp[] = [
  /\bgithub\b/i,
  /@\s?[0-9a-f]{7,40}\b/, // "@269110e"
  /\bcommit [0-9a-f]{7,40}\b/i,
  /\b(?=(?:\d*[a-f]){2})(?=(?:[a-f]*\d){2})[0-9a-f]{7,40}\b/, // a bare commit hash: hex with letters and digits
  /\b[\w-]+\.(?:csv|mjs|cjs|js|ts|tsx|py|ipynb|json|md|gz|ya?ml)\b/i, // a project's file name
  /transcri(?:bed|ption|pt)/i,
  /third-party code/i,
  /\bSECONDARY\b/, // the quality flag shouted inside a sentence
];

function howFound(text: string): RegExp | undefined {
  const words = text.replace(URL_IN_TEXT, '');
  return HOW_FOUND.find((re) => re.test(words));
}

/** Fields a user reads (cards, tooltips, legends, the Data panel, exports). URLs, ids, files and provenance are not. */
const SHOWN_FIELD = /(?:^|[a-z])(?:source|sources|note|notes|label|name|title|description|gaps|priceType|basis|caveat|period|conversion)$/i;
const shownField = (key: string) => SHOWN_FIELD.test(key) && !/url|provenance/i.test(key);

/** Every shown string in a built file, with its path; `{ columns, rows }` tables are read by column name. */
function shownStrings(value: unknown, path: string, key: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') {
    if (shownField(key)) out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => shownStrings(v, `${path}[${i}]`, key, out));
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const columns = Array.isArray(o.columns) && Array.isArray(o.rows) ? (o.columns as unknown[]) : null;
    for (const [k, v] of Object.entries(o)) {
      if (columns && k === 'rows') {
        (v as unknown[]).forEach((row, i) => Array.isArray(row) && row.forEach((cell, j) => shownStrings(cell, `${path}.rows[${i}].${String(columns[j])}`, String(columns[j]), out)));
      } else shownStrings(v, `${path}.${k}`, /^\d+$/.test(k) ? key : k, out);
    }
  }
  return out;
}

describe('words shown to users say where a figure is from, not how it was found', () => {
  it('the detector flags repositories, commits, file names and transcriptions (it can fail)', () => {
    expect(howFound('PeeringDB ix table, as copied in GitHub vmarquesds/API-REST-python-socket ix.json @269110e')).toBeDefined();
    expect(howFound("copy in GitHub cervantes-jessica/Final_Project_Energy_Weather data/raw/ @737f85b7")).toBeDefined();
    expect(howFound('constant NASS_2025_USD_PER_ACRE in akarshgopal/ultimat-sim, scripts/build-land-prices.mjs')).toBeDefined();
    expect(howFound("SECONDARY: from a transcription of ECCC's table")).toBeDefined();
    expect(howFound('Points: data/dc-markets.csv (CBRE)')).toBeDefined();
    expect(howFound('read in a copy (commit ea53394)')).toBeDefined();
    expect(howFound('bottleneckslab/electricity-supply-response DATA_AUDIT.md')).toBeDefined();
  });
  it('the detector passes publishers, versions and plain notes', () => {
    expect(howFound('NOAA NCEI U.S. Climate Normals 2006-2020 v1.0.1 (c20230404)')).toBeUndefined();
    expect(howFound("USDA NASS, Land Values 2025 Summary (Aug 1, 2025)")).toBeUndefined();
    expect(howFound("Figure read in a secondary copy of the publisher's table, not the publisher's file.")).toBeUndefined();
    expect(howFound('SMN/CONAGUA Normales Climatológicas 1971-2000, station file nor7100_10006.TXT')).toBeUndefined();
    expect(howFound('see https://github.com/flaringmonitor/viirs-flare-data/blob/a89e9932/processed/x.csv')).toBeUndefined(); // URLs are links, not words
  });
  it('reads shown fields only, table rows by column name', () => {
    const found = shownStrings({ source: 'a', sourceUrl: 'b', provenance: 'c', file: 'd', columns: ['id', 'note'], rows: [['x', 'e']] }, '', '', []);
    expect(found.map(([, v]) => v)).toEqual(['a', 'e']);
  });

  it.each(PUBLIC_JSON)('%s: no repository, commit, file name or transcription in a shown field', (file) => {
    const shown = shownStrings(JSON.parse(readFileSync(join(ROOT, file), 'utf8')), '', '', []);
    const bad = shown.flatMap(([path, text]) => {
      const re = howFound(text);
      return re ? [`${path} ${re}: ${text.slice(0, 160)}`] : [];
    });
    expect(bad).toEqual([]);
  });
});

describe('app code carries no internal notes in its words', () => {
  const srcFiles = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? srcFiles(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
    );
  it('src/**: none of the internal-note phrases', () => {
    const files = srcFiles('src');
    expect(files.length).toBeGreaterThan(50);
    const bad = files.flatMap((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      return INTERNAL_NOTES.filter((re) => re.test(text)).map((re) => `${f}: ${re}`);
    });
    expect(bad).toEqual([]);
  });
});
