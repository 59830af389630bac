// How a score reads in the list, the card and Compare: one number at full coverage, the interval
// ("62–81": missing criteria at 0 and at 100) when data is missing, words when it cannot be ranked.
import { NO_DATA_REASON } from './explain';
import type { Rankable } from './rank';

export interface ScoreLike extends Rankable {
  scoreHigh: number | null;
  excludedReason: string | null;
}

/** "70", "62–81", "insufficient data", "not checked: no data" (a constraint's input is missing), "excluded" or "no data". */
export function scoreText(s: ScoreLike): string {
  if (s.score === null || s.scoreLow === null || s.scoreHigh === null) return s.excludedReason !== null && !isNoDataReason(s.excludedReason) ? 'excluded' : 'no data';
  // Not checked ranks below insufficient data (rank.ts), so it is named first.
  if (s.constraintUnchecked) return 'not checked: no data';
  if (s.insufficientData) return 'insufficient data';
  return rangeText(s);
}

/** The number alone: "70" at full coverage, "62–81" with data missing; "—" without a score. */
export function rangeText(s: Pick<ScoreLike, 'score' | 'scoreLow' | 'scoreHigh'>): string {
  if (s.score === null || s.scoreLow === null || s.scoreHigh === null) return '—';
  const lo = s.scoreLow.toFixed(0);
  const hi = s.scoreHigh.toFixed(0);
  return lo === hi ? s.score.toFixed(0) : `${lo}–${hi}`;
}

/** True when the site has no score because it has no data (not because a constraint excluded it). */
export function isNoDataReason(reason: string): boolean {
  return reason === NO_DATA_REASON;
}

/** One line on what the number rests on: "all criteria had data" or "80 % of the weight had data". */
export function coverageText(s: ScoreLike): string {
  if (s.score === null) return s.excludedReason !== null && !isNoDataReason(s.excludedReason) ? 'excluded' : 'no data here: not scored';
  if (s.constraintUnchecked) return 'a constraint could not be checked here: not ranked';
  if (s.scoreLow === s.scoreHigh) return 'all criteria had data';
  return `${Math.floor(s.coveragePct)} % of the weight had data`;
}
