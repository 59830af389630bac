import { describe, expect, it } from 'vitest';
import { loadBoundariesNode } from '../../scripts/lib/nodeData';
import { buildImportPreview, rejectedRowsCsv } from '../../src/candidates/importPreview';
import { parseLatLonText } from '../../src/candidates/pastedCoordinates';
import { positionKey } from '../../src/io/siteChecks';
import { detectDelimiter } from '../../src/io/delimiter';
import { readCsv } from '../../src/io/readRows';

const { index } = loadBoundariesNode();
const regionAt = (lon: number, lat: number) => index.regionAt(lon, lat);
const preview = (text: string, existing: string[] = [], name = 'sites.csv') => buildImportPreview(name, text, regionAt, existing);
const codes = (p: ReturnType<typeof preview>) => p.rejected.map((r) => r.code);

const wide = (() => {
  const headers = ['name', 'lat', 'lon', ...Array.from({ length: 9997 }, (_, i) => `c${i}`)];
  const row = ['Wide', '30.27', '-97.74', ...Array.from({ length: 9997 }, (_, i) => String(i))];
  return `${headers.join(',')}\n${row.join(',')}\n`;
})();

// The malformed-input table of issue 6: kept count, rejected codes, and a fragment of the problem or a message.
const TABLE: { name: string; text: string; existing?: string[]; kept: number; rejected: string[]; problem?: RegExp; message?: RegExp; notice?: RegExp }[] = [
  { name: 'empty file', text: '', kept: 0, rejected: [], problem: /the file is empty/ },
  { name: 'whitespace only', text: ' \n\n', kept: 0, rejected: [], problem: /the file is empty/ },
  { name: 'header only', text: 'name,lat,lon\n', kept: 0, rejected: [], notice: /header but no data rows/ },
  { name: 'no coordinate columns', text: 'name,city\nA,Austin\n', kept: 0, rejected: [], problem: /no latitude and longitude column found among: name, city/ },
  { name: 'missing coordinates', text: 'name,lat,lon\nA,,-97.7\nB,30.2,\nC,30.27,-97.74\n', kept: 1, rejected: ['missing', 'missing'], message: /latitude is empty/ },
  { name: 'text in numbers', text: 'name,lat,lon\nA,thirty,-97.7\nB,30.2,0x10\nC,30.2,-97.7abc\n', kept: 0, rejected: ['not_a_number', 'not_a_number', 'not_a_number'], message: /latitude "thirty" is not a number/ },
  { name: 'decimal comma, semicolon file', text: 'name;lat;lon\nMontréal;45,5;-73,57\n', kept: 1, rejected: [], notice: /decimal comma .* read as 45.5/ },
  { name: 'decimal comma, quoted in a comma file', text: 'name,lat,lon\nMontréal,"45,5","-73,57"\n', kept: 1, rejected: [], notice: /decimal comma/ },
  { name: 'decimal comma, unquoted in a comma file', text: 'name,lat,lon\nMontréal,45,5,-73,57\n', kept: 0, rejected: ['malformed'], message: /5 fields, the header has 3 .*decimal comma/ },
  { name: 'swapped lat/lon values', text: 'name,lat,lon\nAustin,-97.74,30.27\n', kept: 0, rejected: ['out_of_range'], message: /outside ±90° \(latitude and longitude look swapped\)/ },
  { name: 'swapped columns inside ±90', text: 'name,lat,lon\nMonterrey,-25.67,-100.31\nX,-80.2,25.76\n', kept: 0, rejected: ['outside_north_america', 'outside_north_america'], message: /Miami|with latitude and longitude swapped it would be inside/, notice: /1 row\(s\) would fall inside North America with latitude and longitude swapped/ },
  { name: 'out of range', text: 'lat,lon\n95,-100\n40,-200\n', kept: 0, rejected: ['out_of_range', 'out_of_range'] },
  { name: 'outside the study area', text: 'name,lat,lon\nParis,48.85,2.35\nGulf,25.0,-90.0\nDenver,39.74,-104.99\n', kept: 1, rejected: ['outside_north_america', 'outside_north_america'], message: /more than 10 km from any US state/ },
  { name: 'duplicate rows in the file', text: 'name,lat,lon\nA,30.27,-97.74\nA again,30.27,-97.74\n', kept: 1, rejected: ['duplicate'], message: /duplicate of an existing site/ },
  { name: 'duplicate of an existing site', text: 'name,lat,lon\nA,30.27,-97.74\n', existing: [positionKey(-97.74, 30.27)], kept: 0, rejected: ['duplicate'] },
  { name: '10,000 columns', text: wide, kept: 1, rejected: [] },
  { name: 'unicode names, BOM, CRLF', text: '\uFEFFName,Latitude,Longitude\r\n"Montréal, QC 🏭",45.5,-73.57\r\nSan José Iturbide,21.0,-100.39\r\n', kept: 2, rejected: [] },
  { name: 'tab-delimited, any-case names', text: 'SITE\tY\tX\nA\t30.27\t-97.74\n', kept: 1, rejected: [] },
  { name: 'quoted fields with delimiters and quotes', text: 'name,lng,LAT\n"A ""big"" site, TX",-97.74,30.27\n', kept: 1, rejected: [] },
];

