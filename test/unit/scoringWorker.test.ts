import { describe, expect, it } from 'vitest';
import { scoreBatch } from '../../src/scoring/batch';
import { CRITERION_IDS, type CriterionId } from '../../src/scoring/criteria';
import { compileModel, type ModelOptions } from '../../src/scoring/model';
import { Transfer } from '../../src/workers/rpc';
import { createScoreHandlers } from '../../src/workers/scoreProtocol';
import { createScoreClient } from '../../src/workers/scoreClient';
import { fakeWorker, rpcPair } from './rpcPair';

const ctx = { progress() {}, cancelled: () => false, pause: async () => {} };

describe('score worker handlers', () => {
  const n = 2000;
  const raw = {} as Record<CriterionId, Float32Array>;
  CRITERION_IDS.forEach((id, c) => (raw[id] = Float32Array.from({ length: n }, (_, i) => (i % 17 === c ? Number.NaN : ((i * 7919 + c * 104729) % 1000) / 7))));
  const miningRestricted = Uint8Array.from({ length: n }, (_, i) => (i % 50 === 0 ? 1 : 0));

  it('answers with the same scores as the direct batch function, for a sequence of changes', () => {
    const handle = createScoreHandlers();
    expect(handle.load({ n, columns: { raw, miningRestricted } }, ctx)).toEqual({ n });
    const sequence: ModelOptions[] = [
      { profile: 'mining' },
      { profile: 'mining', weights: { retail_price: 5 } },
      { profile: 'hybrid', constraints: { excludeMiningRestricted: true, maxRetailPriceUsdPerMwh: 100 } },
      { profile: 'ai', constraints: { excludeMiningRestricted: true } },
    ];
    let reuse: Float32Array | undefined;
    sequence.forEach((options) => {
      const reply = handle.score({ options, out: reuse }, ctx);
      expect(reply).toBeInstanceOf(Transfer);
      const { value: response, transfer } = reply as Transfer<{ scores: Float32Array; coverage: Uint8Array; ms: number }>;
      expect(transfer).toEqual([response.scores.buffer, response.coverage.buffer]);
      if (reuse) expect(response.scores).toBe(reuse);
      const direct = new Float32Array(n);
      const coverage = new Uint8Array(n);
      scoreBatch(compileModel(options), { raw, miningRestricted }, direct, coverage);
      expect(Array.from(response.scores)).toEqual(Array.from(direct));
      expect(Array.from(response.coverage)).toEqual(Array.from(coverage));
      reuse = response.scores;
    });
  });

  it('reports errors to the caller', async () => {
    const pair = rpcPair(createScoreHandlers());
    try {
      await expect(pair.client.call('score', { options: { profile: 'ai' } }).result).rejects.toThrow(/no surface loaded/);
      await pair.client.call('load', { n, columns: { raw } }).result;
      await expect(pair.client.call('score', { options: { profile: 'ai', weights: { carbon: -2 } } }).result).rejects.toThrow(/carbon/);
    } finally {
      pair.close();
    }
  });

  it('client: a newer score supersedes the one before (null), the latest gets the scores', async () => {
    const worker = fakeWorker(createScoreHandlers());
    try {
      const client = createScoreClient(worker.port);
      await client.load(n, { raw, miningRestricted });
      const older = client.score({ profile: 'mining' });
      const newer = client.score({ profile: 'ai', weights: { latency: 30 } });
      await expect(older).resolves.toBeNull();
      const got = await newer;
      const direct = new Float32Array(n);
      scoreBatch(compileModel({ profile: 'ai', weights: { latency: 30 } }), { raw, miningRestricted }, direct);
      expect(Array.from(got!.scores)).toEqual(Array.from(direct));
    } finally {
      worker.close();
    }
  });
});
