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
