// The export files are byte-identical to what the writers produced before they were rewritten to
// stream in chunks (reference: ./exportReference.ts, the old code verbatim), over a fixture meant to
// hit every branch: ocean and off-data sites, exclusions, every facility type, formula-like and
// quoted names, BOM, lone surrogates, the user's columns clashing with ours, array-index-like
// column names (which JS orders first) and "__proto__".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';
import { queryPoint } from '../../src/data/pointQuery';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { flattenScoredSite, type ScoredSite } from '../../src/scoring/flatten';
import { exportBytes, exportChunks, exportCsv, exportGeoJson, type ExportItem, type ExportMeta } from '../../src/candidates/exportRecords';
import { computeEconomics, siteEnergyInputs } from '../../src/scoring/economics';
import { explainPoint } from '../../src/scoring/explain';
import { PROFILE_IDS } from '../../src/scoring/profiles';
import { compileSiteScoring, modelOptionsOf, type ScoringSettings } from '../../src/scoring/siteScoring';
import { candidateScorer } from '../../src/candidates/candidateScorer';
import type { Candidate } from '../../src/candidates/types';
import { ByteSink } from '../../src/io/byteSink';
import { writeCsv } from '../../src/io/csvWrite';
import type { CellValue } from '../../src/io/readRows';
import { refExportCsv, refExportGeoJson, refFlattenScoredSite, refWriteCsv } from './exportReference';

const ctx = loadQueryContextNode();
const lookup = (lon: number, lat: number) => queryPoint(ctx, lon, lat);
const economics = economicsDefaults(ctx.facts.economics).inputs;

const SETTINGS: ScoringSettings[] = [
  { profile: 'ai', weights: { ai: { latency: 40 } }, constraints: {}, economics },
  {
    profile: 'mining',
    weights: { mining: { retail_price: 0, carbon: 3.3333 }, hybrid: { flexibility: 30 } },
    constraints: { maxRetailPriceUsdPerMwh: 80, excludeMiningRestricted: true, maxSummerMaxC: 34 },
    economics: { ...economics, itMw: 12.5 },
  },
  { profile: 'hybrid', weights: { hybrid: { flexibility: 0, tax_incentive: 0, latency: 0, land_value: 0, cooling: 0, carbon: 0, wholesale_price: 0, retail_price: 0 } }, constraints: {}, economics },
];

/** The export's scorer: the site-scoring service over the point query. */
function scorer(settings: ScoringSettings): (c: Candidate) => ScoredSite {
  return candidateScorer(ctx, compileSiteScoring(settings));
}
const scoreAll = (list: readonly Candidate[], settings: ScoringSettings): ExportItem[] => {
  const score = scorer(settings);
  return list.map((c) => ({ candidate: c, scored: score(c) }));
};

const NAMES = ['Abilene "West", TX', '=HYPERLINK("http://x","y")', '-5', '-5x', '+1', '@sum', '\tTab', '\rCR', ' padded ', 'line\nbreak', '\ufeffBOM', 'Montréal 🏭', 'lone \ud800 surrogate', '', 'a,b', "it's", '\\back\\slash', 'ctrl \u0001\u001f', '1e5', "'=quoted"];
const PLACES: [number, number][] = [
  [-99.733312, 32.448736], [-73.567256, 45.501689], [-100.316116, 25.686614], [-150.0, 30.0], [-122.4194, 37.7749], [-106.6504, 35.0844], [-114.0719, 51.0447],
  [-155.5828, 19.8968], [-147.7164, 64.8378], [-80.1918, 25.7617], [-66.0, 70.0], [-89.0, 48.5], [-97.12345678, 30.98765432], [-123.1207, 49.2827], [-87.6298, 41.8781],
];
const PROPS: Record<string, CellValue>[] = [
  { owner: 'Ranch Co', mw: '120', score: 'mine' },
  { owner: 'Hydro', note: '' },
  {},
  { name: 'dup name', input_name: 'the input_name column' },
  { '2024': 'year col', '0': 'zero', owner: 'x' },
  { id: 'their id', lon: '1', lat: '2', shortlisted: 'no', weight_carbon: '9', exported_at: 'x', app_version: 'y', input_id: 'z' },
  { n: 3.5, ok: true, nothing: null, big: 1e21, neg: -0 },
  JSON.parse('{"__proto__": "proto value", "after": "a"}') as Record<string, CellValue>,
  { 'a,b': '=1+2', ' sp ': 'quote"d', 'nl\nkey': 'v' },
  { input_score: 'clash', score: 'mine' },
  { '-1': 'not an index', é: 'accent', '': 'empty name', ' ': 'space' },
  { '4294967295': 'not an index', '01': 'not an index either', '-1': 'neg' },
];

function fixture(n: number): Candidate[] {
  return Array.from({ length: n }, (_, i) => {
    const [lon, lat] = PLACES[i % PLACES.length];
    return {
      id: i % 17 === 5 ? `id,"${i}"` : `c${i}`,
      name: `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${i}` : ''}`,
      lon: lon + Math.floor(i / PLACES.length) * 0.013,
      lat,
      starred: i % 3 === 0,
      props: PROPS[i % PROPS.length],
      addedAt: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`,
    };
  });
}

/** The text as a file holds it: UTF-8, where a lone surrogate becomes U+FFFD (as Blob and TextEncoder write it). */
const asFile = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));

const META = (settings: ScoringSettings): ExportMeta => ({ exportedAt: '2026-11-24T10:00:00.000Z', appVersion: '0.1.0+"x"', model: modelOptionsOf(settings, settings.profile) });

