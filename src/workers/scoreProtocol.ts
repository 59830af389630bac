// The suitability-surface scoring worker's requests (src/workers/rpc.ts) and its pure handlers
// (testable in node). Buffers cross by transfer, never by copy: the caller hands over `out` and gets
// it back filled.
import { prepareSurface, rescoreSurface, surfaceMask, type BatchColumns, type PreparedSurface } from '../scoring/batch';
import { compileModel, type ModelOptions } from '../scoring/model';
import { withTransfer, type Handlers } from './rpc';

export type ScoreApi = {
  load: { args: { n: number; columns: BatchColumns }; result: { n: number }; progress: never };
  /** scores: each cell's ranking score (NaN = not scored); coverage: its share of the weight with data, whole %. */
  score: { args: { options: ModelOptions; out?: Float32Array }; result: { scores: Float32Array; coverage: Uint8Array; ms: number }; progress: never };
};

/** Keeps the prepared surface between calls; re-derives the mask only when profile or constraints change. */
export function createScoreHandlers(now: () => number = () => performance.now()): Handlers<ScoreApi> {
  let columns: BatchColumns | null = null;
  let prepared: PreparedSurface | null = null;
  let maskKey = '';
  let mask: Uint16Array | null = null;

  return {
    load({ n, columns: cols }) {
      columns = cols;
      // Criterion scores are weight-independent; any profile compiles the same anchors.
      prepared = prepareSurface(compileModel({ profile: 'ai' }), cols.raw, n);
      mask = null;
      maskKey = '';
      return { n };
    },
    score({ options, out: reuse }) {
      if (!prepared || !columns) throw new Error('no surface loaded: send a "load" message first');
      const t0 = now();
      const model = compileModel(options);
      const key = JSON.stringify([options.profile === 'ai' ? 'ai' : 'mining-rules', options.constraints ?? {}]);
      if (!mask || key !== maskKey) {
        mask = surfaceMask(model, prepared, columns);
        maskKey = key;
      }
      const out = reuse && reuse.length === prepared.n ? reuse : new Float32Array(prepared.n);
      const coverage = new Uint8Array(prepared.n);
      rescoreSurface(model, prepared.scores, mask, out, coverage);
      return withTransfer({ scores: out, coverage, ms: now() - t0 }, [out.buffer, coverage.buffer]);
    },
  };
}
