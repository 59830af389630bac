// The map layer's side of the scoring worker: load once, then score on every change. Only the latest
// score request matters while sliders move, so each one supersedes the one before (lane "score").
import type { BatchColumns } from '../scoring/batch';
import type { ModelOptions } from '../scoring/model';
import { createRpcClient, isCancelled, type WorkerPort } from './rpc';
import type { ScoreApi } from './scoreProtocol';
import type { SuitabilityCubeMeta } from '../scoring/suitabilityCube';
import type { GridSpec } from '../geo/grid';

export interface ScoreClient {
  load(n: number, columns: BatchColumns): Promise<void>;
  /** Hands the cube's bytes over (transferred) to be decoded in the worker; resolves with its grid. */
  loadCube(meta: SuitabilityCubeMeta, bytes: ArrayBuffer): Promise<{ grid: GridSpec; landCells: number }>;
  /** Resolves with the scores, or null when a newer request superseded this one. */
  score(options: ModelOptions, reuse?: Float32Array): Promise<{ scores: Float32Array; coverage: Uint8Array; ms: number } | null>;
  dispose(): void;
}

export function createScoreClient(worker: WorkerPort): ScoreClient {
  const rpc = createRpcClient<ScoreApi>(worker, 'scoring');
  return {
    async load(n, columns) {
      // Columns are copied (structured clone), not transferred: the caller usually keeps them for hover read-outs.
      await rpc.call('load', { n, columns }).result;
    },
    async loadCube(meta, bytes) {
      return rpc.call('loadCube', { meta, bytes }, { transfer: [bytes] }).result;
    },
    score(options, reuse) {
      return rpc.call('score', { options, out: reuse }, { lane: 'score', transfer: reuse ? [reuse.buffer] : [] }).result.catch((err: unknown) => {
        if (isCancelled(err)) return null;
        throw err;
      });
    },
    dispose: () => rpc.dispose(),
  };
}
