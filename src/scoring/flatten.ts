// The output contract: one flat record per scored site, read by the CLI and both exports, so GDAL,
// QGIS and spreadsheets need no nested JSON. See docs/methodology.md § Output contract.
import { CRITERION_IDS } from './criteria';
import { ECONOMICS_COLUMNS, type SiteEconomics } from './economics';
import type { SiteScore } from './explain';
import type { ProfileId } from './profiles';

export type FlatValue = string | number | boolean | null;
export type FlatRecord = Record<string, FlatValue>;

export interface ScoredSite {
  name: string;
  region: { code: string; name: string } | null;
  profile: ProfileId;
  scores: Record<ProfileId, SiteScore>;
  economics: SiteEconomics;
  /** The input row's own columns, passed through unchanged. */
  input: Record<string, FlatValue>;
}

const round = (x: number | null, digits: number): number | null => {
  if (x === null || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Digits kept per economics column: money and energy to the unit, PUE and prices finer. */
const ECON_DIGITS: Record<string, number> = { econ_pue: 3, econ_power_price_usd_per_mwh: 2, econ_mining_breakeven_usd_per_mwh: 2, econ_hashrate_ph_per_s: 1, econ_it_mw: 3, econ_ai_it_mw: 3, econ_mining_it_mw: 3 };

/** Contract columns in order (input columns follow). */
export function contractColumns(): string[] {
  const cols = ['name', 'region_code', 'region_name', 'profile', 'score', 'score_mining', 'score_ai', 'score_hybrid', 'excluded_reason', 'missing'];
  for (const id of CRITERION_IDS) for (const s of ['value', 'unit', 'source', 'year', 'score', 'weight', 'contribution']) cols.push(`${id}_${s}`);
  cols.push(...ECONOMICS_COLUMNS.map(([c]) => c));
  cols.push('mining_restriction', 'reweighted', 'coverage_pct', 'flags');
  return cols;
}

export function flattenScoredSite(site: ScoredSite): FlatRecord {
  const active = site.scores[site.profile];
  const out: FlatRecord = {
    name: site.name,
    region_code: site.region?.code ?? null,
    region_name: site.region?.name ?? null,
    profile: site.profile,
    score: round(active.score, 1),
    score_mining: round(site.scores.mining.score, 1),
    score_ai: round(site.scores.ai.score, 1),
    score_hybrid: round(site.scores.hybrid.score, 1),
    excluded_reason: active.excludedReason,
    missing: active.missing.join(','),
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
  out.mining_restriction = active.miningRestrictions.length ? active.miningRestrictions.map((r) => `${r.rule} [${r.status}]`).join('; ') : null;
  out.reweighted = active.reweighted;
  out.coverage_pct = round(active.coveragePct, 1);
  out.flags = [...active.flags, ...site.economics.notes.map((n) => `economics: ${n}`)].join('; ') || null;

  // Input columns unchanged; one whose name clashes with a contract column is kept as input_<name>.
  for (const [k, v] of Object.entries(site.input)) {
    if (!(k in out)) out[k] = v;
    else if (out[k] !== v) out[`input_${k}`] = v;
  }
  return out;
}
