// The suitability-surface scoring worker's requests (src/workers/rpc.ts) and its pure handlers
// (testable in node). Buffers cross by transfer, never by copy: the caller hands over `out` and gets
// it back filled.
import { prepareSurface, rescoreSurface, surfaceMask, type BatchColumns, type PreparedSurface } from '../scoring/batch';
import { compileModel, type ModelOptions } from '../scoring/model';
import { decodeCubeLand, toGrid, type SuitabilityCubeMeta } from '../scoring/suitabilityCube';
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
  /** With a cube: only its land cells are scored (half the work and memory); scores are spread over the grid after. */
  let land: { landIndex: Int32Array; cells: number; out: Float32Array; coverage: Uint8Array } | null = null;

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
      land = null;
      return { n };
    },
    loadCube({ meta, bytes }) {
      const cube = decodeCubeLand(meta, bytes);
      const L = cube.landIndex.length;
      load(L, cube.columns);
      land = { landIndex: cube.landIndex, cells: meta.cells, out: new Float32Array(L), coverage: new Uint8Array(L) };
      return { n: meta.cells, grid: cube.grid, landCells: L };
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
      const cells = land ? land.cells : prepared.n;
      const out = reuse && reuse.length === cells ? reuse : new Float32Array(cells);
      const coverage = new Uint8Array(cells);
      if (land) {
        rescoreSurface(model, prepared.scores, mask, land.out, land.coverage);
        toGrid(land.out, land.landIndex, out, Number.NaN);
        toGrid(land.coverage, land.landIndex, coverage, 0);
      } else rescoreSurface(model, prepared.scores, mask, out, coverage);
      return withTransfer({ scores: out, coverage, ms: now() - t0 }, [out.buffer, coverage.buffer]);
    },
  };
}
