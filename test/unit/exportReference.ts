// The export writers as they were before the streaming/chunked rewrite (commit f1e8db2), kept verbatim
// as a reference: test/unit/exportBytes.test.ts checks that the current writers produce byte-identical
// files. Not used by the app.
import Papa from 'papaparse';
import { CRITERIA, CRITERION_IDS, type CriterionId } from '../../src/scoring/criteria';
import { ECONOMICS_COLUMNS } from '../../src/scoring/economics';
import { contractColumns, type FlatRecord, type ScoredSite } from '../../src/scoring/flatten';
import { resolveWeights } from '../../src/scoring/weights';
import { neutraliseFormula } from '../../src/io/formulaGuard';
import type { CellValue } from '../../src/io/readRows';
import { round6 } from '../../src/io/coordinate';
import type { Candidate } from '../../src/candidates/types';
import type { ExportItem, ExportMeta } from '../../src/candidates/exportRecords';

const round = (x: number | null, digits: number): number | null => {
  if (x === null || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

const ECON_DIGITS: Record<string, number> = { econ_pue: 3, econ_power_price_usd_per_mwh: 2, econ_mining_breakeven_usd_per_mwh: 2, econ_hashrate_ph_per_s: 1, econ_it_mw: 3, econ_ai_it_mw: 3, econ_mining_it_mw: 3 };

export function refFlattenScoredSite(site: ScoredSite): FlatRecord {
  const active = site.scores[site.profile];
  const out: FlatRecord = {
    name: site.name,
    region_code: site.region?.code ?? null,
    region_name: site.region?.name ?? null,
    // Added deliberately with issue 12 (geography): how far outside every polygon a snapped site lies.
    region_snap_km: site.region?.snapKm ?? null,
    profile: site.profile,
    score: round(active.score, 1),
    // Added deliberately with issue 12 (missing is unknown): the score's bounds beside it.
    score_low: round(active.scoreLow, 1),
    score_high: round(active.scoreHigh, 1),
    score_mining: round(site.scores.mining.score, 1),
    score_ai: round(site.scores.ai.score, 1),
    score_hybrid: round(site.scores.hybrid.score, 1),
    excluded_reason: active.excludedReason,
    // Changed deliberately with issue 12 (words for site developers): criteria by label.
    missing: active.missing.map((id) => CRITERIA[id as CriterionId].label).join('; '),
  };
  for (const c of active.criteria) {
    out[`${c.id}_value`] = c.id === 'cooling' ? round(c.value, 3) : c.value;
    out[`${c.id}_unit`] = c.unit;
    out[`${c.id}_source`] = c.source;
    out[`${c.id}_year`] = c.year;
    out[`${c.id}_score`] = round(c.score, 1);
    out[`${c.id}_weight`] = round(c.weightPct, 1);
    out[`${c.id}_contribution`] = round(c.contribution, 2);
  }
  for (const [col, field] of ECONOMICS_COLUMNS) out[col] = round(site.economics[field] as number | null, ECON_DIGITS[col] ?? 0);
  out.mining_restriction = active.miningRestrictions.length ? active.miningRestrictions.map((r) => `${r.rule} (${r.status})`).join('; ') : null;
  out.reweighted = active.reweighted;
  out.coverage_pct = round(active.coveragePct, 1);
  out.flags = [...active.flags, ...site.economics.notes.map((n) => `economics: ${n}`)].join('; ') || null;

  for (const [k, v] of Object.entries(site.input)) {
    if (!(k in out)) out[k] = v;
    else if (out[k] !== v) out[`input_${k}`] = v;
  }
  return out;
}

const META_COLUMNS = ['id', 'shortlisted', 'added_at', 'exported_at', 'app_version', 'lon', 'lat'] as const;
const weightColumn = (id: string) => `weight_${id}`;
const reserved = new Set([...contractColumns(), ...META_COLUMNS, ...CRITERION_IDS.map(weightColumn)]);

export function refExportRecord(c: Candidate, scored: ScoredSite, meta: ExportMeta): FlatRecord {
  const out: FlatRecord = { id: c.id, ...refFlattenScoredSite({ ...scored, input: {} }) };
  out.shortlisted = c.starred;
  const w = resolveWeights(meta.model.profile, meta.model.weights);
  const total = CRITERION_IDS.reduce((s, id) => s + w[id], 0) || 1;
  for (const id of CRITERION_IDS) out[weightColumn(id)] = Math.round((w[id] / total) * 1000) / 10;
  out.added_at = c.addedAt;
  out.exported_at = meta.exportedAt;
  out.app_version = meta.appVersion;
  for (const [k, v] of Object.entries(c.props)) out[reserved.has(k) ? `input_${k}` : k] = v;
  return out;
}

function columnsOf(rows: readonly Record<string, CellValue>[], first: readonly string[] = []): string[] {
  const seen = new Set<string>(first);
  const cols = [...first];
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) (seen.add(k), cols.push(k));
  return cols;
}

export function refWriteCsv(columns: readonly string[], rows: readonly Record<string, CellValue>[]): string {
  const cell = (v: CellValue | undefined): string | number | boolean => (v === null || v === undefined ? '' : typeof v === 'string' ? neutraliseFormula(v) : v);
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => cell(r[c]))) }, { newline: '\n' }) + '\n';
}

export function refExportGeoJson(items: readonly ExportItem[], meta: ExportMeta): string {
  const features = items.map(({ candidate: c, scored }) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [round6(c.lon), round6(c.lat)] },
    properties: refExportRecord(c, scored, meta),
  }));
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 0);
}

export function refExportCsv(items: readonly ExportItem[], meta: ExportMeta): string {
  const rows = items.map(({ candidate: c, scored }) => ({ ...refExportRecord(c, scored, meta), lon: round6(c.lon), lat: round6(c.lat) }));
  return refWriteCsv(columnsOf(rows, ['id', 'name', 'lon', 'lat']), rows);
}
