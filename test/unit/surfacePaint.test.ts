// The suitability surface shows how much each cell's colour rests on: full coverage opaque, partial
// coverage paler, under 50 % hatched as "insufficient data", water/excluded transparent.
import { describe, expect, it } from 'vitest';
import { SCORE_SCALE } from '../../src/map/layers/suitability';
import { FULL_COVERAGE_ALPHA, MIN_COVERAGE_ALPHA, paintScoresByCoverage } from '../../src/map/surfaceRaster';

describe('paintScoresByCoverage', () => {
  it('dims by coverage, hatches insufficient cells, leaves unscored cells blank', () => {
    const scores = Float32Array.from([70, 70, 70, Number.NaN, Number.NaN, Number.NaN]);
    const coverage = Uint8Array.from([100, 80, 50, 30, 30, 0]);
    const rgba = new Uint8ClampedArray(scores.length * 4);
    paintScoresByCoverage(scores, coverage, 6, SCORE_SCALE, rgba);
    const alpha = (i: number) => rgba[i * 4 + 3];
    expect(alpha(0)).toBe(FULL_COVERAGE_ALPHA);
    expect(alpha(1)).toBeLessThan(alpha(0));
    expect(alpha(2)).toBe(MIN_COVERAGE_ALPHA);
    expect(alpha(1)).toBeGreaterThan(alpha(2));
    // Same score → same colour, whatever the coverage.
    expect(Array.from(rgba.slice(4, 7))).toEqual(Array.from(rgba.slice(0, 3)));
    // Insufficient: grey hatch (r = g = b), visible; no data: transparent.
    for (const i of [3, 4]) {
      expect(alpha(i)).toBeGreaterThan(0);
      expect(rgba[i * 4]).toBe(rgba[i * 4 + 1]);
      expect(rgba[i * 4 + 1]).toBe(rgba[i * 4 + 2]);
    }
    expect(rgba[3 * 4]).not.toBe(rgba[4 * 4]);
    expect(alpha(5)).toBe(0);
  });
});
