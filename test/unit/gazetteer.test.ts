import { describe, expect, it } from 'vitest';
import { readPublicJson } from '../../scripts/lib/nodeData';
import { decodeGazetteer, searchPlaces } from '../../src/candidates/gazetteer';

const places = decodeGazetteer(readPublicJson('gazetteer.json'));

describe('offline gazetteer', () => {
  it('holds only US, CA and MX towns, labelled with region codes', () => {
    expect(places.length).toBeGreaterThan(20_000);
    expect(places.every((p) => /^(US|CA|MX)(-|$)/.test(p.region))).toBe(true);
  });
  it('finds towns by prefix, accent-insensitive, larger first, narrowed by region', () => {
    expect(searchPlaces(places, 'montreal')[0]).toMatchObject({ name: 'Montréal', region: 'CA-QC' });
    expect(searchPlaces(places, 'Austin')[0]).toMatchObject({ name: 'Austin', region: 'US-TX' });
    expect(searchPlaces(places, 'springfield, IL')[0]).toMatchObject({ name: 'Springfield', region: 'US-IL' });
    expect(searchPlaces(places, 'monterrey')[0].region).toBe('MX-NLE');
    expect(searchPlaces(places, 'a')).toEqual([]);
  });
});
