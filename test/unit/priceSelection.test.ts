// The retail and hub selection rules on small made-up tables, and the yearly ICE means the extract
// script computes (fed made-up days: tests never read ../shared).
import { describe, expect, it } from 'vitest';
import { pickRetail, wholesaleHubs } from '../../scripts/build/factsSelect';
import { fxTable } from '../../scripts/build/units';
import { iceDays, isoDate, yearlyMeans } from '../../scripts/extract/iceHubMeans';

const fx = fxTable([
  { currency: 'MXN', year: 2023, unitsPerUsd: 17.7334, label: 'Federal Reserve G.5A', source: 's', sourceUrl: 'https://x', quality: 'primary' },
  { currency: 'CAD', year: 2024, unitsPerUsd: 1.3698, label: 'Bank of Canada', source: 's', sourceUrl: 'https://x', quality: 'secondary' },
]);

const mx = (over: Record<string, string>) => ({
  region_code: 'MX', region_name: 'Mexico', country: 'MX', sector: 'industrial', year: '2023', price: '1.0576', unit: 'MXN_per_kWh',
  source: 'src', source_url: 'https://example.org', quality: 'secondary', notes: '', price_basis: 'energy_only', ...over,
});

describe('pickRetail: only all-in prices', () => {
  it('a region with only an energy-only charge has no retail figure (no data, not a low price)', () => {
    expect(pickRetail([mx({})], 'MX-QUE', 'industrial', fx)).toBeUndefined();
  });

  it('a not_stated figure is not used either', () => {
    expect(pickRetail([mx({ price_basis: 'not_stated' })], 'MX-QUE', 'industrial', fx)).toBeUndefined();
  });

  it('the newest convertible all-in row wins; one without a rate for its year is passed over', () => {
    const rows = [
      mx({}),
      mx({ year: '2017', price: '1.71', price_basis: 'all_in', quality: 'low' }), // no 2017 MXN rate
      mx({ year: '', price: '0.117', unit: 'USD_per_kWh', price_basis: 'all_in', quality: 'low', notes: 'Undated' }),
    ];
    expect(pickRetail(rows, 'MX-QUE', 'industrial', fx)).toMatchObject({ value: 117, year: null, quality: 'low' });
    const dated = [...rows, mx({ year: '2023', price: '2.0', price_basis: 'all_in' })];
    expect(pickRetail(dated, 'MX-QUE', 'industrial', fx)!.value).toBeCloseTo(2000 / 17.7334, 2);
  });

  it('a US energy-only row would not be used even if it were the newest', () => {
    const us = (year: string, price: string, basis: string) => ({
      ...mx({}), region_code: 'US-WY', region_name: 'Wyoming', country: 'US', year, price, unit: 'USD_cents_per_kWh', price_basis: basis,
    });
    expect(pickRetail([us('2019', '6.73', 'all_in'), us('2023', '3.00', 'energy_only')], 'US-WY', 'industrial', fx))
      .toMatchObject({ value: 67.3, year: 2019 });
  });
});

describe('wholesaleHubs: newest year with an exchange rate', () => {
  const on = (year: string, price: string) => ({
    hub_id: 'IESO_TOTAL_B', hub_name: 'Ontario', market: 'IESO', lat: '43.65', lon: '-79.38', location_note: 'Toronto', year,
    avg_price: price, unit: 'CAD_cents_per_kWh', price_type: 'Market price + Class B GA.', source: 's', source_url: 'https://x', quality: 'secondary',
  });

  it('falls back to 2024 when 2025 has no CAD rate, and says so', () => {
    const warnings: string[] = [];
    const [h] = wholesaleHubs([on('2025', '10.96'), on('2024', '10.38')], fx, () => ({ code: 'CA-ON' }), (w) => warnings.push(w));
    expect(h).toMatchObject({ year: 2024, regionCode: 'CA-ON' });
    expect(h.price.value).toBeCloseTo(103.8 / 1.3698, 2);
    expect(h.price.note).toBe('Market price + Class B GA; newer figure not shown (2025: 10.96 CAD cents per kWh): no exchange rate for its year yet');
    expect(warnings).toEqual([]);
  });

  it('a hub with no convertible year is left out with a warning', () => {
    const warnings: string[] = [];
    expect(wholesaleHubs([on('2025', '10.96')], fx, () => null, (w) => warnings.push(w))).toEqual([]);
    expect(warnings[0]).toMatch(/IESO_TOTAL_B: no year converts/);
  });
});

describe('ICE daily files → yearly means', () => {
  const header = ['Price hub', 'Trade date', 'Delivery start date', 'Delivery \r\nend date', 'High price $/MWh', 'Low price $/MWh',
    'Wtd avg price $/MWh', 'Change', 'Daily volume MWh', 'Number of trades', 'Number of counterparties'];

  it('reads serial and m/d/yy dates, thousands separators, and skips blank rows', () => {
    expect(isoDate(45293)).toBe('2024-01-02');
    expect(isoDate('1/6/25')).toBe('2025-01-06');
    const days = iceDays([
      header,
      ['Mid C Peak', '1/3/25', '1/6/25', '1/6/25', '60', '50', '56.45', '1', ' 2,400 ', '3', '5'],
      ['', '', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(days).toEqual([{ product: 'Mid C Peak', delivery: '2025-01-06', wtdAvgUsdPerMwh: 56.45, volumeMwh: 2400 }]);
  });

  it('arithmetic and volume-weighted means per product; a day without a price is missing, not 0', () => {
    const d = (product: string, delivery: string, price: number, volume: number) => ({ product, delivery, wtdAvgUsdPerMwh: price, volumeMwh: volume });
    const [a, b] = yearlyMeans([
      d('Palo Verde Peak', '2025-03-01', 30, 800),
      d('Mid C Peak', '2025-01-02', 40, 1600),
      d('Mid C Peak', '2025-01-01', 100, 400),
      d('Mid C Peak', '2025-01-03', NaN, 800),
    ]);
    expect(a).toEqual({ product: 'Mid C Peak', days: 2, meanUsdPerMwh: 70, volumeWeightedUsdPerMwh: 52, firstDelivery: '2025-01-01', lastDelivery: '2025-01-02' });
    expect(b).toMatchObject({ product: 'Palo Verde Peak', days: 1, meanUsdPerMwh: 30 });
  });

  it('fails loudly on a file without the expected column', () => {
    expect(() => iceDays([['Price hub', 'Trade date']])).toThrow(/no column "Delivery start date"/);
  });
});
