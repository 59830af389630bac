import { describe, expect, it } from 'vitest';
import type { ClimateStationPoint } from '../../src/data/climatePoints';
import { climateAt, createClimateField, MAX_ELEVATION_DIFF_M, type ClimateVariable } from '../../src/data/climateField';
import { queryPoint } from '../../src/data/pointQuery';
import { sampleAt, SURFACE_VARIABLE } from '../../src/data/surface';
import { cellCenter, cellIndexAt, NORTH_AMERICA_GRID } from '../../src/geo/grid';
import { createInterpolator } from '../../src/geo/interpolate';
import { cellLandPoint } from '../../src/geo/landCell';
import { createPointIndex } from '../../src/geo/pointIndex';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';

const ctx = loadQueryContextNode();
const grid = ctx.surface.meta.grid;

/** Gazetteer positions (public/data/gazetteer.json) of towns whose surface cell centre is at sea. */
const COASTAL: [string, number, number][] = [
  ['Boston', -71.0598, 42.3584],
  ['San Francisco', -122.4194, 37.7749],
  ['Tampa', -82.4584, 27.9475],
  ['Galveston', -94.7977, 29.3014],
  ['Milwaukee', -87.9065, 43.0389],
  ['Virginia Beach', -75.978, 36.8529],
  ['Halifax', -63.5729, 44.6464],
  ["St. John's", -52.7093, 47.5649],
  ['Saguenay', -71.0657, 48.4168],
  ['Rimouski', -68.524, 48.4488],
  ['Mazatlán', -106.4062, 23.2329],
  ['Campeche', -90.5255, 19.8439],
];

describe('climate at coastal towns', () => {
  it.each(COASTAL)('%s: the point and its surface cell both have climate, though the cell centre is at sea', (_name, lon, lat) => {
    const [clon, clat] = cellCenter(grid, cellIndexAt(grid, lon, lat));
    expect(ctx.regionIndex.containingRegion(clon, clat)).toBeNull(); // the case that used to give no climate
    const p = queryPoint(ctx, lon, lat);
    expect(p.climate.annualMeanC).not.toBeNull();
    expect(p.climate.nearestStation!.distanceKm).toBeLessThan(300);
    if (p.region!.country !== 'MX') {
      expect(p.climate.summerMaxC).not.toBeNull();
      expect(p.climate.cdd).not.toBeNull();
    }
    expect(sampleAt(ctx.surface, SURFACE_VARIABLE.annualMeanC, lon, lat)).not.toBeNaN();
  });

  it('names the stations and the nearest one in the note', () => {
    const boston = queryPoint(ctx, -71.0598, 42.3584).climate.summerMaxC!;
    expect(boston.note).toMatch(/^Interpolated at this point between 8 stations \(inverse-distance weights\): BOSTON LOGAN INTL AP 4\.0 km \(86 %\), JAMAICA PLAIN 8\.1 km \(13 %\); 6 more stations 1 % together\./);
    expect(boston.note).toContain('Nearest station: BOSTON LOGAN INTL AP, 4.0 km, 4 m.');
    expect(boston.period).toBe('2006-2020');
    expect(boston.source).toBe('NOAA NCEI U.S. Climate Normals 2006-2020 v1.0.1, annual/seasonal multivariate by station (c20230404)');
  });
});

/** The rule written out independently: same-side stations within the elevation band of the nearest one, then plain IDW. */
function expectedValue(lon: number, lat: number, country: 'US' | 'CA' | 'MX', variable: ClimateVariable): number {
  const side = ctx.stations.filter((s) => (s.country === 'MX') === (country === 'MX') && (s.annualMeanC !== null || s.summerMaxC !== null || s.cdd !== null));
  const nearest = side[createPointIndex(side).nearest(lon, lat, 1, 20_000)[0].index];
  const band = side.filter((s) => s[variable] !== null && Math.abs((s.elevationM as number) - (nearest.elevationM as number)) <= MAX_ELEVATION_DIFF_M);
  return createInterpolator(band.map((s) => ({ lon: s.lon, lat: s.lat, value: s[variable] as number }))).valueAt(lon, lat);
}

describe('the point value is the IDW of the station table', () => {
  const field = createClimateField(ctx.stations);
  it.each([
    ['Denver', -104.9847, 39.7392, 'US'],
    ['Boston', -71.0598, 42.3584, 'US'],
    ['Flagstaff', -111.6513, 35.1981, 'US'],
    ['Halifax', -63.5729, 44.6464, 'CA'],
    ['Saguenay', -71.0657, 48.4168, 'CA'],
    ['Mexico City', -99.13, 19.43, 'MX'],
    ['Mazatlán', -106.4062, 23.2329, 'MX'],
  ] as const)('%s', (_name, lon, lat, country) => {
    const p = queryPoint(ctx, lon, lat);
    for (const variable of ['annualMeanC', 'summerMaxC', 'cdd'] as const) {
      const expected = expectedValue(lon, lat, country, variable);
      expect(field.valueAt(lon, lat, country, variable)).toBe(Number.isNaN(expected) ? Number.NaN : expected);
      if (Number.isNaN(expected)) expect(p.climate[variable]).toBeNull();
      else expect(p.climate[variable]!.value).toBe(Math.round(expected * 10) / 10);
    }
  });

  it('the surface cell holds the field value at the cell centre', () => {
    const cell = cellIndexAt(grid, -104.9847, 39.7392); // Denver: centre on land
    const [lon, lat] = cellCenter(grid, cell);
    expect(ctx.surface.values[SURFACE_VARIABLE.summerMaxC][cell]).toBeCloseTo(field.valueAt(lon, lat, 'US', 'summerMaxC'), 2);
  });
});