describe('exports are byte-identical to the pre-streaming writers', () => {
  const candidates = fixture(120);
  for (const settings of SETTINGS) {
    const items: ExportItem[] = scoreAll(candidates, settings);
    const meta = META(settings);
    it(`GeoJSON, ${settings.profile}`, () => {
      expect(exportGeoJson(items, meta)).toBe(asFile(refExportGeoJson(items, meta)));
    });
    it(`CSV, ${settings.profile}`, () => {
      expect(exportCsv(items, meta)).toBe(asFile(refExportCsv(items, meta)));
      expect(Buffer.from(exportBytes('csv', items, meta)).equals(Buffer.from(refExportCsv(items, meta), 'utf8'))).toBe(true);
    });
    it(`one site at a time and in other orders, ${settings.profile}`, () => {
      for (const one of [items.slice(0, 1), items.slice(3, 4), items.slice(7, 8), items.slice(4, 6), [...items].reverse().slice(0, 30)]) {
        expect(exportGeoJson(one, meta)).toBe(asFile(refExportGeoJson(one, meta)));
        expect(exportCsv(one, meta)).toBe(asFile(refExportCsv(one, meta)));
      }
    });
    it(`the CLI's flat record (input columns merged), ${settings.profile}`, () => {
      for (const { candidate, scored } of items.slice(0, 24)) {
        const site = { ...scored, input: candidate.props };
        expect(JSON.stringify(flattenScoredSite(site))).toBe(JSON.stringify(refFlattenScoredSite(site)));
      }
    });
  }
  it('a column named like an Object.prototype member: sites without it get an empty cell (the old CSV wrote the function source)', () => {
    const settings = SETTINGS[0];
    const meta = META(settings);
    const odd = candidates.slice(0, 30).map((c, i) => (i % 4 === 1 ? { ...c, props: { ...c.props, toString: 'ts', constructor: 'c', hasOwnProperty: 'h' } } : c));
    const items = scoreAll(odd, settings);
    expect(exportGeoJson(items, meta)).toBe(asFile(refExportGeoJson(items, meta)));
    const ref = refExportCsv(items, meta);
    expect(ref).toContain('function Object() { [native code] }');
    expect(exportCsv(items, meta)).toBe(asFile(ref).replace(/function \w+\(\) \{ \[native code\] \}/g, ''));
  });
  it('no sites', () => {
    const meta = META(SETTINGS[0]);
    expect(exportGeoJson([], meta)).toBe(refExportGeoJson([], meta));
    expect(exportCsv([], meta)).toBe(refExportCsv([], meta));
    expect(exportCsv([], meta)).toBe('id,name,lon,lat\n\n');
  });
});

describe('writeCsv matches Papa.unparse + the formula guard', () => {
  const cell = fc.oneof(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'binary' }), fc.constantFrom('=1', '-1', '-1e5', '+.5', '@', '\t', ' x', 'x ', '"', ',', '\n', '\r\n', '\ufeff', ''), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
  it('on random rows', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 0, maxLength: 5 }), fc.array(fc.dictionary(fc.string(), cell), { maxLength: 6 }), (columns, rows) => {
        expect(writeCsv(columns, rows)).toBe(refWriteCsv(columns, rows));
      }),
      { numRuns: 400 },
    );
  });
  it('on rows that use the columns', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), (cells) => {
        const columns = ['a', 'b,c', ' d'];
        const rows = cells.map(([a, b, d]) => ({ a, 'b,c': b, ' d': d }));
        expect(writeCsv(columns, rows)).toBe(refWriteCsv(columns, rows));
      }),
      { numRuns: 400 },
    );
  });
});

describe('chunked writing', () => {
  const candidates = fixture(60);
  const settings = SETTINGS[1];
  const meta = META(settings);
  const items: ExportItem[] = scoreAll(candidates, settings);

  it("the service gives each facility type's explanation under its own weights (explainPoint, the map's hover) and the economics", () => {
    for (const s of SETTINGS) {
      const score = scorer(s);
      for (const c of candidates) {
        const facts = lookup(c.lon, c.lat);
        expect(score(c)).toEqual({
          name: c.name,
          region: facts.region ? { code: facts.region.code, name: facts.region.name, ...(facts.region.snapKm !== undefined && { snapKm: facts.region.snapKm }) } : null,
          profile: s.profile,
          scores: Object.fromEntries(PROFILE_IDS.map((id) => [id, explainPoint(facts, modelOptionsOf(s, id))])),
          economics: computeEconomics(s.profile, siteEnergyInputs(facts), s.economics),
          input: c.props,
        });
      }
    }
  });

  it('any chunk size concatenates to the same file; each site scored once, in order; progress counts up to the total', () => {
    const whole = { geojson: exportBytes('geojson', items, meta), csv: exportBytes('csv', items, meta) };
    for (const format of ['geojson', 'csv'] as const) {
      for (const [sitesPerChunk, scanPerChunk] of [[1, 1], [7, 5], [60, 60], [1000, 20_000]]) {
        const scored: number[] = [];
        const out = new ByteSink(16);
        const pieces: Uint8Array[] = [];
        const steps = [];
        for (const step of exportChunks(format, candidates, (_, i) => (scored.push(i), items[i].scored), meta, out, { sitesPerChunk, scanPerChunk })) {
          steps.push(step);
          pieces.push(out.view().slice());
          out.reset();
        }
        expect(Buffer.concat(pieces).equals(whole[format])).toBe(true);
        expect(scored).toEqual(candidates.map((_, i) => i));
        const done = steps.map((c) => c.done);
        expect(done).toEqual([...done].sort((a, b) => a - b));
        expect(steps.at(-1)).toEqual({ done: 60, total: 60 });
        expect(pieces.filter((p) => p.length > 0).length).toBe(Math.ceil(60 / sitesPerChunk));
      }
    }
  });
});
