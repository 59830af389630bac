// One table of hostile and malformed input drives both readers of a sites file: the app's import
// (buildImportPreview, as the import worker runs it) and the CLI (scripts/score.ts scoreFile). They
// must keep the same rows and refuse the same rows with the same message and line/feature number.
// Then: the CLI's CSV output neutralises spreadsheet formulas exactly as the app's export does, and
// typed coordinates are held to the same study area as an imported row.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, parseArgs, scoreFile } from '../../scripts/score';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';
import { queryPoint } from '../../src/data/pointQuery';
import { buildImportPreview } from '../../src/candidates/importPreview';
import { exportCsv, type ExportMeta } from '../../src/candidates/exportRecords';
import { parseLatLonText } from '../../src/candidates/pastedCoordinates';
import { candidateScorer } from '../../src/candidates/candidateScorer';
import { compileSiteScoring, modelOptionsOf, type ScoringSettings } from '../../src/scoring/siteScoring';
import { candidatesFromRows } from '../../src/candidates/fromImport';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { decodeImportBytes } from '../../src/io/decodeFile';
import { readScoringInput } from '../../src/io/scoringInput';
import { MAX_CELL_CHARS } from '../../src/io/hostile';

const ctx = loadQueryContextNode();
const regionAt = (lon: number, lat: number) => ctx.regionIndex.regionAt(lon, lat);
const lookup = (lon: number, lat: number) => queryPoint(ctx, lon, lat);

const AUSTIN = '30.27,-97.74';
const csv = (...lines: string[]) => `name,lat,lon\n${lines.join('\n')}\n`;
const pt = (coordinates: unknown, name = 'p') => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { name } });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
const bytesOf = (text: string | Uint8Array) => (typeof text === 'string' ? new TextEncoder().encode(text) : text);

interface Case {
  what: string;
  file: 'sites.csv' | 'sites.geojson';
  /** The file as text (written as UTF-8) or as bytes. */
  text: string | Uint8Array;
  /** Lines (CSV) or features (GeoJSON) the app refuses, with what its message says. */
  refused: [row: number, message: RegExp][];
  /** Rows kept, by line/feature number. */
  kept: number[];
}

