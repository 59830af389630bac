import { describe, expect, it } from 'vitest';
import { cellCenter, type GridSpec } from '../../src/geo/grid';
import { outlinedCellAt } from '../../src/map/hoveredCellOutline';
import type { SuitabilityScores } from '../../src/state/suitabilityStore';

// A 3×1 grid: a scored cell, an insufficient-data cell, a sea/excluded cell.
const grid: GridSpec = { west: -100, south: 40, north: 40.3, cellDegLon: 0.4, cols: 3, rows: 1 };
const result: SuitabilityScores = {
  grid,
  landCells: 2,
  scores: Float32Array.from([62, Number.NaN, Number.NaN]),
  coverage: Uint8Array.from([100, 30, 0]),
  profile: 'hybrid',
  scoreMs: 1,
  requestedAt: 0,
};

describe('outlinedCellAt', () => {
  it('outlines cells with a score or some data, not sea, excluded cells or points off the grid', () => {
    const at = (cell: number) => outlinedCellAt(result, ...cellCenter(grid, cell));
    expect(at(0)).toBe(0);
    expect(at(1)).toBe(1);
    expect(at(2)).toBe(-1);
    expect(outlinedCellAt(result, -101, 40.1)).toBe(-1);
    expect(outlinedCellAt(result, -99.9, 41)).toBe(-1);
  });
});
