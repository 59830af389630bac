// The candidate-scoring worker's handler and the page's client, wired together in node: the worker
// answers with the same summaries as scoring on the page, in chunks; a newer job ends the older one.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadQueryContextNode, publicDataPath, readPublicJson } from '../../scripts/lib/nodeData';
import { compileSiteScoring, summariserAt, type ScoringSettings, type SiteSummary } from '../../src/scoring/siteScoring';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { createSiteScoreHandlers, SUMMARY_CHUNK, type SiteScoreApi } from '../../src/workers/siteScoreProtocol';
import { createSiteScoreClient } from '../../src/workers/siteScoreClient';
import { createWorkerData } from '../../src/workers/workerData';
import type { PublicDataReader } from '../../src/data/loadQueryContext';
import { rpcPair } from './rpcPair';

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

type Posted = { type: 'summaries'; from: number; summaries: SiteSummary[]; done: boolean } | { type: 'error'; message: string };

/** Runs one job through the handler as the worker does: its chunks, then how it ended. */
async function summarise(context: () => Promise<typeof ctx>, lonLat: Float64Array, s: ScoringSettings): Promise<Posted[]> {
  const posted: Posted[] = [];
  const n = lonLat.length / 2;
  try {
    await createSiteScoreHandlers(context).summarise(
      { lonLat, settings: s },
      { progress: ({ from, summaries }) => void posted.push({ type: 'summaries', from, summaries, done: from + summaries.length >= n }), cancelled: () => false, pause: async () => {} },
    );
  } catch (err) {
    posted.push({ type: 'error', message: (err as Error).message });
  }
  return posted;
}

describe('candidate-scoring worker', () => {
  it('gives the same summaries as scoring on the page, in chunks of SUMMARY_CHUNK', async () => {
    const list = sites(SUMMARY_CHUNK * 2 + 10);
    const lonLat = new Float64Array(list.flatMap((s) => [s.lon, s.lat]));
    const posted = await summarise(async () => ctx, lonLat, structuredClone(settings));
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

  it('builds its data from public/data as the page does (the scoring context): same summaries', async () => {
    const own = await createWorkerData({
      json: async (name) => readPublicJson(name),
      bytes: async (name) => new Uint8Array(readFileSync(publicDataPath(name))).buffer,
    }).scoringContext();
    const list = sites(50);
    expect(list.map(summariserAt(own, compileSiteScoring(settings)))).toEqual(list.map(summariserAt(ctx, compileSiteScoring(settings))));
  });

  it('answers an empty job with one empty, final chunk', async () => {
    expect(await summarise(async () => ctx, new Float64Array(0), settings)).toEqual([{ type: 'summaries', from: 0, summaries: [], done: true }]);
  });

  it('reports a failed data load as an error of that job', async () => {
    const pair = rpcPair<SiteScoreApi>(createSiteScoreHandlers(() => Promise.reject(new Error('Could not load /data/facts.json: HTTP 404'))));
    try {
      await expect(createSiteScoreClient(pair.client).summarise([{ lon: 0, lat: 0 }], settings, () => {}).done).rejects.toThrow('Could not load /data/facts.json: HTTP 404');
    } finally {
      pair.close();
    }
  });

  it('client: collects every chunk in order and resolves true', async () => {
    const pair = rpcPair<SiteScoreApi>(createSiteScoreHandlers(async () => ctx));
    const client = createSiteScoreClient(pair.client);
    const list = sites(SUMMARY_CHUNK + 3);
    const got: SiteSummary[] = [];
    const job = client.summarise(list, settings, (from, s) => {
      expect(from).toBe(got.length);
      got.push(...s);
    });
    await expect(job.done).resolves.toBe(true);
    expect(got).toEqual(list.map(summariserAt(ctx, compileSiteScoring(settings))));
    pair.close();
  });

  it('client: a newer job supersedes the running one, whose late chunks are dropped', async () => {
    const pair = rpcPair<SiteScoreApi>(createSiteScoreHandlers(async () => ctx));
    const client = createSiteScoreClient(pair.client);
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
    await expect.poll(() => pair.received.at(-1)).toMatchObject({ rpc: 'cancel' });
    pair.close();
  });

  it('worker data: the boundaries are read once per worker, shared by an import and the list scores, and give the same summaries', async () => {
    const reads: string[] = [];
    const read: PublicDataReader = {
      json: async (name) => (reads.push(name), readPublicJson(name)),
      bytes: async (name) => (reads.push(name), new Uint8Array(readFileSync(publicDataPath(name))).buffer),
    };
    const data = createWorkerData(read);
    const regionAt = await data.regionLookup();
    const [a, b] = await Promise.all([data.scoringContext(), data.scoringContext()]);
    expect(a).toBe(b);
    expect(await data.regionLookup()).not.toBeNull();
    expect(reads.filter((n) => n === 'boundaries.topo.json')).toHaveLength(1);
    expect(reads.sort()).toEqual([
      'boundaries.topo.json', 'climate-stations.json', 'connectivity.json', 'counties.topo.json', 'county-facts.json', 'facts.json', 'grid-regions.json',
      'lines.json', 'plants.json', 'surface.bin', 'surface.json', 'utilities.json', 'utility-territories.topo.json',
    ]);
    expect(regionAt(-99.733, 32.449)).toMatchObject({ code: 'US-TX' });
    const list = sites(50);
    expect(list.map(summariserAt(a, compileSiteScoring(settings)))).toEqual(list.map(summariserAt(ctx, compileSiteScoring(settings))));
  });
});