const CASES: Case[] = [
  { what: 'Paris', file: 'sites.csv', text: csv('Paris,48.85,2.35', `Austin,${AUSTIN}`), refused: [[2, /^48\.85, 2\.35 is outside the study area/]], kept: [3] },
  { what: 'mid-Atlantic (30, -40)', file: 'sites.csv', text: csv('Atlantic,30,-40', `Austin,${AUSTIN}`), refused: [[2, /^30, -40 is outside the study area \(more than 10 km/]], kept: [3] },
  { what: 'duplicate rows', file: 'sites.csv', text: csv(`A,${AUSTIN}`, `B,${AUSTIN}`, 'C,30.2700001,-97.7400001'), refused: [[3, /duplicate of an existing site at 30\.27, -97\.74/], [4, /duplicate/]], kept: [2] },
  { what: 'swapped, out of range', file: 'sites.csv', text: csv('S,-97.74,30.27', `Austin,${AUSTIN}`), refused: [[2, /latitude -97\.74 is outside ±90° \(latitude and longitude look swapped\)/]], kept: [3] },
  { what: 'swapped, in range', file: 'sites.csv', text: csv('S,-73.57,45.5', `Austin,${AUSTIN}`), refused: [[2, /outside the study area .*; with latitude and longitude swapped it would be inside/]], kept: [3] },
  { what: 'formula names', file: 'sites.csv', text: csv(`"=HYPERLINK(""http://evil.example"",""x"")",${AUSTIN}`, '@SUM(A1),45.5,-73.57'), refused: [], kept: [2, 3] },
  { what: 'NaN', file: 'sites.csv', text: csv('bad,NaN,-97.7', `good,${AUSTIN}`), refused: [[2, /latitude is NaN/]], kept: [3] },
  { what: 'Infinity', file: 'sites.csv', text: csv('bad,30,Infinity', `good,${AUSTIN}`), refused: [[2, /longitude is infinite/]], kept: [3] },
  { what: '-inf', file: 'sites.csv', text: csv('bad,-inf,-97.7', `good,${AUSTIN}`), refused: [[2, /latitude is infinite/]], kept: [3] },
  { what: '1e309', file: 'sites.csv', text: csv('bad,1e309,-97.7', `good,${AUSTIN}`), refused: [[2, /too large to be a number/]], kept: [3] },
  { what: 'text coordinates', file: 'sites.csv', text: csv('bad,abc,-97.7', 'hex,0x10,-97.7', 'dots,1..2,-97.7', `good,${AUSTIN}`), refused: [[2, /"abc" is not a number/], [3, /"0x10" is not a number/], [4, /"1\.\.2" is not a number/]], kept: [5] },
  { what: 'empty and blank coordinates', file: 'sites.csv', text: csv('e,,-97.7', 'b,  ,  ', `good,${AUSTIN}`), refused: [[2, /latitude is empty/], [3, /latitude is empty; longitude is empty/]], kept: [4] },
  { what: 'decimal commas (quoted)', file: 'sites.csv', text: csv('dc,"30,27","-97,74"'), refused: [], kept: [2] },
  { what: 'unquoted decimal comma', file: 'sites.csv', text: csv('dc,30,27,-97,74', `good,45.5,-73.57`), refused: [[2, /row has 5 fields, the header has 3 \(an unquoted decimal comma/]], kept: [3] },
  { what: 'BOM and CRLF', file: 'sites.csv', text: `\uFEFFname,lat,lon\r\nA,${AUSTIN}\r\nParis,48.85,2.35\r\n`, refused: [[3, /outside the study area/]], kept: [2] },
  { what: 'semicolons', file: 'sites.csv', text: `name;lat;lon\nA;30,27;-97,74\nP;48,85;2,35\n`, refused: [[3, /outside the study area/]], kept: [2] },
  { what: 'UTF-16 LE with a byte-order mark', file: 'sites.csv', text: utf16le(csv(`Montréal,45.5,-73.57`, 'Paris,48.85,2.35')), refused: [[3, /outside the study area/]], kept: [2] },
  { what: 'too-long cell', file: 'sites.csv', text: `name,lat,lon,notes\nhuge,40.71,-74.0,${'x'.repeat(MAX_CELL_CHARS + 1)}\ngood,${AUSTIN},short\n`, refused: [[2, /column "notes" holds/]], kept: [3] },
  { what: '__proto__ and repeated headers', file: 'sites.csv', text: `name,lat,lon,__proto__,tag,tag\na,${AUSTIN},x,1,2\n`, refused: [], kept: [2] },
  { what: 'missing field', file: 'sites.csv', text: csv('short,30.27', `good,45.5,-73.57`), refused: [[2, /row has 2 fields, the header has 3/]], kept: [3] },
  { what: 'GeoJSON Paris, mid-Atlantic, duplicate', file: 'sites.geojson', text: collection(pt([2.35, 48.85]), pt([-40, 30]), pt([-97.74, 30.27]), pt([-97.74, 30.27])), refused: [[1, /outside the study area/], [2, /outside the study area/], [4, /duplicate/]], kept: [3] },
  { what: 'GeoJSON text coordinates and bad members', file: 'sites.geojson', text: collection(pt(['-74.0', '40.71']), { type: 'Foo' }, null, pt('-97,30'), pt([null, 30]), { type: 'Feature', geometry: null, properties: {} }), refused: [[2, /not a GeoJSON Feature/], [3, /a null/], [4, /Point coordinates are a string/], [5, /longitude is empty/], [6, /geometry is null/]], kept: [1] },
  { what: 'GeoJSON huge numbers', file: 'sites.geojson', text: collection(pt([-97.74, 30.27])).replace('30.27', '1e309'), refused: [[1, /latitude is infinite/]], kept: [] },
  { what: 'GeoJSON other geometries', file: 'sites.geojson', text: collection({ type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} }, { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[-98, 30], [-97, 30], [-97, 31], [-98, 30]]] }, properties: { name: 'poly' } }), refused: [[1, /geometry is LineString/]], kept: [2] },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gridscout-formats-'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** As the import worker reads a file: decode the bytes, then the preview. */
