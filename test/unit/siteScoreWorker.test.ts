// The candidate-scoring worker's handler and the page's client, wired together in node: the worker
// answers with the same summaries as scoring on the page, in chunks; a newer job ends the older one.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadQueryContextNode, publicDataPath, readPublicJson } from '../../scripts/lib/nodeData';
import { loadQueryContext } from '../../src/data/loadQueryContext';
import { compileSiteScoring, summariserAt, type ScoringSettings, type SiteSummary } from '../../src/scoring/siteScoring';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { createSiteScoreHandler, SUMMARY_CHUNK, type SiteScoreRequest, type SiteScoreResponse } from '../../src/workers/siteScoreProtocol';
import { createSiteScoreClient } from '../../src/workers/siteScoreClient';

const ctx = loadQueryContextNode();
const settings: ScoringSettings = {
  profile: 'ai',
  weights: { ai: { latency: 40 } },
  constraints: { maxRetailPriceUsdPerMwh: 90 },
  economics: economicsDefaults(ctx.facts.economics).inputs,
};
// Abilene TX, Montréal, Monterrey, Gulf of Mexico (no region), Anchorage.
const PLACES = [
  [-99.733, 32.449],
  [-73.567, 45.502],
  [-100.316, 25.686],
  [-90.0, 25.0],
  [-149.9, 61.218],
];
const sites = (n: number) => Array.from({ length: n }, (_, i) => ({ lon: PLACES[i % PLACES.length][0] + (i % 97) * 0.01, lat: PLACES[i % PLACES.length][1] }));

/** A fake Worker running the handler in the same thread, with a real message round trip (structured clone). */
function fakeWorker(pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0))) {
  const worker = {
    onmessage: null as ((e: MessageEvent<SiteScoreResponse>) => void) | null,
    onerror: null,
    posted: [] as SiteScoreRequest[],
    postMessage(req: SiteScoreRequest) {
      const copy = structuredClone(req);
      worker.posted.push(copy);
      setTimeout(() => void handle(copy), 0);
    },
    terminate() {},
  };
  const handle = createSiteScoreHandler(async () => ctx, (r) => setTimeout(() => worker.onmessage?.({ data: structuredClone(r) } as MessageEvent<SiteScoreResponse>), 0), pause);
  return worker;
}

describe('candidate-scoring worker', () => {
  it('gives the same summaries as scoring on the page, in chunks of SUMMARY_CHUNK', async () => {
    const posted: SiteScoreResponse[] = [];
    const handle = createSiteScoreHandler(async () => ctx, (r) => posted.push(r));
    const list = sites(SUMMARY_CHUNK * 2 + 10);
    const lonLat = new Float64Array(list.flatMap((s) => [s.lon, s.lat]));
    await handle({ type: 'summarise', job: 1, lonLat, settings: structuredClone(settings) });
    expect(posted.map((r) => (r.type === 'summaries' ? [r.from, r.summaries.length, r.done] : r.message))).toEqual([
      [0, SUMMARY_CHUNK, false],
      [SUMMARY_CHUNK, SUMMARY_CHUNK, false],
      [SUMMARY_CHUNK * 2, 10, true],
    ]);
    const local = summariserAt(ctx, compileSiteScoring(settings));
    const all = posted.flatMap((r) => (r.type === 'summaries' ? r.summaries : []));
    expect(all).toEqual(list.map(local));
    // The sample really covers a site outside every region and an excluded one.
    expect(all.some((s) => s.region === null)).toBe(true);
    expect(all.some((s) => s.scores.hybrid.excludedReason !== null)).toBe(true);
  });

  it("builds its data from public/data as the page does (loadQueryContext): same summaries", async () => {
    const own = await loadQueryContext({
      json: async (name) => readPublicJson(name),
      bytes: async (name) => new Uint8Array(readFileSync(publicDataPath(name))).buffer,
    });
    const list = sites(50);
    expect(list.map(summariserAt(own, compileSiteScoring(settings)))).toEqual(list.map(summariserAt(ctx, compileSiteScoring(settings))));
  });

  it('answers an empty job with one empty, final chunk', async () => {
    const posted: SiteScoreResponse[] = [];
    await createSiteScoreHandler(async () => ctx, (r) => posted.push(r))({ type: 'summarise', job: 1, lonLat: new Float64Array(0), settings });
    expect(posted).toEqual([{ type: 'summaries', job: 1, from: 0, summaries: [], done: true }]);
  });

  it('reports a failed data load as an error of that job', async () => {
    const posted: SiteScoreResponse[] = [];
    await createSiteScoreHandler(() => Promise.reject(new Error('Could not load /data/facts.json: HTTP 404')), (r) => posted.push(r))({ type: 'summarise', job: 7, lonLat: new Float64Array([0, 0]), settings });
    expect(posted).toEqual([{ type: 'error', job: 7, message: 'Could not load /data/facts.json: HTTP 404' }]);
  });

  it('client: collects every chunk in order and resolves true', async () => {
    const client = createSiteScoreClient(fakeWorker() as unknown as Worker);
    const list = sites(SUMMARY_CHUNK + 3);
    const got: SiteSummary[] = [];
    const job = client.summarise(list, settings, (from, s) => {
      expect(from).toBe(got.length);
      got.push(...s);
    });
    await expect(job.done).resolves.toBe(true);
    expect(got).toEqual(list.map(summariserAt(ctx, compileSiteScoring(settings))));
  });

  it('client: a newer job supersedes the running one, whose late chunks are dropped', async () => {
    const worker = fakeWorker();
    const client = createSiteScoreClient(worker as unknown as Worker);
    const firstChunks: number[] = [];
    const first = client.summarise(sites(SUMMARY_CHUNK * 4), settings, (from) => firstChunks.push(from));
    const second = client.summarise(sites(3), settings, () => {});
    await expect(first.done).resolves.toBe(false);
    await expect(second.done).resolves.toBe(true);
    expect(firstChunks).toEqual([]);
    // And cancel ends a job on both sides.
    const third = client.summarise(sites(SUMMARY_CHUNK * 3), settings, () => {});
    third.cancel();
    await expect(third.done).resolves.toBe(false);
    expect(worker.posted.at(-1)?.type).toBe('cancel');
  });
});
