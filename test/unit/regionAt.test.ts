import { describe, expect, it } from 'vitest';
import { loadBoundariesNode, readPublicJson } from '../../scripts/lib/nodeData';
import { decodeGazetteer } from '../../src/candidates/gazetteer';
import { createRegionIndex, SNAP_MAX_KM, type RegionFeature } from '../../src/geo/regionIndex';
import { outsideStudyArea, snapNote } from '../../src/io/studyArea';

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

  it('returns null beyond the 10 km margin (Gulf of Mexico, mid-Atlantic) and for non-finite input', () => {
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

// A 1° square at the equator-ish latitude 0–1 (1° of latitude ≈ 111.2 km).
const square: RegionFeature = {
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] },
  properties: { code: 'US-XX', name: 'Square', country: 'US', labelLon: 0.5, labelLat: 0.5 },
};

describe('snap to the nearest region within 10 km', () => {
  const sq = createRegionIndex([square]);
  it('a point inside has no snap distance', () => {
    expect(sq.regionAt(0.5, 0.5)).toEqual({ country: 'US', code: 'US-XX', name: 'Square' });
  });
  it('a point 5 km outside is assigned, with the distance to 0.1 km', () => {
    const hit = sq.regionAt(0.5, 1 + 5 / 111.195);
    expect(hit?.code).toBe('US-XX');
    expect(hit?.snapKm).toBeCloseTo(5, 1);
    expect(sq.containingRegion(0.5, 1 + 5 / 111.195)).toBeNull();
  });
  it('a point 11 km outside is not', () => {
    expect(sq.regionAt(0.5, 1 + 11 / 111.195)).toBeNull();
    expect(SNAP_MAX_KM).toBe(10);
  });
  it('the nearer of two regions wins', () => {
    const right: RegionFeature = { ...square, geometry: { type: 'Polygon', coordinates: [[[1.1, 0], [2, 0], [2, 1], [1.1, 1], [1.1, 0]]] }, properties: { ...square.properties, code: 'US-YY', name: 'Right' } };
    const two = createRegionIndex([square, right]);
    expect(two.regionAt(1.03, 0.5)?.code).toBe('US-XX');
    expect(two.regionAt(1.07, 0.5)?.code).toBe('US-YY');
  });
  it('says how far outside and where it was assigned', () => {
    expect(snapNote({ name: 'Québec', snapKm: 0.5 })).toBe('0.5 km outside the Québec polygon; assigned to Québec');
    expect(snapNote({ name: 'Québec' })).toBeNull();
  });
});

describe('every town resolves (gazetteer sweep)', () => {
  const places = decodeGazetteer(readPublicJson('gazetteer.json'));
  it('every place of 10,000 people or more lies in, or within 10 km of, a region', () => {
    const big = places.filter((p) => p.population >= 10_000);
    expect(big.length).toBeGreaterThan(3000);
    const unresolved = big.filter((p) => index.regionAt(p.lon, p.lat) === null).map((p) => p.name);
    expect(unresolved).toEqual([]);
  });

  // Coastal and border towns that the old boundaries left off the map or put in the wrong country.
  it.each([
    ['Québec', 'CA-QC'], ['Laval', 'CA-QC'], ['Baie-Comeau', 'CA-QC'], ['Sept-Îles', 'CA-QC'], ['Saint John', 'CA-NB'],
    ['Charlottetown', 'CA-PE'], ['Nanaimo', 'CA-BC'], ['Halifax', 'CA-NS'], ["St. John's", 'CA-NL'], ['Coatzacoalcos', 'MX-VER'],
    ['Ciudad del Carmen', 'MX-CAM'], ['Mazatlán', 'MX-SIN'], ['Encinitas', 'US-CA'], ['Ketchikan', 'US-AK'], ['Galveston', 'US-TX'],
    ['El Paso', 'US-TX'], ['Juárez', 'MX-CHH'], ['Agua Prieta', 'MX-SON'], ['Eagle Pass', 'US-TX'], ['Vermilion', 'US-OH'],
    ['Boston', 'US-MA'], ['San Francisco', 'US-CA'],
  ])('%s → %s', (name, code) => {
    // The largest place of that name (the gazetteer is sorted by population).
    const p = places.find((x) => x.name === name)!;
    expect(index.regionAt(p.lon, p.lat)?.code).toBe(code);
  });

  it('Blaine WA (on the 49th parallel) is in Washington, not British Columbia', () => {
    expect(codeAt(-122.7471, 48.9937)).toBe('US-WA');
  });

  it('a point beyond the margin is refused with the study-area message', () => {
    expect(outsideStudyArea(-40, 30, (lon, lat) => index.regionAt(lon, lat))?.message).toBe(
      '30, -40 is outside the study area (more than 10 km from any US state, Canadian province or territory, or Mexican state)',
    );
  });
});
