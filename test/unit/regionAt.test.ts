import { describe, expect, it } from 'vitest';
import { loadBoundariesNode } from '../../scripts/lib/nodeData';

const { index, boundaries } = loadBoundariesNode();
const codeAt = (lon: number, lat: number) => index.regionAt(lon, lat)?.code ?? null;

describe('regionAt', () => {
  it.each([
    ['Austin', -97.7431, 30.2672, 'US-TX'],
    ['Montréal', -73.5673, 45.5017, 'CA-QC'],
    ['Monterrey', -100.3161, 25.6866, 'MX-NLE'],
    ['Ashburn VA', -77.4875, 39.0437, 'US-VA'],
    ['Anchorage', -149.9003, 61.2181, 'US-AK'],
    ['Honolulu', -157.8583, 21.3069, 'US-HI'],
    ['Mexico City', -99.1332, 19.4326, 'MX-CMX'],
    ['Calgary', -114.0719, 51.0447, 'CA-AB'],
    ['Iqaluit', -68.517, 63.7467, 'CA-NU'],
    ['San Juan PR', -66.1057, 18.4655, 'US-PR'],
  ])('%s → %s', (_name, lon, lat, code) => {
    expect(codeAt(lon, lat)).toBe(code);
  });

  it('returns the full hit with country and name', () => {
    expect(index.regionAt(-73.5673, 45.5017)).toEqual({ country: 'CA', code: 'CA-QC', name: 'Québec' });
  });

  it('returns null offshore (Gulf of Mexico, mid-Atlantic) and for non-finite input', () => {
    expect(codeAt(-90.0, 25.0)).toBeNull();
    expect(codeAt(-40.0, 35.0)).toBeNull();
    expect(codeAt(Number.NaN, 30)).toBeNull();
  });

  // Straight borders: a few km either side (0.05° ≈ 4–5 km).
  it.each([
    ['CO|WY along 41°N', -106.0, 41.05, 'US-WY', -106.0, 40.95, 'US-CO'],
    ['KS|NE along 40°N', -98.0, 40.05, 'US-NE', -98.0, 39.95, 'US-KS'],
    ['UT|CO along 109.05°W', -109.1, 39.0, 'US-UT', -109.0, 39.0, 'US-CO'],
    ['ND|SD along ~45.94°N', -100.0, 45.99, 'US-ND', -100.0, 45.89, 'US-SD'],
    ['WA|BC along 49°N', -119.0, 48.95, 'US-WA', -119.0, 49.05, 'CA-BC'],
    ['AB|SK along 110°W', -110.05, 52.0, 'CA-AB', -109.95, 52.0, 'CA-SK'],
  ])('%s', (_label, lon1, lat1, code1, lon2, lat2, code2) => {
    expect(codeAt(lon1, lat1)).toBe(code1);
    expect(codeAt(lon2, lat2)).toBe(code2);
  });

  it('has every US state, DC, PR, 13 Canadian and 32 Mexican regions with ISO 3166-2 codes', () => {
    const codes = boundaries.regions.features.map((f) => f.properties.code);
    expect(codes.filter((c) => c.startsWith('US-'))).toHaveLength(52);
    expect(codes.filter((c) => c.startsWith('CA-'))).toHaveLength(13);
    expect(codes.filter((c) => c.startsWith('MX-'))).toHaveLength(32);
    for (const c of codes) expect(c).toMatch(/^(US|CA|MX)-[A-Z]{2,3}$/);
  });
});
