// Promise wrapper over the scoring worker for the map layer: load once, then score on every change.
// Only the latest score request matters while sliders move, so stale replies are dropped by id.
import type { BatchColumns } from '../scoring/batch';
import type { ModelOptions } from '../scoring/model';
import type { ScoreRequest, ScoreResponse } from './scoreProtocol';

export interface ScoreClient {
  load(n: number, columns: BatchColumns): Promise<void>;
  /** Resolves with the scores, or null when a newer request superseded this one. */
  score(options: ModelOptions, reuse?: Float32Array): Promise<{ scores: Float32Array; coverage: Uint8Array; ms: number } | null>;
  dispose(): void;
}

export function createScoreClient(worker: Worker): ScoreClient {
  let nextId = 1;
  let latestScoreId = 0;
  const pending = new Map<number, { resolve: (r: ScoreResponse) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<ScoreResponse>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.type === 'error') p.reject(new Error(e.data.message));
    else p.resolve(e.data);
  };
  const send = (req: ScoreRequest, transfer: Transferable[] = []) =>
    new Promise<ScoreResponse>((resolve, reject) => {
      pending.set(req.id, { resolve, reject });
      worker.postMessage(req, transfer);
    });
  return {
    async load(n, columns) {
      // Columns are copied (structured clone), not transferred: the caller usually keeps them for hover read-outs.
      await send({ type: 'load', id: nextId++, n, columns });
    },
    async score(options, reuse) {
      const id = nextId++;
      latestScoreId = id;
      const r = await send({ type: 'score', id, options, out: reuse }, reuse ? [reuse.buffer] : []);
      if (r.type !== 'scores' || id !== latestScoreId) return null;
      return { scores: r.scores, coverage: r.coverage, ms: r.ms };
    },
    dispose() {
      worker.terminate();
      pending.clear();
    },
  };
}
