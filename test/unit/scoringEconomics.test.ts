import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EconomicsFact, FactsBundle } from '../../src/data/types';
import { computeEconomics, siteEnergyInputs } from '../../src/scoring/economics';
import { asOfSortKey, economicsDefaults, pickEconomicsFact } from '../../src/scoring/economicsDefaults';
import { MONTREAL, WEST_TEXAS } from '../fixtures/scoring/pointFacts';

const row = (parameter: string, value: number, asOf: string, quality: EconomicsFact['quality']): EconomicsFact => ({
  parameter,
  value,
  unit: 'x',
  asOf,
  source: `src ${parameter} ${asOf}`,
  sourceUrl: 'https://example.org',
  quality,
});

const FIXTURE_ROWS: EconomicsFact[] = [
  row('hashprice_usd', 108.6, '2024-04-01', 'primary'), // pre-halving: never a default
  row('hashprice_usd', 50, '2024-09-16', 'primary'),
  row('hashprice_usd', 38, '2025-11', 'low'), // newer but low quality
  row('iren_fleet_efficiency', 16, '2024-09-16', 'primary'),
  row('dc_colocation_asking_rate_primary_markets', 180, '2024-H2', 'primary'),
  row('dc_colocation_asking_rate_primary_markets', 195, '2025-H2', 'low'),
  row('dc_pue_google_fleet', 1.1, '2023', 'primary'),
  row('btc_mining_facility_pue_typical', 1.05, '(n.d., ~2025)', 'low'),
];

describe('economics defaults from economics.csv rows', () => {
  it('picks best quality, then latest, post-halving for hashprice; keeps the provenance', () => {
    const d = economicsDefaults(FIXTURE_ROWS);
    expect(d.inputs).toEqual({
      itMw: 50,
      hashpriceUsdPerPhDay: 50,
      fleetEfficiencyJPerTh: 16,
      colocationUsdPerKwMonth: 180,
      aiBasePue: 1.1,
      miningBasePue: 1.05,
      carbonPriceUsdPerTCo2: 0,
      hybridAiSharePct: 50,
    });
    expect(d.cited.hashpriceUsdPerPhDay).toMatchObject({ asOf: '2024-09-16', source: 'src hashprice_usd 2024-09-16', quality: 'primary' });
    expect(d.cited.carbonPriceUsdPerTCo2.parameter).toBe('gridscout_setting');
  });

  it('names missing parameters', () => {
    expect(() => economicsDefaults(FIXTURE_ROWS.filter((r) => r.parameter !== 'iren_fleet_efficiency'))).toThrow(/iren_fleet_efficiency/);
    expect(pickEconomicsFact(FIXTURE_ROWS, 'hashprice_usd', '2026-01-01')).toBeNull();
  });

  it('orders as_of formats', () => {
    expect(asOfSortKey('2024-H2') > asOfSortKey('2024-H1')).toBe(true);
    expect(asOfSortKey('2023-Q3') < asOfSortKey('2023-12-31')).toBe(true);
    expect(asOfSortKey('2024-11') > asOfSortKey('2024-10-31')).toBe(true);
    expect(asOfSortKey('(n.d., ~2025)').startsWith('2025')).toBe(true);
  });

  it('works on the shipped facts.json economics rows', () => {
    const facts = JSON.parse(readFileSync(new URL('../../public/data/facts.json', import.meta.url), 'utf8')) as FactsBundle;
    const d = economicsDefaults(facts.economics);
    expect(d.cited.hashpriceUsdPerPhDay.asOf >= '2024-04-20').toBe(true);
    for (const c of Object.values(d.cited)) expect(Number.isFinite(c.value)).toBe(true);
  });
});

