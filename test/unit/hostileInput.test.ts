// Issue 7, hostile and broken input: each case gives its own message, good rows are kept, nothing throws.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadBoundariesNode } from '../../scripts/lib/nodeData';
import { buildImportPreview } from '../../src/candidates/importPreview';
import { candidatesFromRows } from '../../src/candidates/fromImport';
import { decodeImportBytes, MAX_IMPORT_BYTES, sizeProblem } from '../../src/io/decodeFile';
import { neutraliseFormula, restoreFormula } from '../../src/io/formulaGuard';
import { writeCsv } from '../../src/io/csvWrite';
import { MAX_CELL_CHARS } from '../../src/io/hostile';

const { index } = loadBoundariesNode();
const regionAt = (lon: number, lat: number) => index.regionAt(lon, lat);
const preview = (text: string, name = 'sites.csv') => buildImportPreview(name, text, regionAt, []);
const AUSTIN = '30.27,-97.74';

describe('coordinates that are not finite numbers', () => {
  it.each([
    ['NaN', /latitude is NaN/],
    ['Infinity', /latitude is infinite/],
    ['-inf', /latitude is infinite/],
    ['1e309', /latitude "1e309" is too large to be a number/],
    ['', /latitude is empty/],
    ['  ', /latitude is empty/],
  ])('%j', (lat, message) => {
    const p = preview(`name,lat,lon\nbad,${lat},-97.7\ngood,${AUSTIN}\n`);
    expect(p.kept.map((r) => r.name)).toEqual(['good']);
    expect(p.rejected).toHaveLength(1);
    expect(p.rejected[0].message).toMatch(message);
  });
});

describe('files', () => {
  it('refuses a file over the size limit before reading it', () => {
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(sizeProblem(MAX_IMPORT_BYTES + 1)).toMatch(/the file is 32\.0 MB; the import reads files up to 32\.0 MB/);
  });
  it('decodes UTF-16 LE and BE by their byte-order mark', () => {
    const text = 'name,lat,lon\nMontréal,45.5,-73.57\n';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255])]);
    for (const bytes of [le, be]) {
      const d = decodeImportBytes(bytes);
      expect(d.ok && d.text).toBe(text);
      expect(preview(d.ok ? d.text : '').kept[0].name).toBe('Montréal');
    }
  });
  it('refuses UTF-16 without a mark and binary files with their own messages', () => {
    const noBom = new Uint8Array(new Uint16Array([...'name,lat,lon\n'].map((c) => c.charCodeAt(0))).buffer);
    expect(decodeImportBytes(noBom)).toEqual({ ok: false, message: expect.stringMatching(/UTF-16 text without a byte-order mark/) });
    const zip = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    zip.set([0x50, 0x4b, 3, 4]);
    expect(decodeImportBytes(zip)).toEqual({ ok: false, message: expect.stringMatching(/the file is binary/) });
    expect(decodeImportBytes(new TextEncoder().encode(`name,lat,lon\na,${AUSTIN}\n`)).ok).toBe(true);
  });
  it('reads CRLF, LF, CR and a mix of them alike', () => {
    for (const nl of ['\r\n', '\n', '\r']) expect(preview(['name,lat,lon', `a,${AUSTIN}`, 'b,45.5,-73.57', ''].join(nl)).kept).toHaveLength(2);
    const mixed = preview(`name,lat,lon\r\na,${AUSTIN}\nb,45.5,-73.57\rc,40.71,-74.0\n`);
    expect(mixed.kept.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(mixed.rejected).toEqual([]);
  });
  it('rejects a row with a 10 MB cell, keeps the others, and does not carry the 10 MB into the report', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const p = preview(`name,lat,lon,notes\nhuge,40.71,-74.0,${big}\ngood,${AUSTIN},short\n`);
    expect(p.kept.map((r) => r.name)).toEqual(['good']);
    expect(p.rejected[0]).toMatchObject({ row: 2, code: 'too_long' });
    expect(p.rejected[0].message).toMatch(new RegExp(`column "notes" holds 10,485,760 characters; a cell may hold at most ${MAX_CELL_CHARS.toLocaleString('en-US')}`));
    expect(String(p.rejected[0].record.notes).length).toBeLessThan(300);
  });
  it('keeps columns named __proto__ or repeated', () => {
    const p = preview(`name,lat,lon,__proto__,tag,tag\na,${AUSTIN},x,1,2\n`);
    expect(p.kept[0].record).toMatchObject({ proto_column: 'x', tag: '1', tag_2: '2' });
  });
});

