import { describe, expect, it } from 'vitest';
import { scoreBatch } from '../../src/scoring/batch';
import { CRITERION_IDS, type CriterionId } from '../../src/scoring/criteria';
import { compileModel, type ModelOptions } from '../../src/scoring/model';
import { createScoreHandler } from '../../src/workers/scoreProtocol';

describe('score worker protocol', () => {
  const n = 2000;
  const raw = {} as Record<CriterionId, Float32Array>;
  CRITERION_IDS.forEach((id, c) => (raw[id] = Float32Array.from({ length: n }, (_, i) => (i % 17 === c ? Number.NaN : ((i * 7919 + c * 104729) % 1000) / 7))));
  const miningRestricted = Uint8Array.from({ length: n }, (_, i) => (i % 50 === 0 ? 1 : 0));

  it('answers with the same scores as the direct batch function, for a sequence of changes', () => {
    const handle = createScoreHandler();
    expect(handle({ type: 'load', id: 1, n, columns: { raw, miningRestricted } }).response).toEqual({ type: 'loaded', id: 1, n });
    const sequence: ModelOptions[] = [
      { profile: 'mining' },
      { profile: 'mining', weights: { retail_price: 5 } },
      { profile: 'hybrid', constraints: { excludeMiningRestricted: true, maxRetailPriceUsdPerMwh: 100 } },
      { profile: 'ai', constraints: { excludeMiningRestricted: true } },
    ];
    let reuse: Float32Array | undefined;
    sequence.forEach((options, k) => {
      const { response, transfer } = handle({ type: 'score', id: 10 + k, options, out: reuse });
      expect(response.type).toBe('scores');
      if (response.type !== 'scores') return;
      expect(transfer).toEqual([response.scores.buffer, response.coverage.buffer]);
      const direct = new Float32Array(n);
      const coverage = new Uint8Array(n);
      scoreBatch(compileModel(options), { raw, miningRestricted }, direct, coverage);
      expect(Array.from(response.scores)).toEqual(Array.from(direct));
      expect(Array.from(response.coverage)).toEqual(Array.from(coverage));
      reuse = response.scores;
    });
  });

  it('reports errors as messages', () => {
    const handle = createScoreHandler();
    expect(handle({ type: 'score', id: 3, options: { profile: 'ai' } }).response).toMatchObject({ type: 'error', id: 3, message: /no surface loaded/ });
    handle({ type: 'load', id: 4, n, columns: { raw } });
    expect(handle({ type: 'score', id: 5, options: { profile: 'ai', weights: { carbon: -2 } } }).response).toMatchObject({ type: 'error', message: /carbon/ });
  });
});
