// Counts of the suitability surface's land cells by score, for the histogram under its legend and
// the "cells remaining" of the threshold slider. One pass over the grid, no per-cell allocation.

export interface ScoreHistogram {
  /** Scored cells per whole point: perPoint[p] = cells with p ≤ score < p + 1 (100 holds score 100). */
  perPoint: Uint32Array;
  /** Scored cells (a score 0–100). */
  scored: number;
  /** Land cells not scored because under 50 % of the weight has data (NaN score, some coverage). */
  insufficient: number;
  /** Land cells with neither a score nor any data: excluded by a constraint, or no data. Counted from `landCells` when given, else 0. */
  excludedOrNoData: number;
}

/**
 * `scores` 0–100 (NaN = not scored), `coverage` % of the weight with data (0 = none), and optionally
 * the grid's number of land cells, so that land cells without any data can be told from sea.
 */
export function scoreHistogram(scores: Float32Array, coverage: Uint8Array, landCells?: number): ScoreHistogram {
  const perPoint = new Uint32Array(101);
  let scored = 0;
  let insufficient = 0;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i];
    if (v === v) {
      // Clamped so a value a hair outside 0–100 still lands in the end bins.
      const p = v <= 0 ? 0 : v >= 100 ? 100 : Math.floor(v);
      perPoint[p]++;
      scored++;
    } else if (coverage[i] > 0) insufficient++;
  }
  // Every land cell neither scored nor partly covered is excluded or has no data.
  const excludedOrNoData = landCells === undefined ? 0 : Math.max(0, landCells - scored - insufficient);
  return { perPoint, scored, insufficient, excludedOrNoData };
}

/** Bins of `binWidth` points over 0–100 (the last bin includes 100): counts[k] = cells with k·w ≤ score < (k+1)·w. */
export function binCounts(h: ScoreHistogram, binWidth: number): number[] {
  const bins = Math.ceil(100 / binWidth);
  const counts = new Array<number>(bins).fill(0);
  for (let p = 0; p <= 100; p++) counts[Math.min(bins - 1, Math.floor(p / binWidth))] += h.perPoint[p];
  return counts;
}

/** Scored cells at or above a whole-point threshold (all scored cells when the threshold is null). */
export function cellsAtOrAbove(h: ScoreHistogram, threshold: number | null): number {
  if (threshold === null || threshold <= 0) return h.scored;
  let n = 0;
  // For a whole number t, score ≥ t exactly when floor(score) ≥ t.
  for (let p = Math.ceil(threshold); p <= 100; p++) n += h.perPoint[p];
  return n;
}
