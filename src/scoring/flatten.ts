// The output contract: one flat record per scored site, read by the CLI and both exports, so GDAL,
// QGIS and spreadsheets need no nested JSON. See docs/methodology.md § Output contract.
import { CRITERIA, CRITERION_IDS, type CriterionId } from './criteria';
import { ECONOMICS_COLUMNS, type SiteEconomics } from './economics';
import type { CriterionExplanation, SiteScore } from './explain';
import type { ProfileId } from './profiles';

export type FlatValue = string | number | boolean | null;
export type FlatRecord = Record<string, FlatValue>;

export interface ScoredSite {
  name: string;
  /** snapKm: set when the site lies outside every region polygon and was assigned to the nearest. */
  region: { code: string; name: string; snapKm?: number } | null;
  profile: ProfileId;
  scores: Record<ProfileId, SiteScore>;
  economics: SiteEconomics;
  /** The input row's own columns, passed through unchanged. */
  input: Record<string, FlatValue>;
}

const POW10 = [1, 10, 100, 1000];
const round = (x: number | null, digits: number): number | null => {
  if (x === null || !Number.isFinite(x)) return null;
  const f = POW10[digits] ?? 10 ** digits;
  return Math.round(x * f) / f;
};

/** Digits kept per economics column: money and energy to the unit, PUE and prices finer. */
const ECON_DIGITS: Record<string, number> = { econ_pue: 3, econ_power_price_usd_per_mwh: 2, econ_mining_breakeven_usd_per_mwh: 2, econ_hashrate_ph_per_s: 1, econ_it_mw: 3, econ_ai_it_mw: 3, econ_mining_it_mw: 3 };
const ECON = ECONOMICS_COLUMNS.map(([col, field]) => ({ col, field, digits: ECON_DIGITS[col] ?? 0 }));

const HEAD_COLUMNS = ['name', 'region_code', 'region_name', 'region_snap_km', 'profile', 'score', 'score_low', 'score_high', 'score_mining', 'score_ai', 'score_hybrid', 'excluded_reason', 'missing'];
const CRITERION_SUFFIXES = ['value', 'unit', 'source', 'year', 'score', 'weight', 'contribution'];
const TAIL_COLUMNS = ['mining_restriction', 'reweighted', 'coverage_pct', 'flags'];
const criterionColumns = (id: string) => CRITERION_SUFFIXES.map((s) => `${id}_${s}`);

let columns: readonly string[] | null = null;
/** The contract's columns, in order, for sites scored over every criterion (as explainInputs does). */
function standardColumns(): readonly string[] {
  columns ??= Object.freeze([...HEAD_COLUMNS, ...CRITERION_IDS.flatMap(criterionColumns), ...ECON.map((e) => e.col), ...TAIL_COLUMNS]);
  return columns;
}

/** Contract columns in order (input columns follow). */
export function contractColumns(): string[] {
  return [...standardColumns()];
}

/** Number of values flattenValues writes. */
export const CONTRACT_WIDTH = HEAD_COLUMNS.length + CRITERION_IDS.length * CRITERION_SUFFIXES.length + ECON.length + TAIL_COLUMNS.length;

/** True when the active profile's criteria are every criterion in CRITERION_IDS order (always, from explainInputs). */
export function hasStandardCriteria(site: ScoredSite): boolean {
  const criteria = site.scores[site.profile].criteria;
  if (criteria.length !== CRITERION_IDS.length) return false;
  for (let i = 0; i < criteria.length; i++) if (criteria[i].id !== CRITERION_IDS[i]) return false;
  return true;
}

/**
 * The contract's values, written into `out` from `at` on, one per column: contractColumns() order
 * when hasStandardCriteria(site); otherwise the columns of site's own criteria, in their order.
 */
export function flattenValues(site: ScoredSite, out: FlatValue[], at = 0): void {
  const active = site.scores[site.profile];
  let i = at;
  out[i++] = site.name;
  out[i++] = site.region?.code ?? null;
  out[i++] = site.region?.name ?? null;
  out[i++] = site.region?.snapKm ?? null;
  out[i++] = site.profile;
  out[i++] = round(active.score, 1);
  out[i++] = round(active.scoreLow, 1);
  out[i++] = round(active.scoreHigh, 1);
  out[i++] = round(site.scores.mining.score, 1);
  out[i++] = round(site.scores.ai.score, 1);
  out[i++] = round(site.scores.hybrid.score, 1);
  out[i++] = active.excludedReason;
  // Named as the card names them, not by column prefix.
  out[i++] = active.missing.map((id) => CRITERIA[id as CriterionId]?.label ?? id).join('; ');
  for (const c of active.criteria) i = criterionValues(c, out, i);
  const econ = site.economics;
  for (const e of ECON) out[i++] = round(econ[e.field] as number | null, e.digits);
  out[i++] = active.miningRestrictions.length ? active.miningRestrictions.map((r) => `${r.rule} (${r.status})`).join('; ') : null;
  out[i++] = active.reweighted;
  out[i++] = round(active.coveragePct, 1);
  // [...flags, ...notes].join('; ') || null, without the intermediate arrays.
  let flags = '';
  let n = 0;
  for (const f of active.flags) flags += (n++ ? '; ' : '') + f;
  for (const note of econ.notes) flags += (n++ ? '; ' : '') + 'economics: ' + note;
  out[i++] = flags || null;
}

function criterionValues(c: CriterionExplanation, out: FlatValue[], i: number): number {
  out[i++] = c.id === 'cooling' ? round(c.value, 3) : c.value;
  out[i++] = c.unit;
  out[i++] = c.source;
  out[i++] = c.year;
  out[i++] = round(c.score, 1);
  out[i++] = round(c.weightPct, 1);
  out[i++] = round(c.contribution, 2);
  return i;
}

/** The columns flattenValues writes for this site. */
function columnsFor(site: ScoredSite): readonly string[] {
  if (hasStandardCriteria(site)) return standardColumns();
  return [...HEAD_COLUMNS, ...site.scores[site.profile].criteria.flatMap((c) => criterionColumns(c.id)), ...ECON.map((e) => e.col), ...TAIL_COLUMNS];
}

export function flattenScoredSite(site: ScoredSite): FlatRecord {
  const keys = columnsFor(site);
  const values: FlatValue[] = new Array(keys.length);
  flattenValues(site, values);
  const out: FlatRecord = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]] = values[i];

  // Input columns unchanged; one whose name clashes with a contract column is kept as input_<name>.
  for (const [k, v] of Object.entries(site.input)) {
    if (!(k in out)) out[k] = v;
    else if (out[k] !== v) out[`input_${k}`] = v;
  }
  return out;
}
