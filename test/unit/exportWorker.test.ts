// Exports written in the site worker: the sites uploaded in chunks over a real MessageChannel, the
// file back as Blob parts, byte for byte the file exportBytes writes (itself pinned to the old writers
// by exportBytes.test.ts), for hostile names and columns; the page's fallback writer gives the same
// bytes; a crashed worker rejects (so the page falls back).
import { afterEach, describe, expect, it } from 'vitest';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';
import { exportBytes, type ExportFormat, type ExportMeta } from '../../src/candidates/exportRecords';
import { candidateScorer } from '../../src/candidates/candidateScorer';
import { compileSiteScoring, modelOptionsOf, type ScoringSettings } from '../../src/scoring/siteScoring';
import type { Candidate } from '../../src/candidates/types';
import type { CellValue } from '../../src/io/readRows';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { exportInWorker } from '../../src/workers/exportClient';
import { createExportHandlers, writeExportParts, type ExportApi } from '../../src/workers/exportProtocol';
import { rpcPair, type RpcPair } from './rpcPair';

const ctx = loadQueryContextNode();
const settings: ScoringSettings = {
  profile: 'mining',
  weights: { mining: { retail_price: 0, carbon: 3.3333 }, ai: { latency: 40 } },
  constraints: { maxRetailPriceUsdPerMwh: 80, excludeMiningRestricted: true, minAnnualMeanC: 5 },
  economics: { ...economicsDefaults(ctx.facts.economics).inputs, itMw: 12.5 },
};
const meta: ExportMeta = { exportedAt: '2026-11-24T10:00:00.000Z', appVersion: '0.1.0+"x"', model: modelOptionsOf(settings, 'mining') };

const NAMES = ['Abilene "West", TX', '=HYPERLINK("http://x","y")', '-5', '@sum', 'line\nbreak', '\ufeffBOM', 'Montréal 🏭', 'lone \ud800 surrogate', '', 'a,b'];
const PLACES: [number, number][] = [[-99.733312, 32.448736], [-73.567256, 45.501689], [-100.316116, 25.686614], [-150.0, 30.0], [-114.0719, 51.0447], [-66.0, 70.0]];
const PROPS: Record<string, CellValue>[] = [
  { owner: 'Ranch Co', mw: '120', score: 'mine' },
  {},
  { '2024': 'year col', '0': 'zero', owner: 'x' },
  { id: 'their id', lon: '1', shortlisted: 'no', weight_carbon: '9' },
  { n: 3.5, ok: true, nothing: null, big: 1e21, neg: -0 },
  JSON.parse('{"__proto__": "proto value", "after": "a"}') as Record<string, CellValue>,
  { 'a,b': '=1+2', 'nl\nkey': 'v' },
];
const list: Candidate[] = Array.from({ length: 90 }, (_, i) => ({
  id: i % 17 === 5 ? `id,"${i}"` : `c${i}`,
  name: `${NAMES[i % NAMES.length]} ${i}`,
  lon: PLACES[i % PLACES.length][0] + Math.floor(i / PLACES.length) * 0.013,
  lat: PLACES[i % PLACES.length][1],
  starred: i % 3 === 0,
  props: PROPS[i % PROPS.length],
  addedAt: '2026-11-01T00:00:00.000Z',
}));
const score = candidateScorer(ctx, compileSiteScoring(settings));
const expected = (format: ExportFormat, sites: Candidate[]) => Buffer.from(exportBytes(format, sites.map((c) => ({ candidate: c, scored: score(c) })), meta));
const bytesOf = async (parts: Blob[]) => Buffer.from(await new Blob(parts).arrayBuffer());

let pair: RpcPair<ExportApi>;
afterEach(() => pair?.close());

describe('export in the site worker', () => {
  for (const format of ['geojson', 'csv'] as const) {
    it(`${format}: the same bytes as exportBytes, uploaded in chunks, with progress to the last site`, async () => {
      pair = rpcPair(createExportHandlers(async () => ctx));
      const progress: [number, number][] = [];
      const parts = await exportInWorker(pair.client, list, { format, meta, settings }, (done, total) => progress.push([done, total]), 25);
      expect((await bytesOf(parts)).equals(expected(format, list))).toBe(true);
      expect(pair.received.filter((m) => (m as { method?: string }).method === 'exportSites')).toHaveLength(4);
      expect(progress.at(-1)).toEqual([list.length, list.length]);
      // The worker keeps nothing of a finished job: a second export gives the same file again.
      const again = await exportInWorker(pair.client, list.slice(0, 7), { format, meta, settings }, () => {}, 25);
      expect((await bytesOf(again)).equals(expected(format, list.slice(0, 7)))).toBe(true);
    });
  }

  it('no sites: the empty file', async () => {
    pair = rpcPair(createExportHandlers(async () => ctx));
    for (const format of ['geojson', 'csv'] as const) expect((await bytesOf(await exportInWorker(pair.client, [], { format, meta, settings }, () => {}))).equals(expected(format, []))).toBe(true);
  });

  it("the page's fallback writer (the same function, in time slices on the page) gives the same bytes", async () => {
    for (const format of ['geojson', 'csv'] as const) {
      const parts = await writeExportParts(ctx, list, { format, meta, settings }, { sliceMs: 1, onProgress: () => {} });
      expect((await bytesOf(parts!)).equals(expected(format, list))).toBe(true);
    }
  });

  it("rejects when the worker's data cannot load or the worker crashes (the page then writes the file itself)", async () => {
    pair = rpcPair(createExportHandlers(() => Promise.reject(new Error('Could not load /data/facts.json: HTTP 404'))));
    await expect(exportInWorker(pair.client, list, { format: 'csv', meta, settings }, () => {}, 25)).rejects.toThrow('HTTP 404');
    pair.close();
    pair = rpcPair(createExportHandlers(() => new Promise(() => {})));
    const running = exportInWorker(pair.client, list, { format: 'csv', meta, settings }, () => {}, 25);
    await new Promise((r) => setTimeout(r, 20));
    pair.crash('out of memory');
    await expect(running).rejects.toThrow('the test worker failed: out of memory');
  });
});