describe('GeoJSON', () => {
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const pt = (coordinates: unknown, properties: unknown = { name: 'p' }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
  it.each([
    ['name,lat,lon\na,1,2', /not valid JSON.*starts like CSV/],
    ['[1,2]', /JSON array, not GeoJSON/],
    ['42', /bare JSON number/],
    ['{"type":"Point","coordinates":[-97,30]}', /bare Point geometry; wrap it in a Feature/],
    ['{"type":"Topology","objects":{}}', /TopoJSON/],
    ['{"type":"featurecollection","features":[]}', /"type" is "featurecollection": expected "FeatureCollection" or "Feature"/],
    ['{"type":"FeatureCollection","features":{}}', /"features" of the FeatureCollection is not an array/],
    ['{"features":[]}', /no "type"/],
  ])('%s → a specific problem', (text, problem) => {
    expect(preview(text, 'x.geojson').read.problem).toMatch(problem);
  });
  it('per feature: wrong type, deep nesting, coordinates as strings or not an array', () => {
    // Written as text: JSON.stringify itself overflows on 50,000 levels.
    const deep = `${'['.repeat(50_000)}-97.7,30.2${']'.repeat(50_000)}`;
    const deepProp = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const parts = [pt([-97.74, 30.27]), { type: 'Foo' }, null, 'DEEP_GEOMETRY', 'DEEP_PROPERTY', pt(['-74.0', '40.71'], { name: 'text' }), pt('-97,30'), pt([NaN])].map((f) => JSON.stringify(f));
    const text = fc([]).replace('[]', `[${parts.join(',')}]`)
      .replace('"DEEP_GEOMETRY"', `{"type":"Feature","geometry":{"type":"Polygon","coordinates":${deep}},"properties":{}}`)
      .replace('"DEEP_PROPERTY"', `{"type":"Feature","geometry":{"type":"Point","coordinates":[-73.57,45.5]},"properties":{"name":"deep","x":${deepProp}}}`);
    const p = preview(text, 'x.geojson');
    expect(p.kept.map((r) => r.name)).toEqual(['p', 'text']);
    expect(p.notices.join()).toMatch(/1 feature\(s\) give coordinates as text/);
    const msg = Object.fromEntries(p.rejected.map((r) => [r.row, r.message]));
    expect(msg[2]).toMatch(/not a GeoJSON Feature \("type": "Foo"\)/);
    expect(msg[3]).toMatch(/not a GeoJSON Feature \(a null\)/);
    expect(msg[4]).toMatch(/nested more than 6 levels deep/);
    expect(msg[5]).toMatch(/property "x" is nested more than 32 levels deep/);
    expect(msg[7]).toMatch(/Point coordinates are a string; expected \[longitude, latitude\]/);
    expect(msg[8]).toMatch(/empty/); // JSON.stringify(NaN) is null
  });
});

describe('CSV formula injection (OWASP)', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+cmd|\' /C calc\'!A0', `'+cmd|' /C calc'!A0`],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-100.5', '-100.5'],
    ['+3e5', '+3e5'],
    ['Austin', 'Austin'],
    ['', ''],
  ])('%j → %j', (input, out) => {
    expect(neutraliseFormula(input)).toBe(out);
    expect(restoreFormula(neutraliseFormula(input))).toBe(input);
  });
  it('writeCsv guards text cells and leaves numbers alone', () => {
    const csv = writeCsv(['name', 'lon', 'note'], [{ name: '=1+1', lon: -100.5, note: '-100.5' }]);
    const [, row] = Papa.parse<string[]>(csv.trim()).data;
    expect(row).toEqual(["'=1+1", '-100.5', '-100.5']);
  });
  it('a GridScout CSV export read back gets its formula-like names back', () => {
    const csv = writeCsv(['id', 'name', 'lon', 'lat', 'exported_at', 'app_version', 'note'], [{ id: 'a', name: '=evil()', lon: -97.74, lat: 30.27, exported_at: 't', app_version: '0', note: '@x' }]);
    const p = preview(csv);
    const [c] = candidatesFromRows(p.read, p.kept, new Set(), new Date());
    expect(c.name).toBe('=evil()');
    expect(c.props.note).toBe('@x');
  });
});