function viaApp(c: Case) {
  const decoded = decodeImportBytes(bytesOf(c.text));
  if (!decoded.ok) throw new Error(decoded.message);
  const p = buildImportPreview(c.file, decoded.text, regionAt, []);
  if (p.read.problem) throw new Error(p.read.problem);
  return { refused: p.rejected.map((r) => ({ row: r.row, message: r.message })), kept: p.kept.map((r) => [r.lon, r.lat]), keptRows: p.kept.map((r) => r.row) };
}

function viaCli(c: Case) {
  const path = join(dir, c.file);
  writeFileSync(path, bytesOf(c.text));
  const run = scoreFile(parseArgs([path, '--profile', 'hybrid']), lookup, regionAt);
  return { refused: run.errors, kept: run.records.map((r) => [r.lon, r.lat]) };
}

describe('the app import and the CLI agree on every row of the corpus', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const app = viaApp(c);
    expect(app.refused.map((r) => r.row)).toEqual(c.refused.map(([row]) => row));
    c.refused.forEach(([, message], i) => expect(app.refused[i].message).toMatch(message));
    expect(app.keptRows).toEqual(c.kept);
    const cli = viaCli(c);
    expect(cli.refused).toEqual(app.refused);
    expect(cli.kept).toEqual(app.kept);
  });

  it('file-level problems: the same message', () => {
    const zip = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    zip.set([0x50, 0x4b, 3, 4]);
    const noBom = new Uint8Array(new Uint16Array([...'name,lat,lon\n'].map((c) => c.charCodeAt(0))).buffer);
    const files: [Case['file'], string | Uint8Array, RegExp][] = [
      ['sites.csv', '', /the file is empty/],
      ['sites.csv', zip, /the file is binary/],
      ['sites.csv', noBom, /UTF-16 text without a byte-order mark/],
      ['sites.geojson', '  ', /the file is empty/],
      ['sites.geojson', '{', /not valid JSON/],
      ['sites.geojson', '{"type":"Topology"}', /TopoJSON/],
    ];
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      return null;
    };
    for (const [file, text, problem] of files) {
      const c: Case = { what: '', file, text, refused: [], kept: [] };
      const app = thrown(() => viaApp(c));
      expect(app).toMatch(problem);
      expect(thrown(() => viaCli(c))).toBe(app);
    }
  });

  it('the CLI prints each refused row by line and scores the rest', () => {
    const path = join(dir, 'mixed.csv');
    writeFileSync(path, csv('Paris,48.85,2.35', 'Atlantic,30,-40', `A,${AUSTIN}`, `B,${AUSTIN}`));
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    const out = join(dir, 'out.geojson');
    expect(main([path, '--profile', 'mining', '--out', out])).toBe(0);
    expect(lines.filter((l) => /\(skipped\)$/.test(l)).map((l) => l.replace(`${path}: `, ''))).toEqual([
      'score: line 2: 48.85, 2.35 is outside the study area (more than 10 km from any US state, Canadian province or territory, or Mexican state) (skipped)',
      'score: line 3: 30, -40 is outside the study area (more than 10 km from any US state, Canadian province or territory, or Mexican state) (skipped)',
      'score: line 5: duplicate of an existing site at 30.27, -97.74 (skipped)',
    ]);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { features: { properties: { name: string; region_code: string } }[] };
    expect(doc.features.map((f) => [f.properties.name, f.properties.region_code])).toEqual([['A', 'US-TX']]);
  });
});

