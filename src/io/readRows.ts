// Format-level reading shared by the CLI and the app's import: CSV or GeoJSON text → rows with a
// coordinate pair, or rejected rows with a reason code and message. No region or duplicate checks
// here (those need the app's data; see src/candidates/classify.ts). Pure, so it can move to a worker.
import Papa from 'papaparse';
import { detectColumns, type ColumnChoice } from './columns';
import { parseCoordinate, type RejectCode } from './coordinate';
import { detectDelimiter, type Delimiter } from './delimiter';
import { centroidOf } from './centroid';

export type CellValue = string | number | boolean | null;

export interface ReadRow {
  /** CSV: 1-based line of the record (header = line 1); GeoJSON: 1-based feature number. */
  row: number;
  lon: number;
  lat: number;
  /** From the name column, '' when there is none. */
  name: string;
  /** Every column of the row, unchanged (CSV values stay strings). */
  record: Record<string, CellValue>;
  /** Set when the point is a centroid of another geometry. */
  fromGeometry?: string;
}

export interface RejectedRow {
  row: number;
  code: RejectCode;
  message: string;
  /** The row's own columns, for the rejected-rows download. */
  record: Record<string, CellValue>;
}

export interface ReadResult {
  format: 'csv' | 'geojson';
  rowKind: 'line' | 'feature';
  headers: string[];
  columns: ColumnChoice;
  delimiter: Delimiter | null;
  rows: ReadRow[];
  rejected: RejectedRow[];
  /** File-level facts worth telling the user (decimal commas, centroids, no data rows). */
  notices: string[];
  /** Why nothing could be read (empty file, no coordinate columns, not JSON); rows are then empty. */
  problem: string | null;
}

function empty(format: 'csv' | 'geojson', problem: string | null): ReadResult {
  return { format, rowKind: format === 'csv' ? 'line' : 'feature', headers: [], columns: { lat: null, lon: null, name: null }, delimiter: null, rows: [], rejected: [], notices: [], problem };
}

/** Coordinates of one record → lon/lat or a rejection (both problems named when both are bad). */
function coordinates(latRaw: unknown, lonRaw: unknown): { lon: number; lat: number; decimalComma: boolean } | { code: RejectCode; message: string } {
  const lat = parseCoordinate(latRaw, 'latitude');
  const lon = parseCoordinate(lonRaw, 'longitude');
  if (lat.ok && lon.ok) return { lon: lon.value, lat: lat.value, decimalComma: lat.decimalComma || lon.decimalComma };
  const bad = [lat, lon].filter((r) => !r.ok) as { code: RejectCode; message: string }[];
  let message = bad.map((b) => b.message).join('; ');
  // A latitude beyond ±90 that would be a valid longitude, next to a longitude that would be a valid
  // latitude, is the signature of swapped columns.
  const latNum = Number(latRaw), lonNum = Number(lonRaw);
  if (!lat.ok && lat.code === 'out_of_range' && lon.ok && Math.abs(lonNum) <= 90 && Math.abs(latNum) <= 180) message += ' (latitude and longitude look swapped)';
  return { code: bad[0].code, message };
}

export function readCsv(text: string, choice?: Partial<ColumnChoice>): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return empty('csv', 'the file is empty');
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  const [headerRow = [], ...data] = parsed.data;
  const headers = headerRow.map((h, i) => (h.trim() === '' ? `column_${i + 1}` : h.trim()));
  const detected = detectColumns(headers);
  const columns: ColumnChoice = { lat: choice?.lat !== undefined ? choice.lat : detected.lat, lon: choice?.lon !== undefined ? choice.lon : detected.lon, name: choice?.name !== undefined ? choice.name : detected.name };
  const result: ReadResult = { ...empty('csv', null), headers, columns, delimiter };
  if (data.length === 0) result.notices.push('the file has a header but no data rows');
  if (!columns.lat || !columns.lon) {
    const missing = [!columns.lat && 'latitude', !columns.lon && 'longitude'].filter(Boolean).join(' and ');
    result.problem = `no ${missing} column found among: ${headers.join(', ').slice(0, 300) || '(no header)'} — choose one`;
    return result;
  }
  const latI = headers.indexOf(columns.lat), lonI = headers.indexOf(columns.lon), nameI = columns.name ? headers.indexOf(columns.name) : -1;
  // Papa reports rows by data index (header excluded); line numbers here assume one line per record,
  // which holds unless a quoted field spans lines.
  const structural = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined && e.code !== 'UndetectableDelimiter') structural.set(e.row - 1, e.message);
  let decimalCommas = 0;
  data.forEach((cells, i) => {
    const row = i + 2;
    const record: Record<string, CellValue> = {};
    headers.forEach((h, c) => (record[h] = cells[c] ?? ''));
    if (cells.length !== headers.length) {
      const hint = cells.length > headers.length && delimiter === ',' ? ' (an unquoted decimal comma such as 45,5 splits a number in two; quote it or use a semicolon-separated file)' : '';
      result.rejected.push({ row, code: 'malformed', message: `row has ${cells.length} fields, the header has ${headers.length}${hint}`, record });
      return;
    }
    const err = structural.get(i);
    if (err) return void result.rejected.push({ row, code: 'malformed', message: `CSV: ${err}`, record });
    const c = coordinates(cells[latI], cells[lonI]);
    if ('code' in c) return void result.rejected.push({ row, code: c.code, message: c.message, record });
    if (c.decimalComma) decimalCommas++;
    result.rows.push({ row, lon: c.lon, lat: c.lat, name: nameI >= 0 ? (cells[nameI] ?? '').trim() : '', record });
  });
  if (decimalCommas) result.notices.push(`${decimalCommas} row(s) use a decimal comma (e.g. 45,5); read as 45.5`);
  return result;
}

