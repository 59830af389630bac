// Format-level reading shared by the CLI and the app's import: CSV or GeoJSON text → rows with a
// coordinate pair, or rejected rows with a reason code and message. No region or duplicate checks
// here (those need the region lookup; see src/io/siteChecks.ts). Pure, so it can move to a worker.
import Papa from 'papaparse';
import { detectColumns, type ColumnChoice } from './columns';
import { parseCoordinate, type RejectCode } from './coordinate';
import { detectDelimiter, type Delimiter } from './delimiter';
import { centroidOf } from './centroid';
import { longCell, longCellMessage, MAX_COORDINATE_DEPTH, MAX_PROPERTY_DEPTH, nestedDeeperThan, uniqueHeaders } from './hostile';

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

/** Progress callback for long reads: rows done of rows in the file (called every few thousand rows). */
export type ReadProgress = (done: number, total: number) => void;
const PROGRESS_EVERY = 5000;

/** A reader that throws is a bug, but the user still gets a message instead of a broken dialog. */
function guarded(format: 'csv' | 'geojson', read: () => ReadResult): ReadResult {
  try {
    return read();
  } catch (e) {
    return empty(format, `the file could not be read: ${(e as Error)?.message ?? String(e)}`);
  }
}

export function readCsv(text: string, choice?: Partial<ColumnChoice>, onProgress?: ReadProgress): ReadResult {
  return guarded('csv', () => readCsvUnguarded(text, choice, onProgress));
}

function readCsvUnguarded(text: string, choice: Partial<ColumnChoice> | undefined, onProgress: ReadProgress | undefined): ReadResult {
  // One line-ending convention: files glued together from Windows and Unix sources mix CRLF, LF and
  // even bare CR, and papaparse picks a single newline for the whole file.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') return empty('csv', 'the file is empty');
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  const [headerRow = [], ...data] = parsed.data;
  const headers = uniqueHeaders(headerRow);
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
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, data.length);
    const row = i + 2;
    const record: Record<string, CellValue> = {};
    headers.forEach((h, c) => (record[h] = cells[c] ?? ''));
    if (cells.length !== headers.length) {
      const hint = cells.length > headers.length && delimiter === ',' ? ' (an unquoted decimal comma such as 45,5 splits a number in two; quote it or use a semicolon-separated file)' : '';
      result.rejected.push({ row, code: 'malformed', message: `row has ${cells.length} fields, the header has ${headers.length}${hint}`, record });
      return;
    }
    const long = longCell(record);
    if (long) return void result.rejected.push({ row, code: 'too_long', message: longCellMessage(long), record: { ...record, [long.column]: `${String(record[long.column]).slice(0, 200)}…` } });
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

/** Geometries other than Point are read as their centroid, with a notice (app and CLI alike). */
export interface GeoJsonReadOptions {
  nameColumn?: string | null;
}

/** Why a parsed JSON value is not something the import reads, named after what it is. */
function notGeoJson(doc: unknown): string {
  if (Array.isArray(doc)) return 'the file is a JSON array, not GeoJSON: expected an object with "type": "FeatureCollection" or "Feature"';
  if (!doc || typeof doc !== 'object') return `the file is a bare JSON ${doc === null ? 'null' : typeof doc}, not GeoJSON`;
  const t = (doc as { type?: unknown }).type;
  if (t === undefined) return 'the JSON has no "type": expected a GeoJSON FeatureCollection or Feature';
  if (t === 'Topology') return 'the file is TopoJSON ("type": "Topology"); convert it to GeoJSON first (e.g. with topo2geo or mapshaper)';
  if (typeof t === 'string' && ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'].includes(t)) {
    return `the file is a bare ${t} geometry; wrap it in a Feature or FeatureCollection`;
  }
  return `"type" is ${JSON.stringify(t)?.slice(0, 60)}: expected "FeatureCollection" or "Feature"`;
}

export function readGeoJson(text: string, opts: GeoJsonReadOptions = {}, onProgress?: ReadProgress): ReadResult {
  return guarded('geojson', () => readGeoJsonUnguarded(text, opts, onProgress));
}

