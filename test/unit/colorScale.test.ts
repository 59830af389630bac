import { describe, expect, it } from 'vitest';
import { classIndex, classLabels, colorFor, hexToRgb, NO_DATA_COLOR, PALETTES } from '../../src/map/colorScale';

const scale = { breaks: [50, 70, 90], colors: ['#000001', '#000002', '#000003', '#000004'] };

describe('classed colour scale', () => {
  it('assigns values to classes at inclusive lower breaks', () => {
    expect([49.9, 50, 69.99, 70, 90, 500].map((v) => classIndex(scale, v))).toEqual([0, 1, 1, 2, 3, 3]);
  });
  it('gives missing values the no-data colour, never the first class', () => {
    expect(colorFor(scale, null)).toBe(NO_DATA_COLOR);
    expect(colorFor(scale, Number.NaN)).toBe(NO_DATA_COLOR);
    expect(colorFor(scale, 0)).toBe('#000001');
  });
  it('labels every class', () => {
    expect(classLabels(scale)).toEqual(['< 50', '50–70', '70–90', '≥ 90']);
  });
  it('palettes are valid hex colours', () => {
    for (const p of Object.values(PALETTES)) for (const c of p) expect(hexToRgb(c).every((x) => x >= 0 && x <= 255)).toBe(true);
  });
});
