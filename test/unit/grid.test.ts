import { describe, expect, it } from 'vitest';
import { NORTH_AMERICA_GRID as g, cellCenter, cellIndexAt } from '../../src/geo/grid';

describe('grid', () => {
  it('round-trips cell centres to their own index', () => {
    for (const i of [0, 1, g.cols - 1, g.cols, 12345, g.cols * g.rows - 1]) {
      const [lon, lat] = cellCenter(g, i);
      expect(cellIndexAt(g, lon, lat)).toBe(i);
    }
  });
  it('puts row 0 in the north and rejects points outside', () => {
    expect(cellCenter(g, 0)[1]).toBeGreaterThan(cellCenter(g, g.cols * (g.rows - 1))[1]);
    expect(cellIndexAt(g, -97, 10)).toBe(-1);
    expect(cellIndexAt(g, -40, 45)).toBe(-1);
    expect(cellIndexAt(g, -97, 80)).toBe(-1);
  });
  it('has square-ish cells of roughly 30 km at 45°N', () => {
    const i = cellIndexAt(g, -97, 45);
    const [, lat1] = cellCenter(g, i);
    const [, lat2] = cellCenter(g, i + g.cols);
    const heightKm = (lat1 - lat2) * 111.2;
    expect(heightKm).toBeGreaterThan(28);
    expect(heightKm).toBeLessThan(34);
  });
});
