import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, haversineKm } from '../../src/geo/distance';

describe('haversineKm', () => {
  it('is zero at the same point and symmetric', () => {
    expect(haversineKm(-97.74, 30.27, -97.74, 30.27)).toBe(0);
    expect(haversineKm(-74.006, 40.7128, -118.2437, 34.0522)).toBeCloseTo(haversineKm(-118.2437, 34.0522, -74.006, 40.7128), 9);
  });

  it('gives one degree of latitude and a quarter meridian', () => {
    expect(haversineKm(-100, 40, -100, 41)).toBeCloseTo((Math.PI / 180) * EARTH_RADIUS_KM, 6); // 111.195 km
    expect(haversineKm(0, 0, 0, 90)).toBeCloseTo(10007.54, 1);
    expect(haversineKm(0, 0, 180, 0)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });

  it('matches known city distances (spherical model)', () => {
    // New York – Los Angeles ≈ 3,936 km; Montréal – Toronto ≈ 504 km; across the antimeridian.
    expect(haversineKm(-74.006, 40.7128, -118.2437, 34.0522)).toBeCloseTo(3935.8, 0);
    expect(haversineKm(-73.5673, 45.5017, -79.3832, 43.6532)).toBeCloseTo(504, -1);
    expect(haversineKm(179.5, 52, -179.5, 52)).toBeCloseTo(haversineKm(-0.5, 52, 0.5, 52), 6);
  });
});
