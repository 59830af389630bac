import { describe, expect, it } from 'vitest';
import { cellOutline } from '../../src/geo/cellOutline';
import { cellBounds, cellIndexAt, NORTH_AMERICA_GRID as G } from '../../src/geo/grid';

describe('cellOutline', () => {
  it('is a closed ring on the edges of the cell that contains the point', () => {
    const cell = cellIndexAt(G, -97.74, 30.27);
    const f = cellOutline(G, cell);
    const ring = f.geometry.coordinates;
    expect(f.properties.cell).toBe(cell);
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    const [w, s, e, n] = cellBounds(G, cell);
    expect(ring.map((p) => p[0]).sort()).toEqual([e, e, w, w, w].sort());
    expect(new Set(ring.map((p) => p[1]))).toEqual(new Set([s, n]));
    expect(w).toBeLessThanOrEqual(-97.74);
    expect(e).toBeGreaterThan(-97.74);
    expect(s).toBeLessThanOrEqual(30.27);
    expect(n).toBeGreaterThan(30.27);
    // Just inside each edge is the same cell; the neighbour's outline shares the edge.
    expect(cellIndexAt(G, w + 1e-6, s + 1e-6)).toBe(cell);
    expect(cellIndexAt(G, e - 1e-6, n - 1e-6)).toBe(cell);
    expect(cellOutline(G, cell + 1).geometry.coordinates[0][0]).toBeCloseTo(e, 9);
  });
});
