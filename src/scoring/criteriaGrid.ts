// public/data/criteria.json + criteria.bin: every criterion's raw value at each land cell of the
// grid, precomputed by scripts/build-data with the point query at the cell centre (or, where the
// centre is at sea, at the cell's land point nearest it: src/geo/landCell.ts). Only land cells
// are stored (about 45 % of the grid); decoding expands them into the scorer's full-grid columns.
// In scoring, not data: the file is the batch scorer's columns, keyed by criterion. The encoder is
// build-only and lives in scripts/build/criteriaGrid.ts.
import type { BatchColumns } from './batch';
import type { CriterionId } from './criteria';
import { SURFACE_VARIABLE, type Surface } from '../data/surface';

export interface CriteriaGridMeta {
  version: 1;
  /** Cells in the full grid (cols × rows of the surface grid). */
  cells: number;
  /** Land cells stored. */
  landCells: number;
  /** Int32 cell index of each stored land cell. */
  landIndexOffset: number;
  /** Uint8 per land cell: 1 where a crypto-mining rule applies. */
  miningRestrictedOffset: number;
  /** Float32 per land cell and criterion (NaN = no data), in criterion units. */
  criteria: { id: CriterionId; unit: string; byteOffset: number }[];
  byteLength: number;
}

/** Full-grid scorer columns (NaN / 0 off land); temperatures come from the climate surface. */
export function decodeCriteriaGrid(meta: CriteriaGridMeta, data: ArrayBuffer | Uint8Array, surface: Surface): BatchColumns {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength !== meta.byteLength) throw new Error(`criteria.bin: expected ${meta.byteLength} bytes, got ${bytes.byteLength} (stale or truncated file?)`);
  const cells = surface.meta.grid.cols * surface.meta.grid.rows;
  if (cells !== meta.cells) throw new Error(`criteria.json: ${meta.cells} cells, but the surface grid has ${cells}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const L = meta.landCells;
  const landIndex = new Int32Array(L);
  for (let j = 0; j < L; j++) landIndex[j] = view.getInt32(meta.landIndexOffset + j * 4, true);
  const land = new Uint8Array(cells);
  const miningRestricted = new Uint8Array(cells);
  for (let j = 0; j < L; j++) {
    land[landIndex[j]] = 1;
    miningRestricted[landIndex[j]] = view.getUint8(meta.miningRestrictedOffset + j);
  }
  const raw: Partial<Record<CriterionId, Float32Array>> = {};
  for (const c of meta.criteria) {
    const col = new Float32Array(cells).fill(Number.NaN);
    for (let j = 0; j < L; j++) col[landIndex[j]] = view.getFloat32(c.byteOffset + j * 4, true);
    raw[c.id] = col;
  }
  return {
    raw,
    land,
    miningRestricted,
    summerMaxC: surface.values[SURFACE_VARIABLE.summerMaxC],
    annualMeanC: surface.values[SURFACE_VARIABLE.annualMeanC],
  };
}
