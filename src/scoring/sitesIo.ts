// Reading candidate sites from CSV or GeoJSON text and writing scored sites back out. Pure text in,
// text out (no file system). Reading goes through src/io/readRows.ts, the same reader as the app's import.
import Papa from 'papaparse';
import { findColumn, LAT_NAMES, LON_NAMES } from '../io/columns';
import { formatOf, readCsv, readGeoJson, type ReadResult, type ReadRow } from '../io/readRows';
import type { FlatRecord, FlatValue } from './flatten';

export interface SiteRow {
  /** CSV: 1-based line in the file (header = line 1); GeoJSON: 1-based feature number. */
  row: number;
  name: string;
  lon: number;
  lat: number;
  /** The row's own columns, unchanged (CSV values stay strings). */
  input: Record<string, FlatValue>;
}

export interface RowError {
  row: number;
  message: string;
}

export interface ParsedSites {
  sites: SiteRow[];
  errors: RowError[];
  /** What `row` counts, for messages: 'line' (CSV) or 'feature' (GeoJSON). */
  rowKind: 'line' | 'feature';
}

export { findColumn, formatOf };

/** The CLI's view of a read: every good row with its columns; every bad row by number. */
function toParsed(r: ReadResult, fallbackName: (row: ReadRow, i: number) => string): ParsedSites {
  const errors = r.rejected.map((x) => ({ row: x.row, message: x.message }));
  const sites = r.rows.map((x, i) => ({ row: x.row, name: x.name || fallbackName(x, i), lon: x.lon, lat: x.lat, input: x.record }));
  return { sites, errors, rowKind: r.rowKind };
}

export function parseSitesCsv(text: string): ParsedSites {
  const r = readCsv(text);
  if (r.problem && (!r.columns.lat || !r.columns.lon)) {
    const want = `${!r.columns.lat ? `latitude (${LAT_NAMES.join(', ')})` : ''}${!r.columns.lat && !r.columns.lon ? ' and ' : ''}${!r.columns.lon ? `longitude (${LON_NAMES.join(', ')})` : ''}`;
    throw new Error(`no ${want} column among: ${r.headers.join(', ') || '(no header)'}`);
  }
  if (r.problem) throw new Error(r.problem);
  // Unnamed rows are numbered by data row, as before the shared reader.
  return toParsed(r, (x) => `site ${x.row - 1}`);
}

export function parseSitesGeoJson(text: string): ParsedSites {
  const r = readGeoJson(text, { nonPoint: 'reject' });
  if (r.problem) throw new Error(r.problem);
  return toParsed(r, (x) => `site ${x.row}`);
}

export interface ScoredRecord {
  lon: number;
  lat: number;
  properties: FlatRecord;
}

/** RFC 7946 FeatureCollection: WGS84 lon/lat, no crs member, coordinates to 6 decimals (~0.1 m). */
export function toGeoJson(records: readonly ScoredRecord[]): string {
  const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
  return JSON.stringify({
    type: 'FeatureCollection',
    features: records.map((r) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [r6(r.lon), r6(r.lat)] }, properties: r.properties })),
  });
}

/** CSV with every column of every record (first-seen order); lon/lat added when the input had none. */
export function toCsv(records: readonly ScoredRecord[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  const rows = records.map((r) => {
    const headers = Object.keys(r.properties);
    const hasCoords = findColumn(headers, LAT_NAMES) && findColumn(headers, LON_NAMES);
    return hasCoords ? r.properties : { ...r.properties, lon: r.lon, lat: r.lat };
  });
  for (const row of rows) for (const k of Object.keys(row)) if (!seen.has(k)) (seen.add(k), columns.push(k));
  return Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) }, { newline: '\n' }) + '\n';
}