describe('import parser: malformed inputs', () => {
  for (const t of TABLE) {
    it(t.name, () => {
      const p = preview(t.text, t.existing);
      expect(p.kept).toHaveLength(t.kept);
      expect(codes(p)).toEqual(t.rejected);
      if (t.problem) expect(p.read.problem).toMatch(t.problem);
      else expect(p.read.problem).toBeNull();
      if (t.message) expect(p.rejected.map((r) => r.message).join('\n')).toMatch(t.message);
      if (t.notice) expect(p.notices.join('\n')).toMatch(t.notice);
      expect(p.rowCount).toBe(t.kept + t.rejected.length);
    });
  }

  it('keeps unicode names and extra columns as text', () => {
    const p = preview('\uFEFFName,Latitude,Longitude,Owner\n"Montréal, QC 🏭",45.5,-73.57,<b>x</b>\n');
    expect(p.kept[0]).toMatchObject({ name: 'Montréal, QC 🏭', lat: 45.5, lon: -73.57, record: { Owner: '<b>x</b>' } });
    expect(p.read.columns).toEqual({ lat: 'Latitude', lon: 'Longitude', name: 'Name' });
  });

  it('detected columns can be changed', () => {
    const text = 'name,a,b\nAustin,30.27,-97.74\n';
    expect(preview(text).read.problem).toMatch(/choose one/);
    const p = buildImportPreview('x.csv', text, regionAt, [], { lat: 'a', lon: 'b' });
    expect(p.kept).toHaveLength(1);
  });

  it('detects delimiters outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('"a;b";c,d,e\n')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('single\n1\n')).toBe(',');
  });

  it('writes rejected rows as CSV with the reason and the original columns', () => {
    const p = preview('name,lat,lon\nA,x,-97\nB,30.27,-97.74\n');
    const csv = rejectedRowsCsv(p);
    expect(csv.split('\n')[0]).toBe('line,reason,message,name,lat,lon');
    expect(csv).toContain('2,not a number,"latitude ""x"" is not a number",A,x,-97');
  });

  it('parses 10,000 rows quickly', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `S${i},${(30 + (i % 1000) / 1000).toFixed(4)},${(-100 + Math.floor(i / 1000) / 10 + (i % 7) / 1000).toFixed(4)}`);
    const t0 = performance.now();
    const p = preview(`name,lat,lon\n${rows.join('\n')}\n`);
    const ms = performance.now() - t0;
    console.log(`import preview of 10,000 rows: ${ms.toFixed(0)} ms`);
    expect(p.rowCount).toBe(10_000);
    expect(p.kept.length).toBeGreaterThan(9_900);
  });
});

describe('GeoJSON import', () => {
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  it('reads points, reduces other geometry to a centroid with a notice, reports what has no coordinates', () => {
    const p = preview(
      fc([
        { type: 'Feature', geometry: { type: 'Point', coordinates: [-97.74, 30.27] }, properties: { name: 'Austin', mw: 50, tags: ['a'] } },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[-101, 35], [-100, 35], [-100, 36], [-101, 36], [-101, 35]]] }, properties: { name: 'Parcel' } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} },
        { type: 'Feature', geometry: null, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: ['x', 1] }, properties: {} },
      ]),
      [],
      'sites.geojson',
    );
    expect(p.kept.map((k) => k.name)).toEqual(['Austin', 'Parcel']);
    expect(p.kept[0].record).toEqual({ name: 'Austin', mw: 50, tags: '["a"]' });
    expect(p.kept[1].fromGeometry).toBe('Polygon');
    expect(p.notices.join()).toMatch(/1 Polygon feature\(s\) reduced to their centroid/);
    expect(codes(p)).toEqual(['geometry', 'geometry', 'not_a_number']);
  });
  it('says what is wrong with a file that is not GeoJSON', () => {
    expect(preview('{', [], 'a.geojson').read.problem).toMatch(/not valid JSON/);
    expect(preview('{"type":"Topology"}', [], 'a.json').read.problem).toMatch(/TopoJSON .*convert it to GeoJSON/);
    expect(preview('', [], 'a.json').read.problem).toMatch(/empty/);
  });
});

describe('pasted "lat, lon" text', () => {
  it.each([
    ['45.5, -73.57', { lat: 45.5, lon: -73.57 }],
    ['45.5 -73.57', { lat: 45.5, lon: -73.57 }],
    ['(30.27; -97.74)', { lat: 30.27, lon: -97.74 }],
    ['30.27N, 97.74W', { lat: 30.27, lon: -97.74 }],
  ])('%s', (text, want) => expect(parseLatLonText(text, regionAt)).toEqual({ ok: true, ...want }));
  it.each([
    ['', /enter a latitude/],
    ['45.5', /two numbers/],
    ['-97.74, 30.27', /outside ±90°: the order is latitude first/],
    ['abc, 1', /not a number/],
  ])('rejects %s', (text, msg) => {
    const r = parseLatLonText(text, regionAt);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(msg);
  });
});

describe('CLI reader compatibility', () => {
  it('keeps every column of a row for the CLI', () => {
    expect(readCsv('lat,lon,x\n1,2,3\n').rows[0].record).toEqual({ lat: '1', lon: '2', x: '3' });
  });
});
