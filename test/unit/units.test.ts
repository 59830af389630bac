import { describe, expect, it } from 'vitest';
import {
  carbonToGPerKwh,
  centsPerKwhToPerMwh,
  fxTable,
  lbPerMwhToGPerKwh,
  perAcreToUsd,
  perKwhToPerMwh,
  priceToUsdPerMwh,
  tPerMwhToGPerKwh,
  toUsd,
  type FxRate,
} from '../../scripts/build/units';
import { weakestQuality } from '../../src/data/quality';

const rate = (currency: 'CAD' | 'MXN', year: number, unitsPerUsd: number, quality: FxRate['quality'] = 'primary'): FxRate => ({
  currency,
  year,
  unitsPerUsd,
  label: 'Test FX',
  source: 'Test source',
  sourceUrl: 'https://example.org/fx',
  quality,
});
const fx = fxTable([rate('CAD', 2022, 1.3014), rate('MXN', 2023, 17.7334), rate('CAD', 2024, 1.3698, 'secondary')]);

describe('plain unit factors', () => {
  it('¢/kWh → per MWh is ×10', () => {
    expect(centsPerKwhToPerMwh(6.6)).toBeCloseTo(66, 10);
  });
  it('per kWh → per MWh is ×1000', () => {
    expect(perKwhToPerMwh(1.0576)).toBeCloseTo(1057.6, 10);
  });
  it('lb/MWh → g/kWh is ×0.45359237 (exact pound)', () => {
    expect(lbPerMwhToGPerKwh(1000)).toBeCloseTo(453.59237, 10);
  });
  it('t/MWh → g/kWh is ×1000', () => {
    expect(tPerMwhToGPerKwh(0.444)).toBeCloseTo(444, 10);
  });
});

describe('toUsd', () => {
  it('divides by the published units-per-USD rate of that year', () => {
    const r = toUsd(130.14, 'CAD', 2022, fx);
    expect(r.ok && r.value).toBeCloseTo(100, 10);
  });
  it('passes USD through unchanged with no conversion text', () => {
    expect(toUsd(5, 'USD', null, fx)).toEqual({ ok: true, value: 5, conversion: '', fx: null });
  });
  it('says "no data" when the year has no rate, never borrowing another year', () => {
    const r = toUsd(10, 'CAD', 2025, fx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^no data: .*CAD.*2025/);
  });
  it('says "no data" when the figure has no year', () => {
    expect(toUsd(10, 'MXN', null, fx).ok).toBe(false);
  });
  it('rejects duplicate and non-positive rates', () => {
    expect(() => fxTable([rate('CAD', 2022, 1.3), rate('CAD', 2022, 1.31)])).toThrow(/duplicate/);
    expect(() => fxTable([rate('CAD', 2022, 0)])).toThrow(/positive/);
  });
});

describe('priceToUsdPerMwh', () => {
  it('US ¢/kWh: ×10, no FX', () => {
    expect(priceToUsdPerMwh(6.6, 'USD_cents_per_kWh', 2023, fx)).toEqual({
      ok: true,
      value: 66,
      conversion: '6.6 USD ¢/kWh × 10 = 66 USD/MWh',
      fx: null,
    });
  });
  it('CAD ¢/kWh: ×10 then ÷ the rate of the year, with year and source in the text', () => {
    const r = priceToUsdPerMwh(5.33, 'CAD_cents_per_kWh', 2022, fx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo(53.3 / 1.3014, 2);
    expect(r.conversion).toBe('5.33 CAD ¢/kWh × 10 = 53.3 CAD/MWh; ÷ 1.3014 CAD per USD (2022 annual average, Test FX) = 40.96 USD/MWh');
    expect(r.fx?.year).toBe(2022);
  });
  it('MXN/kWh: ×1000 then ÷ the MXN rate', () => {
    const r = priceToUsdPerMwh(1.0576, 'MXN_per_kWh', 2023, fx);
    expect(r.ok && r.value).toBeCloseTo(1057.6 / 17.7334, 2);
  });
  it('CAD/MWh: FX only', () => {
    const r = priceToUsdPerMwh(62.78, 'CAD_per_MWh', 2024, fx);
    expect(r.ok && r.conversion).toBe('62.78 CAD/MWh ÷ 1.3698 CAD per USD (2024 annual average, Test FX) = 45.83 USD/MWh');
  });
  it('USD/MWh: unchanged, empty conversion', () => {
    expect(priceToUsdPerMwh(55.5, 'USD_per_MWh', 2023, fx)).toEqual({ ok: true, value: 55.5, conversion: '', fx: null });
  });
  it('no rate → no data', () => {
    expect(priceToUsdPerMwh(12.7, 'CAD_cents_per_kWh', 2025, fx).ok).toBe(false);
  });
});

describe('carbonToGPerKwh', () => {
  it('eGRID lb/MWh', () => {
    const r = carbonToGPerKwh(768.317, 'lb_per_MWh');
    expect(r.ok && r.value).toBe(348.5);
    expect(r.ok && r.conversion).toBe('768.317 lb/MWh × 0.45359237 = 348.5 g/kWh');
  });
  it('SEMARNAT t/MWh', () => {
    const r = carbonToGPerKwh(0.444, 't_per_MWh');
    expect(r.ok && r.value).toBe(444);
  });
  it('g/kWh unchanged', () => {
    expect(carbonToGPerKwh(1.7, 'g_per_kWh')).toEqual({ ok: true, value: 1.7, conversion: '', fx: null });
  });
});

describe('perAcreToUsd', () => {
  it('CAD/acre → USD/acre with the rate of the year, rounded to whole dollars', () => {
    const r = perAcreToUsd(10641, 'CAD', 2024, fx);
    expect(r.ok && r.value).toBe(Math.round(10641 / 1.3698));
    expect(r.ok && r.conversion).toContain('(2024 annual average, Test FX)');
  });
  it('USD/acre unchanged', () => {
    expect(perAcreToUsd(2970, 'USD', 2025, fx)).toEqual({ ok: true, value: 2970, conversion: '', fx: null });
  });
});

describe('weakestQuality', () => {
  it('a converted figure is as good as its weakest input', () => {
    expect(weakestQuality('primary', 'secondary')).toBe('secondary');
    expect(weakestQuality('low', 'primary')).toBe('low');
    expect(weakestQuality('primary')).toBe('primary');
  });
});
