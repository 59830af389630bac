import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { haversineKm } from '../../src/geo/distance';
import { createInterpolator, type StationValue } from '../../src/geo/interpolate';
import { createPointIndex } from '../../src/geo/pointIndex';

// A small irregular network around Kansas, values unrelated to position on purpose.
const stations: StationValue[] = [
  { lon: -98.0, lat: 38.0, value: 10 },
  { lon: -97.0, lat: 38.4, value: 14 },
  { lon: -96.2, lat: 37.7, value: 7 },
  { lon: -97.6, lat: 39.1, value: 12 },
  { lon: -98.9, lat: 38.6, value: 5 },
  { lon: -96.8, lat: 36.9, value: 16 },
  { lon: -95.9, lat: 38.9, value: 9 },
];
const opts = { k: 3, power: 2, maxRadiusKm: 300 };
const interp = createInterpolator(stations, opts);

describe('createInterpolator (modified Shepard IDW)', () => {
  it('is exact at every station', () => {
    for (const s of stations) expect(interp.valueAt(s.lon, s.lat)).toBe(s.value);
  });

  it('stays within the range of the neighbours it uses', () => {
    const index = createPointIndex(stations);
    fc.assert(
      fc.property(fc.double({ min: -99.5, max: -95.5, noNaN: true }), fc.double({ min: 36.5, max: 39.5, noNaN: true }), (lon, lat) => {
        const v = interp.valueAt(lon, lat);
        const near = index.nearest(lon, lat, opts.k, opts.maxRadiusKm).map((h) => stations[h.index].value);
        expect(v).toBeGreaterThanOrEqual(Math.min(...near) - 1e-9);
        expect(v).toBeLessThanOrEqual(Math.max(...near) + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('is smooth along a fine transect, even where the neighbour set changes', () => {
    // 4,000 steps of ~100 m across the network: with k = 3 of 7 stations the set of neighbours
    // changes many times; a jump would show as a step far above the local slope.
    const steps = 4000;
    let prev = interp.valueAt(-99.2, 37.0);
    let maxStep = 0;
    for (let i = 1; i <= steps; i++) {
      const v = interp.valueAt(-99.2 + (3.5 * i) / steps, 37.0 + (2.3 * i) / steps);
      expect(Number.isFinite(v)).toBe(true);
      maxStep = Math.max(maxStep, Math.abs(v - prev));
      prev = v;
    }
    // Range is 11 °C over ~400 km; steps of ~100 m must stay well under 0.1.
    expect(maxStep).toBeLessThan(0.1);
  });

  it('returns NaN (no data) beyond the search radius, not an extrapolation', () => {
    expect(interp.valueAt(-80, 30)).toBeNaN();
    // Just inside / outside 300 km of the single nearest station.
    const lone = createInterpolator([{ lon: -100, lat: 50, value: 3 }], opts);
    const dLat = 299 / 111.195;
    expect(lone.valueAt(-100, 50 + dLat)).toBe(3);
    expect(lone.valueAt(-100, 50 + 301 / 111.195)).toBeNaN();
  });

  it('ignores stations without a value', () => {
    const withGap = createInterpolator([...stations, { lon: -97.3, lat: 38.1, value: Number.NaN }], opts);
    expect(withGap.valueAt(-97.3, 38.1)).toBe(interp.valueAt(-97.3, 38.1));
  });
});

describe('createPointIndex', () => {
  it('finds exactly the great-circle nearest points, also at high latitude and across the antimeridian', () => {
    const pts = Array.from({ length: 400 }, (_, i) => ({ lon: ((i * 137.5) % 360) - 180, lat: 10 + ((i * 71.3) % 75) }));
    const index = createPointIndex(pts);
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: 10, max: 85, noNaN: true }), (lon, lat) => {
        const brute = pts.map((p, i) => ({ i, d: haversineKm(lon, lat, p.lon, p.lat) })).sort((a, b) => a.d - b.d || a.i - b.i);
        const got = index.nearest(lon, lat, 5, 3000);
        const want = brute.filter((b) => b.d <= 3000).slice(0, 5);
        expect(got.map((h) => h.distanceKm)).toEqual(want.map((b) => b.d));
      }),
      { numRuns: 200 },
    );
  });
});