interface GeoJsonLike {
  type?: unknown;
  features?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown; geometries?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

export interface GeoJsonReadOptions {
  /** 'centroid' (app): other geometry types become their centroid with a notice; 'reject' (CLI). */
  nonPoint?: 'centroid' | 'reject';
  nameColumn?: string | null;
}

export function readGeoJson(text: string, opts: GeoJsonReadOptions = {}): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return empty('geojson', 'the file is empty');
  let doc: GeoJsonLike;
  try {
    doc = JSON.parse(body) as GeoJsonLike;
  } catch (e) {
    return empty('geojson', `not valid JSON: ${(e as Error).message}`);
  }
  if (!doc || typeof doc !== 'object') return empty('geojson', 'expected a GeoJSON FeatureCollection or Feature');
  const features: unknown[] = doc.type === 'FeatureCollection' && Array.isArray(doc.features) ? doc.features : doc.type === 'Feature' ? [doc] : [];
  if (!features.length && doc.type !== 'FeatureCollection') return empty('geojson', 'expected a GeoJSON FeatureCollection or Feature');
  const result = empty('geojson', null);
  const headers = new Set<string>();
  const centroids = new Map<string, number>();
  const nonPoint = opts.nonPoint ?? 'centroid';
  features.forEach((f, i) => {
    const row = i + 1;
    const feat = (f ?? {}) as GeoJsonLike;
    const record: Record<string, CellValue> = {};
    for (const [k, v] of Object.entries(feat.properties && typeof feat.properties === 'object' ? feat.properties : {})) {
      record[k] = v === null || ['string', 'number', 'boolean'].includes(typeof v) ? (v as CellValue) : JSON.stringify(v);
      headers.add(k);
    }
    if (feat.type !== 'Feature') return void result.rejected.push({ row, code: 'geometry', message: 'not a GeoJSON Feature', record });
    const g = feat.geometry;
    const gtype = g ? String(g.type) : 'null';
    let pos: unknown[];
    if (g && g.type === 'Point') pos = Array.isArray(g.coordinates) ? g.coordinates : [];
    else {
      const c = nonPoint === 'centroid' && g ? centroidOf(g) : null;
      if (!c) return void result.rejected.push({ row, code: 'geometry', message: `geometry is ${gtype}, only Point is ${nonPoint === 'centroid' ? 'read (no usable coordinates)' : 'scored'}`, record });
      pos = c;
      centroids.set(gtype, (centroids.get(gtype) ?? 0) + 1);
    }
    const c = coordinates(pos[1], pos[0]);
    if ('code' in c) return void result.rejected.push({ row, code: c.code, message: c.message, record });
    result.rows.push({ row, lon: c.lon, lat: c.lat, name: '', record, fromGeometry: g?.type === 'Point' ? undefined : gtype });
  });
  result.headers = [...headers];
  const detected = detectColumns(result.headers);
  result.columns = { lat: null, lon: null, name: opts.nameColumn !== undefined ? opts.nameColumn : detected.name };
  for (const r of result.rows) r.name = result.columns.name ? String(r.record[result.columns.name] ?? '').trim() : '';
  for (const [t, n] of centroids) result.notices.push(`${n} ${t} feature(s) reduced to their centroid`);
  if (!features.length) result.notices.push('the collection has no features');
  return result;
}

/** Format by file name: .geojson/.json → GeoJSON, anything else → CSV. */
export function formatOf(path: string): 'geojson' | 'csv' {
  return /\.(geo)?json$/i.test(path) ? 'geojson' : 'csv';
}
