// The import worker's handlers in node: file bytes in, progress + a summary out, candidates in chunks;
// and the light list scores equal the full explanation's.
import { describe, expect, it } from 'vitest';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';
import { queryPoint } from '../../src/data/pointQuery';
import { createImportHandlers, CANDIDATE_CHUNK, type ImportApi, type ImportProgress } from '../../src/workers/importProtocol';
import { createImportClient } from '../../src/workers/importClient';
import type { Handlers, RequestContext } from '../../src/workers/rpc';
import { rpcPair } from './rpcPair';
import { compileSiteScoring, summariserAt, type ScoringSettings } from '../../src/scoring/siteScoring';
import { forEachSliced } from '../../src/candidates/timeSlice';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { PROFILE_IDS } from '../../src/scoring/profiles';
import type { Candidate } from '../../src/candidates/types';

const ctx = loadQueryContextNode();
const regionAt = (lon: number, lat: number) => ctx.regionIndex.regionAt(lon, lat);

function csv(n: number): string {
  const lines = ['name,lat,lon,owner'];
  for (let i = 0; i < n; i++) lines.push(`Site ${i},${(32 + (i % 500) * 0.01).toFixed(4)},${(-100 + Math.floor(i / 500) * 0.01).toFixed(4)},o${i % 7}`);
  lines.push('bad,abc,-97,x');
  return lines.join('\n');
}

type Posted = { type: 'progress'; phase: string; done: number; total: number } | { type: 'candidates'; chunk: Candidate[] };

/** Runs one request through the handlers as the worker does, with what it posts on the way. */
async function call<M extends keyof ImportApi>(handlers: Handlers<ImportApi>, method: M, args: ImportApi[M]['args']) {
  const posted: Posted[] = [];
  const req: RequestContext<ImportApi[M]['progress']> = {
    progress: (p) => {
      const { chunk, ...progress } = p as ImportProgress & { chunk?: Candidate[] };
      posted.push({ type: 'progress', ...progress });
      if (chunk) posted.push({ type: 'candidates', chunk });
    },
    cancelled: () => false,
    pause: async () => {},
  };
  const result = await (handlers[method] as (a: typeof args, r: typeof req) => Promise<ImportApi[M]['result']>)(args, req);
  return { posted, result };
}

