// Power plants and transmission lines: the built files against figures read in the raw files
// (GPPD v1.3.0 country CSVs, GridKit 2016 links CSVs; quoted in each test), the nearby-power facts
// against brute force, the no-line-data rule, and the size budgets of the lazily loaded files.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadBaseQueryContextNode, loadPowerContextNode, publicDataPath } from '../../scripts/lib/nodeData';
import { queryPoint, type QueryContext } from '../../src/data/pointQuery';
import { nearbyPower } from '../../src/data/nearbyPower';
import { lineDataCovers, NO_LINE_DATA_REASON } from '../../src/data/lineCoverage';
import { voltageClass } from '../../src/data/transmissionLines';
import { haversineKm } from '../../src/geo/distance';
import { createSegmentIndex } from '../../src/geo/segmentIndex';

const power = loadPowerContextNode();
const base = loadBaseQueryContextNode();
const ctx: QueryContext = { ...base, power };
const plantNamed = (name: string) => power.plants.plants.filter((p) => p.name === name);

describe('plants.json against the GPPD v1.3.0 raw files', () => {
  it('Grand Coulee (gppd_database_USA.csv: 6809.0 MW, Hydro, 47.9575, -118.9773, EIA 2019)', () => {
    const [p] = plantNamed('Grand Coulee');
    expect(p).toMatchObject({ capacityMw: 6809, fuel: 'Hydro', lat: 47.9575, lon: -118.9773, country: 'US' });
    expect(p.source.year).toBe(2019);
    expect(p.source.name).toMatch(/U\.S\. Energy Information Administration/);
  });

  it('Adolfo López Mateos (Tuxpan) (gppd_database_MEX.csv: 2100.0 MW, Oil, owner CFE, 2016)', () => {
    const [p] = plantNamed('Adolfo López Mateos (Tuxpan)');
    expect(p).toMatchObject({ capacityMw: 2100, fuel: 'Oil', owner: 'CFE', country: 'MX', commissioningYear: null });
    expect(p.source.year).toBe(2016);
  });

  it('drops every 0 MW row, keeps every plant placed, names no fuel outside the legend', () => {
    expect(power.plants.plants.length).toBe(11209);
    expect(power.plants.plants.every((p) => p.capacityMw > 0 && Number.isFinite(p.lon) && Number.isFinite(p.lat))).toBe(true);
    const table = Papa.parse<Record<string, string>>(readFileSync('data/power-plants.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(table.length).toBe(power.plants.plants.length);
    expect(table.filter((r) => Number(r.capacity_mw) <= 0)).toEqual([]);
  });
});

describe('nearby generation', () => {
  it('sums the MW within 50 km by fuel as a brute-force scan does (around the Grand Coulee dam)', () => {
    const [lon, lat] = [-118.9, 47.9];
    const near = power.plants.plants.filter((p) => haversineKm(lon, lat, p.lon, p.lat) <= 50);
    const got = nearbyPower(power, lon, lat, 'US-WA');
    expect(got.capacityMw.value).toBe(Math.round(near.reduce((s, p) => s + p.capacityMw, 0)));
    const hydro = near.filter((p) => p.fuel === 'Hydro').reduce((s, p) => s + p.capacityMw, 0);
    expect(got.byFuel.find((f) => f.fuel === 'Hydro')?.capacityMw).toBeCloseTo(hydro, 1);
    expect(got.byFuel[0].label).toBe('Hydro');
    expect(got.firmLowCarbonSharePct?.value).toBeGreaterThan(90);
  });

  it('names the nearest plant of 100 MW or more as a brute-force scan does', () => {
    for (const [lon, lat] of [[-97, 31], [-75, 45], [-100, 25], [-110, 60]]) {
      const best = power.plants.plants.filter((p) => p.capacityMw >= 100).map((p) => ({ p, d: haversineKm(lon, lat, p.lon, p.lat) })).sort((a, b) => a.d - b.d)[0];
      const got = nearbyPower(power, lon, lat, null).nearestLargePlant;
      expect(got?.name).toBe(best.p.name);
      expect(got?.distanceKm).toBeCloseTo(best.d, best.d < 10 ? 1 : 0);
    }
  });

  it('has no share to give where no plant is within 50 km', () => {
    const got = nearbyPower(power, -140, 70, null);
    expect(got.capacityMw.value).toBe(0);
    expect(got.firmLowCarbonSharePct).toBeNull();
  });
});

describe('distance to the nearest line', () => {
  it('0.05° south of the middle of a 500 kV line (USA-South links, l_id 94805: LINESTRING(-83.2097 36.7776, -83.7558 36.7953), 500000 V)', () => {
    const facts = queryPoint(ctx, -83.48264, 36.73659).power!;
    // 0.05° of latitude is 5.56 km; the line runs ~2° off east–west.
    expect(facts.line345.distance?.value).toBeGreaterThan(5.3);
    expect(facts.line345.distance?.value).toBeLessThanOrEqual(5.6);
    expect(facts.line345.distance?.note).toMatch(/500 kV/);
    expect(facts.line230.distance!.value).toBeLessThanOrEqual(facts.line345.distance!.value);
    expect(facts.line345.distance?.unit).toBe('km');
  });

  it('a western point (Las Vegas, NV) reports no line data with its reason, not a distance', () => {
    const facts = queryPoint(ctx, -115.14, 36.17).power!;
    for (const l of [facts.line230, facts.line345]) {
      expect(l.distance).toBeNull();
      expect(l.reason).toBe(NO_LINE_DATA_REASON);
      expect(l.reason).toMatch(/^no line data for this area \(OSM GridKit 2016 covers /);
    }
    expect(lineDataCovers('US-NV')).toBe(false);
    expect(lineDataCovers('US-TX')).toBe(true);
  });

  it('near the edge of the no-data area, gives no distance when that area is nearer than the line found', () => {
    // Nebraska, 4 km from Wyoming: the nearest mapped line lies farther than the state line.
    const facts = queryPoint(ctx, -104.0, 42.5).power!;
    expect(facts.line345.distance).toBeNull();
    expect(facts.line345.reason).toMatch(/nearer than the area with no line data/);
    // Scottsbluff, NE: a 230 kV line 5 km away is nearer than Wyoming, so it is given.
    expect(queryPoint(ctx, -103.66, 41.87).power!.line230.distance?.value).toBeGreaterThan(0);
  });

  it('classes voltages as the legend does', () => {
    expect([765, 500, 499, 345, 315, 230, 138, 0].map(voltageClass)).toEqual(['kv500', 'kv500', 'kv345', 'kv345', 'kv230', 'kv230', 'kvLow', 'kvUnknown']);
  });
});

describe('segment index', () => {
  it('finds the nearest segment as a dense brute-force sampling along every segment does', () => {
    let s = 7;
    const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const coords: number[] = [];
    for (let i = 0; i < 300; i++) {
      const lon = -100 + 20 * rnd(), lat = 30 + 25 * rnd();
      coords.push(lon, lat, lon + (rnd() - 0.5) * 0.6, lat + (rnd() - 0.5) * 0.6);
    }
    const index = createSegmentIndex(coords);
    for (let q = 0; q < 40; q++) {
      const lon = -100 + 20 * rnd(), lat = 30 + 25 * rnd();
      let best = Infinity;
      for (let i = 0; i < 300; i++) {
        for (let k = 0; k <= 400; k++) {
          const t = k / 400;
          best = Math.min(best, haversineKm(lon, lat, coords[4 * i] + t * (coords[4 * i + 2] - coords[4 * i]), coords[4 * i + 1] + t * (coords[4 * i + 3] - coords[4 * i + 1])));
        }
      }
      const hit = index.nearest(lon, lat, 3000);
      expect(hit).not.toBeNull();
      // Sampling every 1/400 of a ≤ 50 km segment overshoots by < 0.1 km.
      expect(Math.abs(hit!.distanceKm - best)).toBeLessThan(0.1 + 0.003 * best);
    }
  });

  it('finds nothing beyond maxKm', () => {
    expect(createSegmentIndex([0, 0, 0.1, 0]).nearest(0, 5, 100)).toBeNull();
    expect(createSegmentIndex([0, 0, 0.1, 0]).nearest(0, 0.5, 100)?.distanceKm).toBeCloseTo(55.6, 0);
  });
});

describe('layer file budgets (gzip)', () => {
  const gz = (name: string) => gzipSync(readFileSync(publicDataPath(name))).length;
  it('plants.json ≤ 400 KB, lines.json ≤ 1 MB', () => {
    expect(gz('plants.json')).toBeLessThanOrEqual(400 * 1024);
    expect(gz('lines.json')).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe('the point query without the power files', () => {
  it('leaves the nearby-power field out rather than reporting zeros', () => {
    expect(queryPoint(base, -97, 31).power).toBeUndefined();
    expect(queryPoint(ctx, -97, 31).power?.capacityMw.value).toBeGreaterThan(0);
  });
});

describe('point card rows', () => {
  it('cite the nearby-power facts, say "no data" with the reason in the West, and "loading" before the files arrive', async () => {
    const { nearbyPowerRows } = await import('../../src/ui/pointFactRows');
    const east = nearbyPowerRows(queryPoint(ctx, -83.48264, 36.73659).power);
    const line345 = east.find((r) => r.label === 'Nearest line ≥ 345 kV')!;
    expect(line345.value).toMatch(/^5\.\d km$/);
    expect(line345.source?.url).toBe('https://doi.org/10.5281/zenodo.250427');
    expect(line345.year).toBe(2016);
    const west = nearbyPowerRows(queryPoint(ctx, -115.14, 36.17).power);
    const line230 = west.find((r) => r.label === 'Nearest line ≥ 230 kV')!;
    expect(line230.value).toBe('no data');
    expect(line230.note).toBe(NO_LINE_DATA_REASON);
    expect(west.find((r) => r.label.startsWith('Generation within'))?.source?.name).toMatch(/Global Power Plant Database/);
    expect(nearbyPowerRows(undefined)).toEqual([{ label: 'Nearby power', value: 'loading the plant and line data…' }]);
  });
});
