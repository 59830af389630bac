import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findRegions } from '../../src/scoring/findRegions';
import { cellBounds, cellCenter, SUITABILITY_GRID, type GridSpec } from '../../src/geo/grid';
import { regionsGeoJson } from '../../src/scoring/regionsGeoJson';

const geojsonhint = createRequire(import.meta.url)('@mapbox/geojsonhint') as { hint(s: string): { message: string }[] };

/** A small grid from a picture: digits are scores ×10, '.' is no score (NaN). Row 0 is the north row. */
function gridOf(picture: string[]): { g: GridSpec; scores: Float32Array } {
  const rows = picture.length;
  const cols = picture[0].length;
  // Same west and cell size as the app, a few rows from the Equator.
  const g: GridSpec = { west: -100, south: 0, north: 0, cellDegLon: 1, cols, rows };
  const DEG = Math.PI / 180;
  g.north = (2 * Math.atan(Math.exp(rows * DEG)) - Math.PI / 2) / DEG;
  const scores = new Float32Array(rows * cols);
  picture.forEach((line, r) => [...line].forEach((ch, c) => (scores[r * cols + c] = ch === '.' ? Number.NaN : Number(ch) * 10)));
  return { g, scores };
}

const signedArea = (ring: [number, number][]) => {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
};

describe('Find regions', () => {
  it('groups edge-connected cells; cells touching only at a corner are separate regions', () => {
    const { g, scores } = gridOf([
      '99..',
      '9..8',
      '..8.',
      '....',
    ]);
    const r = findRegions(g, scores, 70);
    expect(r.found).toBe(3);
    expect(r.regions.map((x) => x.cells)).toEqual([3, 1, 1]);
    expect(r.regions[0].bestScore).toBe(90);
    expect(r.regions.map((x) => x.rank)).toEqual([1, 2, 3]);
  });

  it('the threshold is inclusive, NaN never qualifies, and limits say what they left out', () => {
    const { g, scores } = gridOf(['7.7', '...', '6.9']);
    expect(findRegions(g, scores, 70).regions).toHaveLength(3);
    expect(findRegions(g, scores, 71).regions).toHaveLength(1);
    const capped = findRegions(g, scores, 60, { maxRegions: 2 });
    expect(capped.regions).toHaveLength(2);
    expect(capped.leftOut).toBe(2);
    expect(findRegions(g, scores, 60, { minCells: 2 }).tooSmall).toBe(4);
  });

  it('a ring of high cells around a low one is one region whose polygon has a hole', () => {
    const { g, scores } = gridOf([
      '88888',
      '83338',
      '83138',
      '83338',
      '88888',
    ]);
    const r = findRegions(g, scores, 80);
    expect(r.regions).toHaveLength(1);
    const rings = r.regions[0].rings;
    expect(rings).toHaveLength(2);
    expect(signedArea(rings[0])).toBeGreaterThan(0); // outer counter-clockwise
    expect(signedArea(rings[1])).toBeLessThan(0); // hole clockwise
    // Straight runs merged: the outer ring is the grid's four corners (plus the closing point).
    expect(rings[0]).toHaveLength(5);
    expect(rings[1]).toHaveLength(5);
    for (const ring of rings) expect(ring[0]).toEqual(ring[ring.length - 1]);
    const fc = regionsGeoJson(r, { facilityType: 'AI data center', threshold: 80, generatedAt: '2026-12-02T00:00:00Z' });
    expect(geojsonhint.hint(JSON.stringify(fc))).toEqual([]);
  });

  it('a U whose arms touch at a corner traces rings that never cross', () => {
    const { g, scores } = gridOf([
      '9.9',
      '9.9',
      '999',
    ]);
    const r = findRegions(g, scores, 90);
    expect(r.regions).toHaveLength(1);
    expect(r.regions[0].rings).toHaveLength(1);
    expect(signedArea(r.regions[0].rings[0])).toBeGreaterThan(0);
    const fc = regionsGeoJson(r, { facilityType: 'Bitcoin mining', threshold: 90, generatedAt: '2026-12-02T00:00:00Z' });
    expect(geojsonhint.hint(JSON.stringify(fc))).toEqual([]);
  });

  it('a region touching itself at a corner: a hole that meets the outer ring at that one vertex, still valid', () => {
    const { g, scores } = gridOf([
      '99.',
      '9.9',
      '999',
    ]);
    const r = findRegions(g, scores, 90);
    expect(r.regions).toHaveLength(1);
    const rings = r.regions[0].rings;
    expect(rings).toHaveLength(2);
    expect(signedArea(rings[0])).toBeGreaterThan(0);
    expect(signedArea(rings[1])).toBeLessThan(0);
    // Every vertex of a ring appears once (no ring passes through itself).
    for (const ring of rings) expect(new Set(ring.slice(0, -1).map((p) => p.join())).size).toBe(ring.length - 1);
    const fc = regionsGeoJson(r, { facilityType: 'Hybrid', threshold: 90, generatedAt: '2026-12-02T00:00:00Z' });
    expect(geojsonhint.hint(JSON.stringify(fc))).toEqual([]);
  });

  it('areas are spherical cell areas; the mean is area-weighted; the best point is its cell centre', () => {
    const g = SUITABILITY_GRID;
    const scores = new Float32Array(g.cols * g.rows).fill(Number.NaN);
    const a = 400 * g.cols + 600;
    scores[a] = 90;
    scores[a + 1] = 70;
    const r = findRegions(g, scores, 60);
    const [w, s, e, n] = cellBounds(g, a);
    const R = 6371.0088;
    const oneCell = R * R * (e - w) * (Math.PI / 180) * Math.abs(Math.sin((n * Math.PI) / 180) - Math.sin((s * Math.PI) / 180));
    expect(r.regions[0].areaKm2).toBeCloseTo(2 * oneCell, 6);
    expect(r.regions[0].meanScore).toBeCloseTo(80, 6);
    expect(r.regions[0].bestPoint).toEqual(cellCenter(g, a));
  });

  it('names the nearest market and its great-circle distance from the best cell', () => {
    const { g, scores } = gridOf(['9']);
    const r = findRegions(g, scores, 50, { markets: [{ name: 'Far', lon: 0, lat: 0 }, { name: 'Near', lon: -99.5, lat: 1.5 }] });
    expect(r.regions[0].nearestMarket?.name).toBe('Near');
    expect(r.regions[0].nearestMarket!.km).toBeGreaterThan(50);
    expect(r.regions[0].nearestMarket!.km).toBeLessThan(120);
  });

  it('runs over the full 0.1° grid (time printed, not asserted)', () => {
    const g = SUITABILITY_GRID;
    const n = g.cols * g.rows;
    let s = 7;
    const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    // Smooth-ish field: bands plus noise, 45 % land.
    const scores = Float32Array.from({ length: n }, (_, i) => {
      const r = (i / g.cols) | 0;
      const c = i % g.cols;
      if ((c + r) % 9 < 4) return Number.NaN;
      return 50 + 30 * Math.sin(c / 37) * Math.cos(r / 23) + 10 * rnd();
    });
    const t0 = performance.now();
    const r = findRegions(g, scores, 75, { maxRegions: 200 });
    const ms = performance.now() - t0;
    console.log(`findRegions over ${n.toLocaleString('en-US')} cells: ${r.found} regions, ${ms.toFixed(0)} ms`);
    expect(r.found).toBeGreaterThan(10);
  });
});