describe('random tables: the CLI reader and the app import agree', () => {
  // Points inside, outside (Paris, mid-Atlantic, Tokyo, swapped Austin, the Gulf) and not points at all;
  // repeats make duplicates. A fixed seed keeps CI repeatable (FC_SEED explores others).
  const coordinate = fc.oneof(
    fc.constantFrom(['30.27', '-97.74'], ['45.5', '-73.57'], ['25.69', '-100.32'], ['61.2', '-149.9'], ['48.85', '2.35'], ['30', '-40'], ['35.68', '139.69'], ['-97.74', '30.27'], ['-73.57', '45.5'], ['25', '-90']),
    fc.tuple(fc.constantFrom('', ' ', 'NaN', 'Infinity', '1e309', 'abc', '0x10', '91', '45,5', '--1'), fc.constantFrom('-97.74', '', 'x', '-181')),
    fc.tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true })).map(([la, lo]) => [String(la + 0), String(lo + 0)]),
  );
  const row = fc.tuple(fc.string({ maxLength: 12 }).map((n) => n.replace(/\r/g, '')), coordinate);
  it('same refused rows, messages and lines; same kept points', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.constantFrom(',', ';', '\t'), (rows, delimiter) => {
        const text = Papa.unparse({ fields: ['name', 'lat', 'lon'], data: rows.map(([n, [la, lo]]) => [n, la, lo]) }, { delimiter, quotes: true, newline: '\n' });
        const app = buildImportPreview('sites.csv', text, regionAt, []);
        const cli = readScoringInput('sites.csv', new TextEncoder().encode(text), regionAt);
        expect(cli.errors).toEqual(app.rejected.map((r) => ({ row: r.row, message: r.message })));
        expect(cli.sites.map((x) => [x.row, x.lon, x.lat])).toEqual(app.kept.map((r) => [r.row, r.lon, r.lat]));
      }),
      { numRuns: 60, seed: Number(process.env.FC_SEED ?? 20261202) },
    );
  });
});

describe('CSV output: formulas neutralised alike', () => {
  const HOSTILE = ['=HYPERLINK("http://evil.example","x")', '+cmd|\' /C calc\'!A0', '@SUM(A1)', '-2+3', '\tx'];
  const POINTS = [[-97.74, 30.27], [-73.57, 45.5], [-99.73, 32.45], [-100.32, 25.69], [-77.49, 39.04]];

  it('the CLI writes every name and user column as the app export does', () => {
    const input = join(dir, 'hostile.csv');
    writeFileSync(input, Papa.unparse({ fields: ['name', 'lat', 'lon', 'note'], data: HOSTILE.map((h, i) => [h, POINTS[i][1], POINTS[i][0], h]) }, { newline: '\n' }));
    const out = join(dir, 'out.csv');
    expect(main([input, '--profile', 'ai', '--out', out])).toBe(0);
    const cliText = readFileSync(out, 'utf8');
    const cli = Papa.parse<Record<string, string>>(cliText, { header: true, skipEmptyLines: true }).data;

    const settings: ScoringSettings = { profile: 'ai', weights: {}, constraints: {}, economics: economicsDefaults(ctx.facts.economics).inputs };
    const meta: ExportMeta = { exportedAt: '2026-12-02T00:00:00.000Z', appVersion: '0.1.0', model: modelOptionsOf(settings, 'ai') };
    // The app: the same file imported, then exported.
    const p = buildImportPreview('hostile.csv', readFileSync(input, 'utf8'), regionAt, []);
    const candidates = candidatesFromRows(p.read, p.kept, new Set(), new Date(meta.exportedAt));
    const score = candidateScorer(ctx, compileSiteScoring(settings));
    const appText = exportCsv(candidates.map((c) => ({ candidate: c, scored: score(c) })), meta);
    const app = Papa.parse<Record<string, string>>(appText, { header: true, skipEmptyLines: true }).data;

    // The CLI writes best first (the ranking rule), the app's export in list order: compare as sets of rows.
    const pairs = (rows: Record<string, string>[]) => rows.map((r) => `${r.name}\u0000${r.note}`).sort();
    expect(pairs(cli)).toEqual(pairs(app));
    // Names are trimmed on reading (so "\tx" is x); the rest keep their text behind a quote.
    expect(cli.map((r) => r.name).sort()).toEqual([...HOSTILE.slice(0, 4).map((h) => `'${h}`), 'x'].sort());
    expect(cli.map((r) => r.note).sort()).toEqual(HOSTILE.map((h) => `'${h}`).sort());
    expect(cliText).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('typed coordinates', () => {
  it('refuse a point outside the study area with the import message', () => {
    const typed = parseLatLonText('48.85, 2.35', regionAt);
    const imported = buildImportPreview('sites.csv', csv('Paris,48.85,2.35'), regionAt, []).rejected[0].message;
    expect(typed).toEqual({ ok: false, message: imported });
    expect(parseLatLonText('30, -40', regionAt)).toEqual({ ok: false, message: expect.stringMatching(/^30, -40 is outside the study area/) });
    expect(parseLatLonText('30.27, -97.74', regionAt)).toEqual({ ok: true, lat: 30.27, lon: -97.74 });
  });
});
