// The suitability-surface scoring worker's requests (src/workers/rpc.ts) and its pure handlers
// (testable in node). Buffers cross by transfer, never by copy: the caller hands over `out` and gets
// it back filled.
import { prepareSurface, rescoreSurface, surfaceMask, type BatchColumns, type PreparedSurface } from '../scoring/batch';
import { compileModel, type ModelOptions } from '../scoring/model';
import { decodeCube, type SuitabilityCubeMeta } from '../scoring/suitabilityCube';
import type { GridSpec } from '../geo/grid';
import { withTransfer, type Handlers } from './rpc';

export type ScoreApi = {
  load: { args: { n: number; columns: BatchColumns }; result: { n: number }; progress: never };
  /** The suitability cube's files, decoded here (the page never holds its ~60 MB of columns). */
  loadCube: { args: { meta: SuitabilityCubeMeta; bytes: ArrayBuffer }; result: { n: number; grid: GridSpec; landCells: number }; progress: never };
  /** scores: each cell's ranking score (NaN = not scored); coverage: its share of the weight with data, whole %. */
  score: { args: { options: ModelOptions; out?: Float32Array }; result: { scores: Float32Array; coverage: Uint8Array; ms: number }; progress: never };
};

/** Keeps the prepared surface between calls; re-derives the mask only when profile or constraints change. */
export function createScoreHandlers(now: () => number = () => performance.now()): Handlers<ScoreApi> {
  let columns: BatchColumns | null = null;
  let prepared: PreparedSurface | null = null;
  let maskKey = '';
  let mask: Uint16Array | null = null;

  const load = (n: number, cols: BatchColumns) => {
    columns = cols;
    // Criterion scores are weight-independent; any profile compiles the same anchors.
    prepared = prepareSurface(compileModel({ profile: 'ai' }), cols.raw, n);
    mask = null;
    maskKey = '';
  };
  return {
    load({ n, columns: cols }) {
      load(n, cols);
      return { n };
    },
    loadCube({ meta, bytes }) {
      const cube = decodeCube(meta, bytes);
      load(meta.cells, cube.columns);
      return { n: meta.cells, grid: cube.grid, landCells: cube.landCells };
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
