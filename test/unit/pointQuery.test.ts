import { describe, expect, it } from 'vitest';
import { queryPoint } from '../../src/data/pointQuery';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';

const ctx = loadQueryContextNode();

describe('queryPoint', () => {
  it('Austin: Texas facts, ERCOT hub, climate from the surface, latency to the nearest market', () => {
    const p = queryPoint(ctx, -97.7431, 30.2672);
    expect(p.region?.code).toBe('US-TX');
    expect(p.retailPrice).toMatchObject({ unit: 'USD/MWh', year: 2023, quality: 'primary' });
    expect(p.retailPrice!.value).toBeCloseTo(ctx.facts.regions['US-TX'].retailIndustrial!.value, 6);
    expect(p.carbon?.unit).toBe('gCO2e/kWh');
    expect(p.wholesale?.market).toBe('ERCOT');
    expect(p.climate.annualMeanC!.value).toBeGreaterThan(18);
    expect(p.climate.annualMeanC!.value).toBeLessThan(23);
    expect(p.climate.nearestStation?.distanceKm).toBeLessThan(50);
    expect(p.latency.roundTripMs?.unit).toBe('ms');
    expect(p.latency.nearestMarket?.name).toMatch(/Austin/);
  });

  it('Monterrey: national carbon factor, no land value (no Mexican source)', () => {
    const p = queryPoint(ctx, -100.3161, 25.6866);
    expect(p.region?.code).toBe('MX-NLE');
    expect(p.carbon?.note ?? '').toMatch(/national/i);
    expect(p.landValue).toBeNull();
  });

  it('Montréal: a mining restriction is reported', () => {
    const p = queryPoint(ctx, -73.5673, 45.5017);
    expect(p.region?.code).toBe('CA-QC');
    expect(p.miningRestrictions.length).toBeGreaterThan(0);
    expect(p.miningRestrictions.every((r) => r.restrictsMining)).toBe(true);
  });

  it('offshore: no region, so no regional facts and no climate, never zeros', () => {
    const p = queryPoint(ctx, -90, 25);
    expect(p.region).toBeNull();
    expect(p.retailPrice).toBeNull();
    expect(p.carbon).toBeNull();
    expect(p.climate.annualMeanC).toBeNull();
    expect(p.wholesale).toBeNull();
  });
});

describe('shortPeriod', () => {
  it('keeps the main period and counts the rest', async () => {
    const { shortPeriod } = await import('../../src/data/surface');
    expect(shortPeriod('2006-2020 ×5801, unknown (source gives none) ×44, 1971-2000 ×21')).toBe('2006-2020 (5,801 stations; 65 others, mixed periods)');
    expect(shortPeriod('2006-2020 ×3')).toBe('2006-2020 (3 stations)');
    expect(shortPeriod('1991–2020')).toBe('1991–2020');
  });
});
