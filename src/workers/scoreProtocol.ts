// Messages between the app and the scoring worker, and the worker's pure handler (testable in node).
// Buffers cross by transfer, never by copy: the caller hands over `out` and gets it back filled.
import { prepareSurface, rescoreSurface, surfaceMask, type BatchColumns, type PreparedSurface } from '../scoring/batch';
import { compileModel, type ModelOptions } from '../scoring/model';

export type ScoreRequest =
  | { type: 'load'; id: number; n: number; columns: BatchColumns }
  | { type: 'score'; id: number; options: ModelOptions; out?: Float32Array };

export type ScoreResponse =
  | { type: 'loaded'; id: number; n: number }
  /** scores: each cell's ranking score (NaN = not scored); coverage: its share of the weight with data, whole %. */
  | { type: 'scores'; id: number; scores: Float32Array; coverage: Uint8Array; ms: number }
  | { type: 'error'; id: number; message: string };

export interface HandlerResult {
  response: ScoreResponse;
  transfer: Transferable[];
}

/** Keeps the prepared surface between messages; re-derives the mask only when profile or constraints change. */
export function createScoreHandler(now: () => number = () => performance.now()): (req: ScoreRequest) => HandlerResult {
  let columns: BatchColumns | null = null;
  let prepared: PreparedSurface | null = null;
  let maskKey = '';
  let mask: Uint8Array | null = null;

  return (req) => {
    try {
      if (req.type === 'load') {
        columns = req.columns;
        // Criterion scores are weight-independent; any profile compiles the same anchors.
        prepared = prepareSurface(compileModel({ profile: 'ai' }), req.columns.raw, req.n);
        mask = null;
        maskKey = '';
        return { response: { type: 'loaded', id: req.id, n: req.n }, transfer: [] };
      }
      if (!prepared || !columns) throw new Error('no surface loaded: send a "load" message first');
      const t0 = now();
      const model = compileModel(req.options);
      const key = JSON.stringify([req.options.profile === 'ai' ? 'ai' : 'mining-rules', req.options.constraints ?? {}]);
      if (!mask || key !== maskKey) {
        mask = surfaceMask(model, prepared, columns);
        maskKey = key;
      }
      const out = req.out && req.out.length === prepared.n ? req.out : new Float32Array(prepared.n);
      const coverage = new Uint8Array(prepared.n);
      rescoreSurface(model, prepared.scores, mask, out, coverage);
      return { response: { type: 'scores', id: req.id, scores: out, coverage, ms: now() - t0 }, transfer: [out.buffer, coverage.buffer] };
    } catch (e) {
      return { response: { type: 'error', id: req.id, message: (e as Error).message }, transfer: [] };
    }
  };
}