describe('site economics', () => {
  const e = economicsDefaults(FIXTURE_ROWS).inputs;

  it('mining, 50 MW in West Texas, by hand', () => {
    const x = computeEconomics('mining', siteEnergyInputs(WEST_TEXAS), e);
    const pue = 1.05 + 0.00008 * 1463.3 + 0.008 * (35.3 - 25); // 1.249464
    const mwh = 50 * pue * 8760;
    const ph = (50e6 / 16) / 1000; // 3125 PH/s
    expect(x.pue).toBeCloseTo(pue, 9);
    expect(x.energyMwhPerYear).toBeCloseTo(mwh, 6);
    expect(x.energyCostUsdPerYear).toBeCloseTo(mwh * 66, 3);
    expect(x.co2TPerYear).toBeCloseTo((mwh * 348.5) / 1000, 6);
    expect(x.carbonCostUsdPerYear).toBe(0);
    expect(x.hashratePhPerS).toBeCloseTo(ph, 9);
    expect(x.miningRevenueUsdPerYear).toBeCloseTo(ph * 50 * 365, 3);
    expect(x.aiRevenueUsdPerYear).toBe(0);
    expect(x.marginUsdPerYear).toBeCloseTo(ph * 50 * 365 - mwh * 66, 3);
    expect(x.miningBreakevenUsdPerMwh).toBeCloseTo((ph * 50 * 365) / mwh, 6);
    expect(x.powerPriceBasis).toBe('retail');
  });

  it('AI and hybrid split, carbon price adds to power cost', () => {
    const ai = computeEconomics('ai', siteEnergyInputs(MONTREAL), e);
    const pueAi = 1.1 + 0.00008 * 213.5 + 0.008 * 0.3;
    expect(ai.pue).toBeCloseTo(pueAi, 9);
    expect(ai.aiRevenueUsdPerYear).toBeCloseTo(50 * 1000 * 180 * 12, 6);
    expect(ai.miningBreakevenUsdPerMwh).toBeNull();
    const hy = computeEconomics('hybrid', siteEnergyInputs(MONTREAL), { ...e, hybridAiSharePct: 40, carbonPriceUsdPerTCo2: 100 });
    expect(hy.aiItMw).toBe(20);
    expect(hy.miningItMw).toBe(30);
    const pueMining = pueAi - 0.05;
    const mwh = (20 * pueAi + 30 * pueMining) * 8760;
    expect(hy.energyMwhPerYear).toBeCloseTo(mwh, 6);
    expect(hy.carbonCostUsdPerYear).toBeCloseTo(((mwh * 1.7) / 1000) * 100, 6);
    expect(hy.powerCostUsdPerYear).toBeCloseTo(mwh * 40.96 + ((mwh * 1.7) / 1000) * 100, 3);
    expect(hy.revenueUsdPerYear).toBeCloseTo(20 * 1000 * 180 * 12 + (30e6 / 16 / 1000) * 50 * 365, 3);
  });

  it('a carbon price lowers the margin of a dirtier site more', () => {
    const clean = (p: number) => computeEconomics('mining', { ...siteEnergyInputs(WEST_TEXAS), carbonGPerKwh: 50 }, { ...e, carbonPriceUsdPerTCo2: p }).marginUsdPerYear!;
    const dirty = (p: number) => computeEconomics('mining', { ...siteEnergyInputs(WEST_TEXAS), carbonGPerKwh: 800 }, { ...e, carbonPriceUsdPerTCo2: p }).marginUsdPerYear!;
    expect(dirty(0) - dirty(50)).toBeGreaterThan(clean(0) - clean(50));
  });

  it('missing inputs give null costs and a note, never zero', () => {
    const x = computeEconomics('ai', { retailPriceUsdPerMwh: null, wholesalePriceUsdPerMwh: null, carbonGPerKwh: null, cddCDays: null, summerMaxC: null }, e);
    expect(x.energyCostUsdPerYear).toBeNull();
    expect(x.co2TPerYear).toBeNull();
    expect(x.marginUsdPerYear).toBeNull();
    expect(x.pueFromClimate).toBe(false);
    expect(x.notes.length).toBeGreaterThanOrEqual(3);
  });
});
