// The suitability surface shows how much each cell's colour rests on: full coverage opaque, partial
// coverage paler, under 50 % hatched as "insufficient data", water/excluded transparent.
import { describe, expect, it } from 'vitest';
import { SCORE_SCALE } from '../../src/map/layers/suitability';
import { FULL_COVERAGE_ALPHA, MIN_COVERAGE_ALPHA, paintScoresByCoverage } from '../../src/map/surfaceRaster';
import { colorFor, hexToRgb } from '../../src/map/colorScale';

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

describe('paintScoresByCoverage with a threshold', () => {
  const scores = Float32Array.from([59.9, 60, 85, Number.NaN, Number.NaN]);
  const coverage = Uint8Array.from([100, 100, 70, 30, 0]);
  const paint = (threshold: number | null) => {
    const rgba = new Uint8ClampedArray(scores.length * 4);
    paintScoresByCoverage(scores, coverage, 5, SCORE_SCALE, rgba, threshold);
    return rgba;
  };

  it('hides scored cells below it and leaves the others as without it', () => {
    const none = paint(null);
    const t60 = paint(60);
    expect(none[3]).toBe(FULL_COVERAGE_ALPHA);
    expect(t60[3]).toBe(0);
    // At and above: colour and coverage alpha kept, byte for byte.
    expect(Array.from(t60.slice(4, 12))).toEqual(Array.from(none.slice(4, 12)));
    expect(t60[7]).toBe(FULL_COVERAGE_ALPHA);
    // Unscored cells are not known to be below it: the hatch stays, blank stays blank.
    expect(Array.from(t60.slice(12, 20))).toEqual(Array.from(none.slice(12, 20)));
    expect(t60[15]).toBeGreaterThan(0);
    expect(t60[19]).toBe(0);
  });

  it('repaints into the same buffer when the threshold is lowered again', () => {
    const rgba = new Uint8ClampedArray(scores.length * 4);
    paintScoresByCoverage(scores, coverage, 5, SCORE_SCALE, rgba, 90);
    expect(rgba[11]).toBe(0);
    paintScoresByCoverage(scores, coverage, 5, SCORE_SCALE, rgba, 0);
    expect(Array.from(rgba)).toEqual(Array.from(paint(null)));
  });
});

describe('paintScoresByCoverage colours', () => {
  it('gives every score the colour of its class, on either side of each break', () => {
    const values = [0, 0.4, 9.99, 10, 19.999, 20, 59.999, 60, 89.99, 90, 99.9, 100];
    const scores = Float32Array.from(values);
    const rgba = new Uint8ClampedArray(scores.length * 4);
    paintScoresByCoverage(scores, new Uint8Array(scores.length).fill(100), scores.length, SCORE_SCALE, rgba);
    scores.forEach((v, i) => expect(Array.from(rgba.slice(i * 4, i * 4 + 3)), `score ${v}`).toEqual(hexToRgb(colorFor(SCORE_SCALE, v))));
  });

  it('uses the breaks themselves when they are not whole numbers', () => {
    const scale = { breaks: [50.5], colors: ['#000000', '#ffffff'] };
    const rgba = new Uint8ClampedArray(8);
    paintScoresByCoverage(Float32Array.from([50.2, 50.7]), Uint8Array.from([100, 100]), 2, scale, rgba);
    expect(Array.from(rgba.slice(0, 3))).toEqual([0, 0, 0]);
    expect(Array.from(rgba.slice(4, 7))).toEqual([255, 255, 255]);
  });
});