describe('import worker handlers', () => {
  it('reads 25,000 rows with progress, sends a summary, then the candidates in chunks', async () => {
    const handle = createImportHandlers(async () => regionAt);
    const opened = await call(handle, 'importOpen', { name: 'big.csv', file: new Blob([csv(25_000)]), existingKeys: [] });
    const progress = opened.posted.filter((r) => r.type === 'progress');
    expect(progress.map((p) => p.type === 'progress' && p.phase)).toEqual(expect.arrayContaining(['loading', 'reading', 'checking']));
    const summary = opened.result;
    expect(summary).toMatchObject({ rowCount: 25_001, keptCount: 25_000, rejectedCount: 1, columns: { lat: 'lat', lon: 'lon', name: 'name' } });
    expect(summary.rejectedShown[0]).toMatchObject({ row: 25_002, code: 'not_a_number' });

    const chunks = (await call(handle, 'importCandidates', { takenIds: [], now: '2026-11-24T00:00:00.000Z' })).posted.filter((r) => r.type === 'candidates');
    expect(chunks).toHaveLength(Math.ceil(25_000 / CANDIDATE_CHUNK));
    const all = chunks.flatMap((c) => (c.type === 'candidates' ? c.chunk : []));
    expect(all).toHaveLength(25_000);
    expect(all[0]).toMatchObject({ name: 'Site 0', lat: 32, lon: -100, props: { owner: 'o0' } });

    expect((await call(handle, 'importRejectedCsv', null)).result).toMatch(/^line,reason,message/);
  });

  it('a changed column choice re-reads the kept text', async () => {
    const handle = createImportHandlers(async () => regionAt);
    await call(handle, 'importOpen', { name: 'a.csv', file: new Blob(['name,lat,lon\nA,30.27,-97.74\n']), existingKeys: [] });
    expect((await call(handle, 'importColumns', { columns: { name: null } })).result).toMatchObject({ columns: { name: null }, keptCount: 1 });
  });

  it('refuses an oversized or binary file with its own message, and never throws', async () => {
    const handle = createImportHandlers(async () => regionAt);
    const huge = { size: 64 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect((await call(handle, 'importOpen', { name: 'huge.csv', file: huge, existingKeys: [] })).result).toMatchObject({ problem: expect.stringMatching(/64\.0 MB; the import reads files up to 32\.0 MB/) });
    const bin = new Uint8Array(2048).map((_, i) => (i * 131) % 256);
    expect((await call(handle, 'importOpen', { name: 'x.csv', file: new Blob([bin]), existingKeys: [] })).result).toMatchObject({ problem: expect.stringMatching(/binary/) });
    await expect(call(handle, 'importRejectedCsv', null)).rejects.toThrow('no file opened');
  });

  it('through the site worker layer: in order, with the dialog\'s progress, the candidates collected from their chunks, and close drops the file', async () => {
    const pair = rpcPair<ImportApi>(createImportHandlers(async () => regionAt));
    try {
      const phases: string[] = [];
      const client = createImportClient((p) => phases.push(p.phase), pair.client);
      // Not awaited in between: the column change must wait for the read before it.
      const opened = client.open('big.csv', new Blob([csv(6_000)]), []);
      const rechosen = client.setColumns({ lat: 'lat', lon: 'lon', name: null });
      expect((await opened).keptCount).toBe(6_000);
      expect(await rechosen).toMatchObject({ columns: { name: null }, keptCount: 6_000 });
      const added = await client.candidates([], new Date('2026-11-24T00:00:00.000Z'));
      expect(added).toHaveLength(6_000);
      expect(added[5_999]).toMatchObject({ lat: Number((32 + (5_999 % 500) * 0.01).toFixed(4)), props: { owner: `o${5_999 % 7}` } });
      expect(phases).toEqual(expect.arrayContaining(['loading', 'reading', 'checking', 'converting']));
      client.dispose();
      const again = createImportClient(() => {}, pair.client);
      await expect(again.rejectedCsv()).rejects.toThrow('no file opened');
    } finally {
      pair.close();
    }
  });
});

describe('list summaries', () => {
  it('give the same region and scores as the full explanation', () => {
    const settings: ScoringSettings = {
      profile: 'ai',
      weights: { ai: { latency: 40 }, hybrid: { flexibility: 25 } },
      constraints: { excludeMiningRestricted: true, maxSummerMaxC: 32 },
      economics: economicsDefaults(ctx.facts.economics).inputs,
    };
    const scoring = compileSiteScoring(settings);
    const summarise = summariserAt(ctx, scoring);
    for (let i = 0; i < 300; i++) {
      const c: Candidate = { id: String(i), name: 'x', lon: -125 + ((i * 37) % 60), lat: 25 + ((i * 13) % 30), starred: false, props: {}, addedAt: '' };
      const full = scoring.score(queryPoint(ctx, c.lon, c.lat), c);
      const light = summarise(c);
      expect(light.region).toEqual(full.region);
      for (const id of PROFILE_IDS) {
        const f = full.scores[id];
        expect(light.scores[id]).toEqual({ score: f.score, scoreLow: f.scoreLow, scoreHigh: f.scoreHigh, coveragePct: f.coveragePct, insufficientData: f.insufficientData, constraintUnchecked: f.constraintUnchecked, excludedReason: f.excludedReason });
      }
    }
  });

  it('forEachSliced visits every item in order, yields between slices and can be cancelled', async () => {
    const seen: number[] = [];
    const progress: number[] = [];
    expect(await forEachSliced(Array.from({ length: 5000 }, (_, i) => i), (x) => void seen.push(x), { sliceMs: 0.01, onProgress: (d) => void progress.push(d) })).toBe(true);
    expect(seen).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(progress.length).toBeGreaterThan(1);
    let stop = false;
    const done = await forEachSliced(Array.from({ length: 5000 }), () => void (stop = true), { sliceMs: 0.01, cancelled: () => stop });
    expect(done).toBe(false);
  });
});
