// Property-based tests of the readers (issue 7): random tables and feature collections mixing valid
// rows with malformed ones. Whatever the input: no exception, every valid row kept with its values,
// every invalid row reported with its line/feature number. Runs are bounded to keep the suite fast.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from '../../src/io/decodeFile';
import { readCsv, readGeoJson } from '../../src/io/readRows';

// A fixed seed keeps CI repeatable; set FC_SEED to explore other inputs locally (a failure prints its seed).
const RUNS = { numRuns: 120, seed: Number(process.env.FC_SEED ?? 20261130) };
// -0 is written as "0" by String and JSON, so the generators never produce it.
const lat = fc.double({ min: -90, max: 90, noNaN: true }).map((x) => x + 0);
const lon = fc.double({ min: -180, max: 180, noNaN: true }).map((x) => x + 0);
// Names: any text except CR (CR inside a quoted field is read as LF: line endings are normalised).
const name = fc.string({ maxLength: 20 }).map((s) => `n${s.replace(/\r/g, '')}`);
const badCoordinate = fc.oneof(
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '181', '-180.0001', 'abc', '0x10', '45,5,5', '1..2', '--1', '∞'),
  fc.string({ maxLength: 8 }).filter((s) => !Number.isFinite(Number(s.trim())) || s.trim() === ''),
);

type Row = { valid: true; name: string; lat: number; lon: number; extra: string } | { valid: false; name: string; lat: string; lon: string; extra: string };
const validRow = fc.record({ valid: fc.constant(true as const), name, lat, lon, extra: fc.string({ maxLength: 10 }) });
const invalidRow = fc.record({ valid: fc.constant(false as const), name, lat: fc.oneof(badCoordinate, lat.map(String)), lon: badCoordinate, extra: fc.string({ maxLength: 10 }) });

describe('CSV fuzz', () => {
  it('keeps every valid row with its values and reports every invalid row', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validRow, invalidRow), { minLength: 1, maxLength: 40 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n', '\r'), (rows: Row[], delimiter, newline) => {
        const data = rows.map((r) => [r.name, String(r.lat), String(r.lon), r.extra]);
        const text = Papa.unparse({ fields: ['name', 'lat', 'lon', 'extra'], data }, { delimiter, newline, quotes: true });
        const read = readCsv(text);
        expect(read.problem).toBeNull();
        rows.forEach((r, i) => {
          const line = i + 2;
          const kept = read.rows.find((k) => k.row === line);
          const rejected = read.rejected.find((k) => k.row === line);
          if (r.valid) {
            expect(rejected).toBeUndefined();
            expect(kept).toMatchObject({ lat: r.lat, lon: r.lon, name: r.name.trim(), record: { extra: r.extra.replace(/\r/g, '\n') } });
          } else {
            expect(kept).toBeUndefined();
            expect(rejected?.message).toMatch(/\w/);
          }
        });
        expect(read.rows.length + read.rejected.length).toBe(rows.length);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary text or bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = readCsv(text);
        expect(r.rows.length + r.rejected.length + (r.problem ? 1 : 0) + r.notices.length).toBeGreaterThanOrEqual(0);
        readGeoJson(text);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const d = decodeImportBytes(bytes);
        if (d.ok) (readCsv(d.text), readGeoJson(d.text));
        else expect(d.message).toMatch(/\w/);
      }),
      RUNS,
    );
  });

  it('inserted garbage lines are reported, never silently dropped, and do not cost valid rows', () => {
    const garbage = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/["\r\n]/g, '') || '?')
      // A line of only delimiters and blanks is an empty row: skipped like a blank line, by design.
      .filter((s) => s.split(/[,;\t]/).some((f) => f.trim() !== ''));
    fc.assert(
      fc.property(fc.array(fc.oneof(validRow.map((r) => ({ r })), garbage.map((g) => ({ g }))), { minLength: 1, maxLength: 30 }), (lines) => {
        const text = ['name,lat,lon,extra', ...lines.map((l) => ('g' in l ? l.g : Papa.unparse([[l.r.name, String(l.r.lat), String(l.r.lon), l.r.extra]], { quotes: true })))].join('\n');
        const read = readCsv(text);
        expect(read.rows.length + read.rejected.length).toBe(lines.length);
        lines.forEach((l, i) => {
          if ('r' in l) expect(read.rows.find((k) => k.row === i + 2)).toMatchObject({ lat: l.r.lat, lon: l.r.lon });
        });
      }),
      RUNS,
    );
  });
});

describe('GeoJSON fuzz', () => {
  const key = fc.string({ maxLength: 8 }).filter((k) => k !== '__proto__');
  const props = fc.dictionary(key, fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 4 });
  const validFeature = fc.record({ lat, lon, props }).map((v) => ({ valid: true as const, ...v, feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [v.lon, v.lat] }, properties: v.props } }));
  const invalidFeature = fc
    .oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ lat: fc.oneof(fc.constant(null), fc.constant('x'), fc.double({ min: 91, max: 1e6 })), lon }).map((v) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [v.lon, v.lat] }, properties: {} })),
      fc.constantFrom({ type: 'Feature', geometry: null, properties: {} }, { type: 'Feature', geometry: { type: 'Point', coordinates: 'x' } }, { type: 'Feature', geometry: { type: 'LineString', coordinates: [] } }),
    )
    .map((feature) => ({ valid: false as const, feature }));

  it('keeps every valid feature with its properties and reports every invalid one', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validFeature, invalidFeature), { minLength: 1, maxLength: 30 }), (items) => {
        const read = readGeoJson(JSON.stringify({ type: 'FeatureCollection', features: items.map((i) => i.feature) }));
        expect(read.problem).toBeNull();
        items.forEach((item, i) => {
          const kept = read.rows.find((k) => k.row === i + 1);
          if (item.valid) expect(kept).toMatchObject({ lat: item.lat, lon: item.lon, record: item.props });
          else {
            expect(kept).toBeUndefined();
            expect(read.rejected.find((k) => k.row === i + 1)?.message).toMatch(/\w/);
          }
        });
        expect(read.rows.length + read.rejected.length).toBe(items.length);
      }),
      RUNS,
    );
  });
});
