// The compare table as data: one row per criterion facet and economics figure, one cell per site,
// with the best cell(s) of each row marked. Pure, so the table and its tests read the same model.
import { CRITERIA, CRITERION_IDS } from '../scoring/criteria';
import type { ScoredSite } from '../scoring/flatten';
import type { SiteScore } from '../scoring/explain';
import { PROFILE_IDS } from '../scoring/profiles';
import { compareRank, rankTier } from '../scoring/rank';
import { scoreText } from '../scoring/scoreText';

const SHORT: Record<(typeof PROFILE_IDS)[number], string> = { mining: 'Mining', ai: 'AI', hybrid: 'Hybrid' };

export interface CompareRow {
  group: string;
  label: string;
  unit: string;
  values: (number | null)[];
  /** Which way is better for this row; null = no "best" (e.g. weights). */
  better: 'low' | 'high' | null;
  digits: number;
  /** Indexes of the best values (ties all marked). */
  best: number[];
  /** Text to show instead of the number (score rows: the interval or "insufficient data"). */
  texts?: string[];
}

function row(group: string, label: string, unit: string, values: (number | null)[], better: 'low' | 'high' | null, digits: number): CompareRow {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let best: number[] = [];
  if (better && present.length > 1) {
    const target = better === 'low' ? Math.min(...present) : Math.max(...present);
    if (!present.every((v) => v === target)) best = values.flatMap((v, i) => (v === target ? [i] : []));
  }
  return { group, label, unit, values, better, digits, best };
}

/**
 * A facility type's score row. "Best" follows the ranking rule (scoring/rank.ts), so a site with
 * missing data is never best over an otherwise equal site with data, and a site with insufficient
 * data or no score is never best.
 */
function scoreRow(label: string, scores: readonly SiteScore[]): CompareRow {
  const ranked = scores.flatMap((s, i) => (rankTier(s) === 0 ? [i] : []));
  let best: number[] = [];
  if (ranked.length > 1) {
    const top = ranked.reduce((a, i) => (compareRank(scores[i], scores[a]) < 0 ? i : a));
    best = ranked.filter((i) => compareRank(scores[i], scores[top]) === 0);
    if (best.length === ranked.length) best = [];
  }
  return { group: 'Scores', label, unit: '/100', values: scores.map((s) => s.score), better: 'high', digits: 0, best, texts: scores.map(scoreText) };
}

export function compareRows(sites: readonly ScoredSite[]): CompareRow[] {
  if (!sites.length) return [];
  const profile = sites[0].profile;
  const rows: CompareRow[] = PROFILE_IDS.map((id) => scoreRow(`${SHORT[id]} score`, sites.map((s) => s.scores[id])));
  CRITERION_IDS.forEach((id, c) => {
    const def = CRITERIA[id];
    const crit = sites.map((s) => s.scores[profile].criteria[c]);
    const group = def.label;
    rows.push(row(group, 'Value', def.unit, crit.map((x) => x.value), def.direction === 'lower_is_better' ? 'low' : 'high', def.unit === 'PUE' ? 2 : 1));
    rows.push(row(group, 'Score', '/100', crit.map((x) => x.score), 'high', 0));
    rows.push(row(group, 'Contribution', 'points', crit.map((x) => x.contribution), 'high', 1));
  });
  const econ: [string, string, (s: ScoredSite) => number | null, 'low' | 'high', number][] = [
    ['PUE', 'PUE', (s) => s.economics.pue, 'low', 2],
    ['Power price used', 'USD/MWh', (s) => s.economics.powerPriceUsdPerMwh, 'low', 1],
    ['Power cost', 'USD M/yr', (s) => mil(s.economics.powerCostUsdPerYear), 'low', 1],
    ['CO2e', 't/yr', (s) => s.economics.co2TPerYear, 'low', 0],
    ['Revenue', 'USD M/yr', (s) => mil(s.economics.revenueUsdPerYear), 'high', 1],
    ['Margin before capex', 'USD M/yr', (s) => mil(s.economics.marginUsdPerYear), 'high', 1],
  ];
  for (const [label, unit, get, better, digits] of econ) rows.push(row('Economics', label, unit, sites.map(get), better, digits));
  return rows;
}

const mil = (x: number | null) => (x === null ? null : x / 1e6);

/** Per-site contribution of each criterion to the active score, for the stacked bar chart. */
export function contributionBars(site: ScoredSite): { id: string; label: string; points: number }[] {
  return site.scores[site.profile].criteria.filter((c) => (c.contribution ?? 0) > 0).map((c) => ({ id: c.id, label: c.label, points: c.contribution! }));
}