function readGeoJsonUnguarded(text: string, opts: GeoJsonReadOptions, onProgress: ReadProgress | undefined): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return empty('geojson', 'the file is empty');
  let doc: GeoJsonLike;
  try {
    doc = JSON.parse(body) as GeoJsonLike;
  } catch (e) {
    const start = body.trimStart().slice(0, 40).split(/\n/)[0];
    const looksCsv = !/^[[{]/.test(start) && /[,;\t]/.test(start);
    return empty('geojson', `not valid JSON: ${(e as Error).message}${looksCsv ? ` — the file starts like CSV ("${start}"); give it a .csv name to import it as CSV` : ''}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || (doc.type !== 'FeatureCollection' && doc.type !== 'Feature')) return empty('geojson', notGeoJson(doc));
  if (doc.type === 'FeatureCollection' && !Array.isArray(doc.features)) return empty('geojson', '"features" of the FeatureCollection is not an array');
  const features: unknown[] = doc.type === 'FeatureCollection' ? (doc.features as unknown[]) : [doc];
  const result = empty('geojson', null);
  const headers = new Set<string>();
  const centroids = new Map<string, number>();
  let textCoordinates = 0;
  features.forEach((f, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, features.length);
    const row = i + 1;
    const feat = (f !== null && typeof f === 'object' ? f : {}) as GeoJsonLike;
    const record: Record<string, CellValue> = {};
    let deepProperty: string | null = null;
    const props = feat.properties && typeof feat.properties === 'object' && !Array.isArray(feat.properties) ? feat.properties : {};
    for (const [rawKey, v] of Object.entries(props)) {
      const k = rawKey === '__proto__' ? 'proto_column' : rawKey;
      if (v !== null && typeof v === 'object' && nestedDeeperThan(v, MAX_PROPERTY_DEPTH)) {
        deepProperty ??= k;
        record[k] = '[nested too deep]';
      } else record[k] = v === null || ['string', 'number', 'boolean'].includes(typeof v) ? (v as CellValue) : JSON.stringify(v);
      headers.add(k);
    }
    if (feat.type !== 'Feature') {
      const what = f === null || typeof f !== 'object' ? `a ${f === null ? 'null' : typeof f}` : feat.type === undefined ? 'an object without "type"' : `"type": ${JSON.stringify(feat.type)?.slice(0, 40)}`;
      return void result.rejected.push({ row, code: 'geometry', message: `not a GeoJSON Feature (${what})`, record });
    }
    if (deepProperty) return void result.rejected.push({ row, code: 'malformed', message: `property "${deepProperty.slice(0, 60)}" is nested more than ${MAX_PROPERTY_DEPTH} levels deep`, record });
    const long = longCell(record);
    if (long) return void result.rejected.push({ row, code: 'too_long', message: longCellMessage(long), record: { ...record, [long.column]: `${String(record[long.column]).slice(0, 200)}…` } });
    const g = feat.geometry;
    if (g && typeof g === 'object' && nestedDeeperThan(g.coordinates, MAX_COORDINATE_DEPTH)) {
      return void result.rejected.push({ row, code: 'geometry', message: `coordinates are nested more than ${MAX_COORDINATE_DEPTH} levels deep (a GeoJSON geometry has at most 4)`, record });
    }
    const gtype = g ? String(g.type) : 'null';
    let pos: unknown[];
    if (g && g.type === 'Point') {
      if (!Array.isArray(g.coordinates)) return void result.rejected.push({ row, code: 'geometry', message: `Point coordinates are ${g.coordinates === undefined ? 'missing' : `a ${g.coordinates === null ? 'null' : typeof g.coordinates}`}; expected [longitude, latitude]`, record });
      pos = g.coordinates;
    }
    else {
      const c = g ? centroidOf(g) : null;
      if (!c) return void result.rejected.push({ row, code: 'geometry', message: `geometry is ${gtype}, only Point is read (no usable coordinates)`, record });
      pos = c;
      centroids.set(gtype, (centroids.get(gtype) ?? 0) + 1);
    }
    const c = coordinates(pos[1], pos[0]);
    if ('code' in c) return void result.rejected.push({ row, code: c.code, message: c.message, record });
    // RFC 7946 wants numbers; "-97.7" as text is read (as a CSV cell would be) and counted for a notice.
    if (typeof pos[0] === 'string' || typeof pos[1] === 'string') textCoordinates++;
    result.rows.push({ row, lon: c.lon, lat: c.lat, name: '', record, fromGeometry: g?.type === 'Point' ? undefined : gtype });
  });
  result.headers = [...headers];
  const detected = detectColumns(result.headers);
  result.columns = { lat: null, lon: null, name: opts.nameColumn !== undefined ? opts.nameColumn : detected.name };
  for (const r of result.rows) r.name = result.columns.name ? String(r.record[result.columns.name] ?? '').trim() : '';
  for (const [t, n] of centroids) result.notices.push(`${n} ${t} feature(s) reduced to their centroid`);
  if (textCoordinates) result.notices.push(`${textCoordinates} feature(s) give coordinates as text (e.g. "-97.7"), which GeoJSON does not allow; read as numbers`);
  if (!features.length) result.notices.push('the collection has no features');
  return result;
}

/** Format by file name: .geojson/.json → GeoJSON, anything else → CSV. */
export function formatOf(path: string): 'geojson' | 'csv' {
  return /\.(geo)?json$/i.test(path) ? 'geojson' : 'csv';
}
