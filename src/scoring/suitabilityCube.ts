// public/data/cube.json + cube.bin: the suitability surface's inputs on the 0.1° grid: each land
// cell's raw criterion values (and the two temperatures the constraints read), from the point query
// at the cell's evaluation point, quantised to 16 bits per value with a stated step. Layout:
//   land mask      1 bit per grid cell (row-major, LSB first): which cells are stored, in that order
//   region         Uint8 per land cell: index into regionCodes (255 = none)
//   mining rule    Uint8 per land cell: 1 where a crypto-mining rule applies
//   columns        Uint16 per land cell and column: value = min + code × step; 65535 = no data
// The encoder is build-only (scripts/build/suitabilityCube.ts); this decodes into the batch scorer's
// full-grid columns.
import type { GridSpec } from '../geo/grid';
import type { BatchColumns } from './batch';
import type { CriterionId } from './criteria';

export const NO_DATA_CODE = 0xffff;
const MAX_CODE = 0xfffe;

export type CubeColumnId = CriterionId | 'summerMaxC' | 'annualMeanC';

export interface CubeColumnMeta {
  id: CubeColumnId;
  unit: string;
  /** Value of code 0, and the value of one code step (the precision is ± step / 2). */
  min: number;
  step: number;
  byteOffset: number;
}

export interface SuitabilityCubeMeta {
  version: 2;
  grid: GridSpec;
  cells: number;
  landCells: number;
  landMaskOffset: number;
  regionCodes: string[];
  regionOffset: number;
  miningRestrictedOffset: number;
  columns: CubeColumnMeta[];
  byteLength: number;
}

/** The smallest step of the form {1, 2, 5} × 10^k that spans [min, max] in MAX_CODE codes. */
export function quantStep(min: number, max: number): number {
  const raw = (max - min) / MAX_CODE;
  if (!(raw > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  // toPrecision: 1e-5, not 0.000009999999999999999.
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return Number((m * p).toPrecision(1));
  return Number((10 * p).toPrecision(1));
}

/** A value's code for (min, step); NaN → NO_DATA_CODE. */
export function quantise(x: number, min: number, step: number): number {
  if (x !== x) return NO_DATA_CODE;
  return Math.min(MAX_CODE, Math.max(0, Math.round((x - min) / step)));
}

export const dequantise = (code: number, min: number, step: number): number => (code === NO_DATA_CODE ? Number.NaN : min + code * step);

export interface DecodedCube {
  grid: GridSpec;
  columns: BatchColumns;
  /** Index into regionCodes per grid cell, −1 off land. */
  regionIndex: Int16Array;
  regionCodes: string[];
  landCells: number;
}

/** The cube's land cells only, in grid order: what the scoring worker keeps (half the cells, half the memory). */
export interface LandCube {
  grid: GridSpec;
  /** Grid cell of each land cell. */
  landIndex: Int32Array;
  /** Columns of landIndex.length values (no `land`: every entry is land). */
  columns: BatchColumns;
  /** Index into regionCodes per land cell, −1 for none. */
  regionIndex: Int16Array;
  regionCodes: string[];
}

export function decodeCubeLand(meta: SuitabilityCubeMeta, data: ArrayBuffer | Uint8Array): LandCube {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength !== meta.byteLength) throw new Error(`cube.bin: expected ${meta.byteLength} bytes, got ${bytes.byteLength} (stale or truncated file?)`);
  const { cells, landCells: L } = meta;
  if (meta.grid.cols * meta.grid.rows !== cells) throw new Error(`cube.json: ${cells} cells, but its grid has ${meta.grid.cols * meta.grid.rows}`);
  const landIndex = new Int32Array(L);
  let j = 0;
  for (let i = 0; i < cells; i++) {
    if (bytes[meta.landMaskOffset + (i >> 3)] & (1 << (i & 7))) {
      if (j >= L) throw new Error('cube.bin: more land cells in the mask than in cube.json');
      landIndex[j++] = i;
    }
  }
  if (j !== L) throw new Error(`cube.bin: ${j} land cells in the mask, cube.json says ${L}`);
  const miningRestricted = bytes.slice(meta.miningRestrictedOffset, meta.miningRestrictedOffset + L);
  const regionIndex = new Int16Array(L);
  for (let k = 0; k < L; k++) {
    const r = bytes[meta.regionOffset + k];
    regionIndex[k] = r === 255 ? -1 : r;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const col = (c: CubeColumnMeta) => {
    const out = new Float32Array(L);
    for (let k = 0; k < L; k++) {
      const code = view.getUint16(c.byteOffset + k * 2, true);
      out[k] = code === NO_DATA_CODE ? Number.NaN : c.min + code * c.step;
    }
    return out;
  };
  const raw: Partial<Record<CriterionId, Float32Array>> = {};
  let summerMaxC: Float32Array | undefined;
  let annualMeanC: Float32Array | undefined;
  for (const c of meta.columns) {
    if (c.id === 'summerMaxC') summerMaxC = col(c);
    else if (c.id === 'annualMeanC') annualMeanC = col(c);
    else raw[c.id] = col(c);
  }
  return { grid: meta.grid, landIndex, columns: { raw, miningRestricted, summerMaxC, annualMeanC }, regionIndex, regionCodes: meta.regionCodes };
}

/** Land-order values spread over the whole grid (`empty` elsewhere). */
export function toGrid<T extends Float32Array | Uint8Array | Int16Array>(values: T, landIndex: Int32Array, out: T, empty: number): T {
  out.fill(empty);
  for (let k = 0; k < landIndex.length; k++) out[landIndex[k]] = values[k];
  return out;
}

/** The whole grid's columns (NaN / 0 off land): tests, the bench and scripts score the grid as the map shows it. */
export function decodeCube(meta: SuitabilityCubeMeta, data: ArrayBuffer | Uint8Array): DecodedCube {
  const land = decodeCubeLand(meta, data);
  const n = meta.cells;
  const grid = (v: Float32Array | undefined) => (v ? toGrid(v, land.landIndex, new Float32Array(n), Number.NaN) : undefined);
  const raw: Partial<Record<CriterionId, Float32Array>> = {};
  for (const [id, v] of Object.entries(land.columns.raw) as [CriterionId, Float32Array][]) raw[id] = grid(v)!;
  const isLand = toGrid(new Uint8Array(land.landIndex.length).fill(1), land.landIndex, new Uint8Array(n), 0);
  return {
    grid: meta.grid,
    columns: { raw, land: isLand, miningRestricted: toGrid(land.columns.miningRestricted!, land.landIndex, new Uint8Array(n), 0), summerMaxC: grid(land.columns.summerMaxC), annualMeanC: grid(land.columns.annualMeanC) },
    regionIndex: toGrid(land.regionIndex, land.landIndex, new Int16Array(n), -1),
    regionCodes: land.regionCodes,
    landCells: meta.landCells,
  };
}
