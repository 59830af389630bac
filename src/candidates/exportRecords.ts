// Export builders: candidates + their scores → the flat contract (src/scoring/flatten.ts) plus the
// columns a re-import needs to restore them (id, shortlisted, added_at) and the export's provenance
// (weights used, time, app version). GeoJSON per RFC 7946; CSV with the same columns, one row a site.
import { CRITERION_IDS } from '../scoring/criteria';
import { contractColumns, flattenScoredSite, type FlatRecord, type ScoredSite } from '../scoring/flatten';
import { resolveWeights } from '../scoring/weights';
import type { ModelOptions } from '../scoring/model';
import { columnsOf, writeCsv } from '../io/csvWrite';
import { round6, type Candidate } from './types';

export interface ExportMeta {
  exportedAt: string;
  appVersion: string;
  model: ModelOptions;
}

/** Columns GridScout writes (beyond the contract); an input column of the same name becomes input_<name>. */
export const META_COLUMNS = ['id', 'shortlisted', 'added_at', 'exported_at', 'app_version', 'lon', 'lat'] as const;
export const weightColumn = (id: string) => `weight_${id}`;

let reserved: Set<string> | null = null;
/** Every column an export writes itself; anything else in an export is the user's own. */
export function reservedColumns(): Set<string> {
  reserved ??= new Set([...contractColumns(), ...META_COLUMNS, ...CRITERION_IDS.map(weightColumn)]);
  return reserved;
}

/** One flat record: GridScout columns first, then the user's own columns (renamed on a clash). */
export function exportRecord(c: Candidate, scored: ScoredSite, meta: ExportMeta): FlatRecord {
  const out: FlatRecord = { id: c.id, ...flattenScoredSite({ ...scored, input: {} }) };
  out.shortlisted = c.starred;
  // The weights as entered for the active profile (defaults + the user's overrides), as % of their sum.
  const w = resolveWeights(meta.model.profile, meta.model.weights);
  const total = CRITERION_IDS.reduce((s, id) => s + w[id], 0) || 1;
  for (const id of CRITERION_IDS) out[weightColumn(id)] = Math.round((w[id] / total) * 1000) / 10;
  out.added_at = c.addedAt;
  out.exported_at = meta.exportedAt;
  out.app_version = meta.appVersion;
  const taken = reservedColumns();
  for (const [k, v] of Object.entries(c.props)) out[taken.has(k) ? `input_${k}` : k] = v;
  return out;
}

export interface ExportItem {
  candidate: Candidate;
  scored: ScoredSite;
}

export function exportGeoJson(items: readonly ExportItem[], meta: ExportMeta): string {
  const features = items.map(({ candidate: c, scored }) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [round6(c.lon), round6(c.lat)] },
    properties: exportRecord(c, scored, meta),
  }));
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 0);
}

export function exportCsv(items: readonly ExportItem[], meta: ExportMeta): string {
  const rows = items.map(({ candidate: c, scored }) => ({ ...exportRecord(c, scored, meta), lon: round6(c.lon), lat: round6(c.lat) }));
  return writeCsv(columnsOf(rows, ['id', 'name', 'lon', 'lat']), rows);
}

/** gridscout-shortlist-2026-11-24.geojson (local date). */
export function exportFileName(kind: 'shortlist' | 'all' | 'rejected', ext: 'geojson' | 'csv', date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `gridscout-${kind}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${ext}`;
}
