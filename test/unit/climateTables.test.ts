import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mergeStations, parseCaMxNormals, parseClimateStations, parseUsNormals } from '../../scripts/build/climateTables';
import { buildConnectivityBundle } from '../../scripts/build/connectivity';
import type { BuildContext } from '../../scripts/build/step';
import { loadBoundariesNode } from '../../scripts/lib/nodeData';

const { index } = loadBoundariesNode();
const ctx = { regionCodes: new Set(index.regions.map((r) => r.code)) };
const read = (f: string) => readFileSync(f, 'utf8');
const lines = (f: string) => read(f).split('\n');

/** The real file with one line replaced (line numbers are 1-based, header = 1). */
function withLine(file: string, line: number, edit: (l: string) => string): string {
  const ls = lines(file);
  ls[line - 1] = edit(ls[line - 1]);
  return ls.join('\n');
}

describe('climate tables: validation', () => {
  it('accepts the committed tables', () => {
    expect(parseUsNormals(read('data/climate-normals-us.csv'), ctx)).toHaveLength(5801);
    expect(parseCaMxNormals(read('data/climate-normals-ca-mx.csv'), ctx)).toHaveLength(50);
    expect(parseClimateStations(read('data/climate-stations.csv'), ctx)).toHaveLength(142);
  });

  it('names file, row and column of a malformed row', () => {
    const badLat = withLine('data/climate-normals-us.csv', 3, (l) => l.replace(',32.9453,', ',132.9453,'));
    expect(() => parseUsNormals(badLat, ctx)).toThrow('data/climate-normals-us.csv row 3, column "lat": 132.9453 is above the maximum 84');
    const badRegion = withLine('data/climate-normals-us.csv', 2, (l) => l.replace(',US-AL,', ',US-XX,'));
    expect(() => parseUsNormals(badRegion, ctx)).toThrow('data/climate-normals-us.csv row 2, column "region_code": region code "US-XX" does not exist');
    const badTemp = withLine('data/climate-normals-ca-mx.csv', 2, (l) => l.replace(',-15.7,4.7,', ',warm,4.7,'));
    expect(() => parseCaMxNormals(badTemp, ctx)).toThrow('data/climate-normals-ca-mx.csv row 2, column "annual_mean_temp_c": "warm" is not a number');
  });

  it('allows an empty period only on low-quality rows', () => {
    const ls = lines('data/climate-stations.csv');
    const n = ls.findIndex((l) => l.startsWith('ECCC-stn5490,'));
    const noPeriod = withLine('data/climate-stations.csv', n + 1, (l) => l.replace(',1971-2000,', ',,'));
    expect(() => parseClimateStations(noPeriod, ctx)).toThrow(`data/climate-stations.csv row ${n + 1}, column "period": is empty on a row that is not quality "low"`);
  });

  it('keeps warmest-month maxima out of the JJA summer maximum and marks degree-day bases', () => {
    const st = parseClimateStations(read('data/climate-stations.csv'), ctx);
    expect(st.every((s) => s.summerMaxC === null)).toBe(true);
    expect(st.find((s) => s.id === 'WIKI-MX-MAZATLAN')?.warmestMonthMaxC).not.toBeNull();
    expect(parseUsNormals(read('data/climate-normals-us.csv'), ctx)[0].cddBaseC).toBe(18.3);
    expect(parseCaMxNormals(read('data/climate-normals-ca-mx.csv'), ctx)[0].cddBaseC).toBe(18);
  });
});

describe('mergeStations', () => {
  const us = parseUsNormals(read('data/climate-normals-us.csv'), ctx);
  const caMx = parseCaMxNormals(read('data/climate-normals-ca-mx.csv'), ctx);
  const st = parseClimateStations(read('data/climate-stations.csv'), ctx);
  const merged = mergeStations([
    { file: 'us', stations: us },
    { file: 'ca-mx', stations: caMx },
    { file: 'stations', stations: st },
  ]);

  it('drops each duplicate once and keeps the richer row', () => {
    // 95 US rows repeat NOAA stations by id; Resolute repeats an ECCC station by position.
    expect(merged.duplicates).toHaveLength(96);
    expect(merged.stations).toHaveLength(5801 + 50 + 142 - 96);
    const ids = new Set(merged.stations.map((s) => s.id));
    expect(ids.has('ECCC-1096450')).toBe(true); // Prince George A 1991-2020, with JJA max and degree days
    expect(ids.has('STATCAN-RESOLUTE')).toBe(false); // annual mean only, 1971-2000
    const birmingham = merged.stations.find((s) => s.id === 'USW00013876');
    expect(birmingham?.summerMaxC).not.toBeNull(); // the NOAA table row (with JJA), not climate-stations'
  });

  it('between rows as rich, keeps the better-quality source (primary over secondary over low)', () => {
    const row = (quality: 'primary' | 'secondary' | 'low', source: string) => ({ ...us[0], quality, source });
    const kept = (...qs: ('primary' | 'secondary' | 'low')[]) =>
      mergeStations(qs.map((q, i) => ({ file: `t${i}`, stations: [row(q, `source ${q}`)] }))).stations.map((s) => s.source);
    expect(kept('secondary', 'primary')).toEqual(['source primary']);
    expect(kept('low', 'secondary')).toEqual(['source secondary']);
    expect(kept('primary', 'low')).toEqual(['source primary']);
  });

  it('never merges two stations of the same table', () => {
    const a = { ...us[0] };
    const b = { ...us[0], id: 'NEARBY', lon: us[0].lon + 0.001 };
    expect(mergeStations([{ file: 'x', stations: [a, b] }]).stations).toHaveLength(2);
  });
});

describe('connectivity tables: validation', () => {
  const ctxWith = (overrides: Record<string, string>): BuildContext => ({
    regions: index,
    readText: (f) => overrides[f] ?? read(f),
  });

  it('rejects a malformed row with file, row and column', () => {
    const badUrl = withLine('data/ixps.csv', 4, (l) => l.replace('https://www.peeringdb.com/ix/', 'www.peeringdb.com/ix/'));
    expect(() => buildConnectivityBundle(ctxWith({ 'data/ixps.csv': badUrl }))).toThrow(/data\/ixps\.csv row 4, column "source_url": .* is not an http\(s\) URL/);
    const badKind = withLine('data/known-sites.csv', 2, (l) => l.replace(',mining,', ',quarry,'));
    expect(() => buildConnectivityBundle(ctxWith({ 'data/known-sites.csv': badKind }))).toThrow('data/known-sites.csv row 2, column "kind": "quarry" is not one of mining, ai_hpc, hybrid');
    const dupe = withLine('data/dc-markets.csv', 3, (l) => l.replace(/^atlanta,/, 'northern-virginia,'));
    expect(() => buildConnectivityBundle(ctxWith({ 'data/dc-markets.csv': dupe }))).toThrow('data/dc-markets.csv row 3, column "market_id": duplicate id "northern-virginia"');
  });

  it('requires a source on every market row that carries a figure', () => {
    const ls = lines('data/dc-markets.csv');
    const n = ls.findIndex((l) => l.startsWith('salt-lake-city,'));
    const figureNoSource = withLine('data/dc-markets.csv', n + 1, (l) => l.replace(',-111.89105,,', ',-111.89105,100,'));
    expect(() => buildConnectivityBundle(ctxWith({ 'data/dc-markets.csv': figureNoSource }))).toThrow(`data/dc-markets.csv row ${n + 1}, column "source": is empty but the row has market figures`);
  });
});
