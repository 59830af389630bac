// The ranking rule shared by the candidate list, Compare's "best", the CLI's output order and (through
// rankingScore in model.ts) the surface colours. A site is ranked by its guaranteed score (missing
// weighted criteria at 0), then by coverage, then by its re-weighted score. Taking a criterion's data
// away can only lower the guaranteed score, or keep it and lower the coverage, so a site with missing
// data never outranks an otherwise equal site with data. A hard constraint that cannot be checked
// (its input is missing) might be failed, so such a site is not ranked either: it sorts with the
// excluded ones, else removing the input of a failed constraint would bring a site back.
// See docs/methodology.md § Ranking.

/** What ranking reads from a score (SiteScore and the list's summary both carry it). */
export interface Rankable {
  score: number | null;
  scoreLow: number | null;
  coveragePct: number;
  insufficientData: boolean;
  constraintUnchecked: boolean;
}

/** 0 = ranked, 1 = insufficient data (after the ranked ones), 2 = not ranked (excluded, a constraint not checked, or no data). */
export type RankTier = 0 | 1 | 2;

export function rankTier(s: Rankable): RankTier {
  return s.score === null || s.scoreLow === null || s.constraintUnchecked ? 2 : s.insufficientData ? 1 : 0;
}

/**
 * Negative when `a` ranks before `b`, 0 when they rank equal. Within a tier: higher guaranteed
 * score first, then higher coverage, then higher re-weighted score.
 */
export function compareRank(a: Rankable, b: Rankable): number {
  const ta = rankTier(a);
  const tb = rankTier(b);
  if (ta !== tb || ta === 2) return ta - tb;
  return b.scoreLow! - a.scoreLow! || b.coveragePct - a.coveragePct || b.score! - a.score!;
}
