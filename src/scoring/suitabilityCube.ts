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

export function decodeCube(meta: SuitabilityCubeMeta, data: ArrayBuffer | Uint8Array): DecodedCube {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength !== meta.byteLength) throw new Error(`cube.bin: expected ${meta.byteLength} bytes, got ${bytes.byteLength} (stale or truncated file?)`);
  const { cells, landCells: L } = meta;
  if (meta.grid.cols * meta.grid.rows !== cells) throw new Error(`cube.json: ${cells} cells, but its grid has ${meta.grid.cols * meta.grid.rows}`);
  const landIndex = new Int32Array(L);
  for (let i = 0, j = 0; i < cells; i++) {
    if (bytes[meta.landMaskOffset + (i >> 3)] & (1 << (i & 7))) {
      if (j >= L) throw new Error('cube.bin: more land cells in the mask than in cube.json');
      landIndex[j++] = i;
    }
  }
  const land = new Uint8Array(cells);
  const miningRestricted = new Uint8Array(cells);
  const regionIndex = new Int16Array(cells).fill(-1);
  for (let j = 0; j < L; j++) {
    const cell = landIndex[j];
    land[cell] = 1;
    miningRestricted[cell] = bytes[meta.miningRestrictedOffset + j];
    const r = bytes[meta.regionOffset + j];
    if (r !== 255) regionIndex[cell] = r;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const col = (c: CubeColumnMeta) => {
    const out = new Float32Array(cells).fill(Number.NaN);
    for (let j = 0; j < L; j++) {
      const code = view.getUint16(c.byteOffset + j * 2, true);
      if (code !== NO_DATA_CODE) out[landIndex[j]] = c.min + code * c.step;
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
  return { grid: meta.grid, columns: { raw, land, miningRestricted, summerMaxC, annualMeanC }, regionIndex, regionCodes: meta.regionCodes, landCells: L };
}
