import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/geo/distance';
import { nearestPoint, roundTripMs } from '../../src/geo/latency';
import { parseLatencyModel } from '../../scripts/build/connectivity';
import { readFileSync } from 'node:fs';

describe('latency model', () => {
  it('round trip = 2 × km × route factor / fibre km per ms', () => {
    const model = { routeFactor: 2.1, fibreKmPerMs: 204.19 };
    expect(roundTripMs(0, model)).toBe(0);
    expect(roundTripMs(1000, model)).toBeCloseTo((2 * 1000 * 2.1) / 204.19, 12); // 20.57 ms
    expect(roundTripMs(500, { routeFactor: 1, fibreKmPerMs: 200 })).toBe(5);
  });

  it('reads its figures from data/latency-model.csv, cited', () => {
    const m = parseLatencyModel(readFileSync('data/latency-model.csv', 'utf8'));
    expect(m.routeFactor).toBe(2.1);
    expect(m.fibreKmPerMs).toBe(204.19);
    expect(m.sourceUrl).toBe('https://arxiv.org/abs/1811.10737');
    expect(m.source).toContain('mapyourtech.com');
  });

  it('finds the nearest point by great-circle distance', () => {
    const pts = [
      { id: 'ashburn', lon: -77.48749, lat: 39.04372 },
      { id: 'dallas', lon: -96.80667, lat: 32.78306 },
    ];
    const near = nearestPoint(pts, -97.7431, 30.2672); // Austin
    expect(near?.point.id).toBe('dallas');
    expect(near?.distanceKm).toBeCloseTo(haversineKm(-97.7431, 30.2672, -96.80667, 32.78306), 9);
    expect(nearestPoint([], 0, 0)).toBeNull();
  });
});
