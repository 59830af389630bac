// Reading candidate sites from CSV or GeoJSON text and writing scored sites back out. Pure text in,
// text out (no file system), so the CLI and the browser import/export share it.
import Papa from 'papaparse';
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

const LAT_NAMES = ['lat', 'latitude', 'lat_dd', 'latitude_dd', 'y', 'lat_deg', 'site_lat'];
const LON_NAMES = ['lon', 'lng', 'long', 'longitude', 'lon_dd', 'longitude_dd', 'x', 'lon_deg', 'site_lon', 'site_lng'];
const NAME_NAMES = ['name', 'site_name', 'site', 'title', 'label', 'id'];

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** The column among `headers` whose normalised name is first in `candidates`. */
export function findColumn(headers: readonly string[], candidates: readonly string[]): string | null {
  for (const c of candidates) {
    const hit = headers.find((h) => norm(h) === c);
    if (hit !== undefined) return hit;
  }
  return null;
}

function coordinate(raw: unknown, kind: 'latitude' | 'longitude'): number | string {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return `${kind} is empty`;
  const v = Number(text);
  if (!Number.isFinite(v)) return `${kind} "${text}" is not a number`;
  const limit = kind === 'latitude' ? 90 : 180;
  if (Math.abs(v) > limit) return `${kind} ${v} is outside ±${limit}°`;
  return v;
}

function siteName(input: Record<string, FlatValue>, nameCol: string | null, row: number): string {
  const v = nameCol ? input[nameCol] : null;
  return v !== null && v !== undefined && String(v).trim() !== '' ? String(v).trim() : `site ${row}`;
}

export function parseSitesCsv(text: string): ParsedSites {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const headers = parsed.meta.fields ?? [];
  const latCol = findColumn(headers, LAT_NAMES);
  const lonCol = findColumn(headers, LON_NAMES);
  if (!latCol || !lonCol) {
    const want = `${!latCol ? `latitude (${LAT_NAMES.join(', ')})` : ''}${!latCol && !lonCol ? ' and ' : ''}${!lonCol ? `longitude (${LON_NAMES.join(', ')})` : ''}`;
    throw new Error(`no ${want} column among: ${headers.join(', ') || '(no header)'}`);
  }
  const nameCol = findColumn(headers, NAME_NAMES);
  const sites: SiteRow[] = [];
  const errors: RowError[] = [];
  for (const e of parsed.errors) if (e.row !== undefined) errors.push({ row: e.row + 2, message: `CSV: ${e.message}` });
  const badRows = new Set(errors.map((e) => e.row));
  parsed.data.forEach((rec, i) => {
    const row = i + 2; // header is line 1
    if (badRows.has(row)) return;
    const lat = coordinate(rec[latCol], 'latitude');
    const lon = coordinate(rec[lonCol], 'longitude');
    const problems = [lat, lon].filter((x): x is string => typeof x === 'string');
    if (problems.length) {
      errors.push({ row, message: problems.join('; ') });
      return;
    }
    const input: Record<string, FlatValue> = { ...rec };
    sites.push({ row, name: siteName(input, nameCol, i + 1), lon: lon as number, lat: lat as number, input });
  });
  return { sites, errors, rowKind: 'line' };
}

interface GeoJsonLike {
  type?: unknown;
  features?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

export function parseSitesGeoJson(text: string): ParsedSites {
  let doc: GeoJsonLike;
  try {
    doc = JSON.parse(text) as GeoJsonLike;
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
  const features: unknown[] = doc.type === 'FeatureCollection' && Array.isArray(doc.features) ? doc.features : doc.type === 'Feature' ? [doc] : [];
  if (!features.length && doc.type !== 'FeatureCollection') throw new Error('expected a GeoJSON FeatureCollection or Feature');
  const sites: SiteRow[] = [];
  const errors: RowError[] = [];
  features.forEach((f, i) => {
    const row = i + 1;
    const feat = f as GeoJsonLike;
    if (!feat || feat.type !== 'Feature') return void errors.push({ row, message: 'not a GeoJSON Feature' });
    const g = feat.geometry;
    if (!g || g.type !== 'Point') return void errors.push({ row, message: `geometry is ${g ? String(g.type) : 'null'}, only Point is scored` });
    const c = Array.isArray(g.coordinates) ? g.coordinates : [];
    const lon = coordinate(c[0], 'longitude');
    const lat = coordinate(c[1], 'latitude');
    const problems = [lat, lon].filter((x): x is string => typeof x === 'string');
    if (problems.length) return void errors.push({ row, message: problems.join('; ') });
    const input: Record<string, FlatValue> = {};
    for (const [k, v] of Object.entries(feat.properties ?? {})) input[k] = v === null || ['string', 'number', 'boolean'].includes(typeof v) ? (v as FlatValue) : JSON.stringify(v);
    sites.push({ row, name: siteName(input, findColumn(Object.keys(input), NAME_NAMES), row), lon: lon as number, lat: lat as number, input });
  });
  return { sites, errors, rowKind: 'feature' };
}

/** Format by extension: .geojson/.json → GeoJSON, anything else → CSV. */
export function formatOf(path: string): 'geojson' | 'csv' {
  return /\.(geo)?json$/i.test(path) ? 'geojson' : 'csv';
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
