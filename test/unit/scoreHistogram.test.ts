import { describe, expect, it } from 'vitest';
import { binCounts, cellsAtOrAbove, scoreHistogram } from '../../src/scoring/scoreHistogram';

const NaN_ = Number.NaN;

describe('scoreHistogram', () => {
  // Cells: scored 0, 4.9, 5, 59.99, 60, 100; insufficient (NaN, coverage 30); excluded land (NaN, 0, land); sea (NaN, 0, sea).
  const scores = Float32Array.from([0, 4.9, 5, 59.99, 60, 100, NaN_, NaN_, NaN_]);
  const coverage = Uint8Array.from([100, 100, 80, 60, 100, 100, 30, 0, 0]);
  // The last cell is sea: 8 land cells.
  const h = scoreHistogram(scores, coverage, 8);

  it('counts scored, insufficient and excluded land cells; sea is not counted', () => {
    expect(h.scored).toBe(6);
    expect(h.insufficient).toBe(1);
    expect(h.excludedOrNoData).toBe(1);
    expect(h.perPoint.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('bins by lower-inclusive intervals, with 100 in the last bin', () => {
    const five = binCounts(h, 5);
    expect(five).toHaveLength(20);
    expect(five[0]).toBe(2); // 0 and 4.9
    expect(five[1]).toBe(1); // 5
    expect(five[11]).toBe(1); // 59.99
    expect(five[12]).toBe(1); // 60
    expect(five[19]).toBe(1); // 100
    expect(binCounts(h, 10)).toEqual([3, 0, 0, 0, 0, 1, 1, 0, 0, 1]);
  });

  it('counts the cells a whole-point threshold keeps', () => {
    expect(cellsAtOrAbove(h, null)).toBe(6);
    expect(cellsAtOrAbove(h, 0)).toBe(6);
    expect(cellsAtOrAbove(h, 5)).toBe(4);
    expect(cellsAtOrAbove(h, 60)).toBe(2); // 59.99 is below 60
    expect(cellsAtOrAbove(h, 100)).toBe(1);
  });

  it('without the land-cell count, cells without data are not counted at all', () => {
    expect(scoreHistogram(scores, coverage).excludedOrNoData).toBe(0);
  });
});
