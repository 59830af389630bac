import { describe, expect, it } from 'vitest';
import { parseAndValidate, type TableSpec } from '../../scripts/build/validateTable';

const spec: TableSpec = {
  file: 'data/example.csv',
  columns: [
    { name: 'region_code', type: 'regionCode', required: true },
    { name: 'year', type: 'year', required: true },
    { name: 'price_usd_per_mwh', type: 'number', required: true, min: 0, max: 1000 },
    { name: 'quality', type: 'enum', values: ['primary', 'secondary', 'low'], required: true },
    { name: 'source_url', type: 'url', required: true },
  ],
};
const ctx = { regionCodes: new Set(['US-TX', 'CA-QC']) };
const header = 'region_code,year,price_usd_per_mwh,quality,source_url';
const good = 'US-TX,2023,71.1,primary,https://www.eia.gov/electricity/annual/';

describe('parseAndValidate', () => {
  it('accepts a good table and returns trimmed rows', () => {
    const rows = parseAndValidate(spec, `${header}\n${good}\nCA-QC, 2022 ,53.3,low,https://example.org/x\n`, ctx);
    expect(rows).toHaveLength(2);
    expect(rows[1].year).toBe('2022');
  });

  it.each([
    [`${header}\n${good}\nUS-TX,2023,abc,primary,https://x.org`, 'data/example.csv row 3, column "price_usd_per_mwh": "abc" is not a number'],
    [`${header}\n${good}\nUS-TX,2023,-5,primary,https://x.org`, 'data/example.csv row 3, column "price_usd_per_mwh": -5 is below the minimum 0'],
    [`${header}\nUS-ZZ,2023,50,primary,https://x.org`, 'data/example.csv row 2, column "region_code": region code "US-ZZ" does not exist in the boundaries'],
    [`${header}\nUS-TX,,50,primary,https://x.org`, 'data/example.csv row 2, column "year": is empty but required'],
    [`${header}\nUS-TX,2023.5,50,primary,https://x.org`, 'data/example.csv row 2, column "year": "2023.5" is not a whole number'],
    [`${header}\nUS-TX,2023,50,great,https://x.org`, 'data/example.csv row 2, column "quality": "great" is not one of primary, secondary, low'],
    [`${header}\nUS-TX,2023,50,low,www.x.org`, 'data/example.csv row 2, column "source_url": "www.x.org" is not an http(s) URL'],
    ['region_code,year,quality,source_url\nUS-TX,2023,low,https://x.org', 'data/example.csv row 1, column "price_usd_per_mwh": column is missing from the header'],
    [header, 'data/example.csv: has no data rows'],
  ])('rejects %#: %s', (csv, message) => {
    expect(() => parseAndValidate(spec, csv, ctx)).toThrow(message);
  });
});