describe('Mexico takes its climate from Mexican stations only', () => {
  it.each([
    ['Monterrey', -100.32, 25.69],
    ['Hermosillo', -110.98, 29.07],
    ['Ciudad Juárez', -106.4608, 31.7202],
  ])('%s: degree days are no data, with the reason, and temperatures come from Mexican stations', (_name, lon, lat) => {
    const p = queryPoint(ctx, lon, lat);
    expect(p.region!.country).toBe('MX');
    expect(p.climate.cdd).toBeNull();
    expect(p.climate.noDataReason?.cdd).toMatch(/SMN\) publish no degree days, and degree days are not taken from stations across the border/);
    expect(p.climate.annualMeanC).not.toBeNull();
    const field = createClimateField(ctx.stations);
    const s = field.sample(lon, lat, 'MX', 'annualMeanC');
    expect(s.value).not.toBeNull();
    if (s.value !== null) expect(s.contributions.every((c) => c.station.country === 'MX')).toBe(true);
  });

  it('a US border town takes no Mexican station', () => {
    const field = createClimateField(ctx.stations);
    const s = field.sample(-106.4869, 31.7587, 'US', 'annualMeanC'); // El Paso
    expect(s.value).not.toBeNull();
    if (s.value !== null) expect(s.contributions.every((c) => c.station.country !== 'MX')).toBe(true);
  });
});

describe('no mountain station sets a sea-level value', () => {
  it('Mazatlán: El Salto (2,538 m) and Cendradillas (2,270 m) take no part', () => {
    const field = createClimateField(ctx.stations);
    for (const variable of ['annualMeanC', 'summerMaxC'] as const) {
      const s = field.sample(-106.4062, 23.2329, 'MX', variable);
      expect(s.value).not.toBeNull();
      if (s.value === null) continue;
      const ids = s.contributions.map((c) => c.station.id);
      expect(ids).not.toContain('SMN-10093');
      expect(ids).not.toContain('SMN-10006');
      expect(s.contributions.every((c) => (c.station.elevationM as number) < 500)).toBe(true);
    }
    // El Salto alone would give 23.2 °C; a sea-level station gives a sea-level summer.
    expect(queryPoint(ctx, -106.4062, 23.2329).climate.summerMaxC!.value).toBeGreaterThan(30);
  });

  const station = (id: string, lon: number, elevationM: number, values: Partial<ClimateStationPoint>): ClimateStationPoint => ({
    id, name: id, country: 'MX', lon, lat: 23, elevationM, period: '1991-2020', annualMeanC: null, summerMaxC: null, cdd: null, cddBaseC: null,
    source: 'test', sourceUrl: 'https://example.org', quality: 'primary', warmestMonthMaxC: null, note: null, ...values,
  });

  it('shows no data rather than a mountain value where no station near the coast has one', () => {
    // A coastal station with a mean only, and a nearer-to-the-summer-question mountain station 60 km inland.
    const field = createClimateField([
      station('COAST', -106.4, 5, { annualMeanC: 25 }),
      station('MOUNTAIN', -105.8, 2500, { annualMeanC: 10, summerMaxC: 23 }),
    ]);
    const at = climateAt(field, -106.39, 23, 'MX');
    expect(at.annualMeanC!.value).toBe(25); // the mountain's 10 °C is not blended in
    expect(at.summerMaxC).toBeNull();
    expect(at.noDataReason?.summerMaxC).toContain(`within ${MAX_ELEVATION_DIFF_M} m of the nearest station (COAST, 5 m)`);
    // In the mountains, the mountain station is the nearest and gives its value.
    expect(climateAt(field, -105.81, 23, 'MX').summerMaxC!.value).toBe(23);
  });
});

describe('land point of a cell', () => {
  it('is the centre on land, else the land point nearest the centre, else none', () => {
    const cell = cellIndexAt(NORTH_AMERICA_GRID, -100, 40);
    const [clon] = cellCenter(NORTH_AMERICA_GRID, cell);
    expect(cellLandPoint(NORTH_AMERICA_GRID, cell, () => true)).toEqual(cellCenter(NORTH_AMERICA_GRID, cell));
    expect(cellLandPoint(NORTH_AMERICA_GRID, cell, () => false)).toBeNull();
    // Land only west of a line 0.1° west of the centre: the point found is on land, just west of the line.
    const p = cellLandPoint(NORTH_AMERICA_GRID, cell, (lon) => lon < clon - 0.1)!;
    expect(p[0]).toBeLessThan(clon - 0.1);
    expect(p[0]).toBeGreaterThan(clon - 0.1 - 0.4 / 16);
  });
});
