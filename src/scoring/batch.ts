// Batch scoring for the suitability surface, in three stages so that a weight change — the common,
// interactive case — runs only the last one:
//   prepareSurface  once per data load: raw values → interleaved float32 criterion scores + presence bits
//   surfaceMask     when constraints or the profile change: presence bits, 0 for excluded / water cells
//   rescoreSurface  on every weight change: one tight loop, 12 multiply-adds and two table lookups per cell
// The arithmetic is that of scoreVector (model.ts), so a cell's value is exactly the ranking score
// (rankingScore: the guaranteed score, NaN below 50 % coverage) of the same point.
import { CRITERION_IDS, type CriterionId } from './criteria';
import { criterionScore, surfaceTables, type CompiledModel } from './model';

/** Number of criteria; the unrolled loop below is written for exactly this many. */
const K = CRITERION_IDS.length;
if (K !== 12) throw new Error('rescoreSurface is unrolled for 12 criteria: update it with CRITERION_IDS');

export interface BatchColumns {
  /** Raw criterion values per cell, in criterion units; NaN = missing. Absent column = missing everywhere. */
  raw: Partial<Record<CriterionId, Float32Array>>;
  /** 1 = land (scored), 0 = water/outside (NaN). Absent = all land. */
  land?: Uint8Array;
  /** Needed only for the temperature constraints (absent = missing everywhere: every cell unranked under one). */
  summerMaxC?: Float32Array;
  annualMeanC?: Float32Array;
  /** 1 where a crypto-mining rule applies; needed only when the model excludes restricted sites. */
  miningRestricted?: Uint8Array;
}

export interface PreparedSurface {
  n: number;
  /** n × K criterion scores, cell-major (cell i at [i*K, i*K+K)); 0 where missing. One transferable buffer. */
  scores: Float32Array;
  /** Bit c set = criterion c has data in the cell. */
  present: Uint16Array;
}

/** Criterion scores do not depend on weights, so they are computed once per data load. */
export function prepareSurface(m: CompiledModel, raw: Partial<Record<CriterionId, Float32Array>>, n: number): PreparedSurface {
  const scores = new Float32Array(n * K);
  const present = new Uint16Array(n);
  for (let c = 0; c < K; c++) {
    const col = raw[CRITERION_IDS[c]];
    if (!col) continue;
    if (col.length < n) throw new Error(`column ${CRITERION_IDS[c]} has ${col.length} cells, expected ${n}`);
    const bit = 1 << c;
    for (let i = 0; i < n; i++) {
      const x = col[i];
      if (x !== x) continue;
      scores[i * K + c] = criterionScore(m, c, x);
      present[i] |= bit;
    }
  }
  return { n, scores, present };
}

/**
 * Presence bits with excluded and water cells set to 0 (→ NaN score). A cell whose constraint input
 * is missing is cleared too: the constraint cannot be checked, so the cell is not ranked (rank.ts).
 */
export function surfaceMask(m: CompiledModel, prepared: PreparedSurface, cols: BatchColumns): Uint16Array {
  const { n } = prepared;
  const mask = prepared.present.slice(0, n);
  const clear = (keep: (i: number) => boolean) => {
    for (let i = 0; i < n; i++) if (!keep(i)) mask[i] = 0;
  };
  if (cols.land) {
    const land = cols.land;
    clear((i) => land[i] !== 0);
  }
  for (let c = 0; c < K; c++) {
    const max = m.maxRaw[c];
    const col = cols.raw[CRITERION_IDS[c]];
    // NaN <= max is false: a missing value leaves the constraint unchecked, and the cell unranked.
    if (max !== Infinity) {
      if (!col) return mask.fill(0);
      clear((i) => col[i] <= max);
    }
  }
  if (m.maxSummerMaxC !== Infinity) {
    const t = cols.summerMaxC;
    const max = m.maxSummerMaxC;
    if (!t) return mask.fill(0);
    clear((i) => t[i] <= max);
  }
  if (m.minAnnualMeanC !== -Infinity) {
    const t = cols.annualMeanC;
    const min = m.minAnnualMeanC;
    if (!t) return mask.fill(0);
    clear((i) => t[i] >= min);
  }
  if (m.excludeMiningRestricted && cols.miningRestricted) {
    const r = cols.miningRestricted;
    clear((i) => r[i] === 0);
  }
  return mask;
}

/**
 * The hot loop: writes every cell's ranking score (model.ts rankingScore; NaN where mask is 0 or
 * coverage is below 50 %) into `out` and, when given, its coverage of the profile's weight in whole %
 * into `coveragePct` (0 where mask is 0), which the map uses to dim partly covered cells.
 */
export function rescoreSurface(m: CompiledModel, scores: Float32Array, mask: Uint16Array, out: Float32Array, coveragePct?: Uint8Array): void {
  const n = out.length;
  if (scores.length < n * K || mask.length < n) throw new Error('surface buffers are shorter than the output');
  if (coveragePct && coveragePct.length < n) throw new Error('coverage buffer is shorter than the output');
  const { factor, coveragePct: covTable } = surfaceTables(m);
  const w = m.normalisedWeights;
  const w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4], w5 = w[5], w6 = w[6], w7 = w[7];
  const w8 = w[8], w9 = w[9], w10 = w[10], w11 = w[11];
  if (!coveragePct) {
    for (let i = 0, b = 0; i < n; i++, b += 12) {
      // Left-to-right sum in criterion order, the same as scoreVector.
      out[i] =
        (w0 * scores[b] + w1 * scores[b + 1] + w2 * scores[b + 2] + w3 * scores[b + 3] +
          w4 * scores[b + 4] + w5 * scores[b + 5] + w6 * scores[b + 6] + w7 * scores[b + 7] +
          w8 * scores[b + 8] + w9 * scores[b + 9] + w10 * scores[b + 10] + w11 * scores[b + 11]) *
        factor[mask[i]];
    }
    return;
  }
  // The same loop, writing the coverage in the same pass (one read of the mask per cell).
  for (let i = 0, b = 0; i < n; i++, b += 12) {
    const bits = mask[i];
    out[i] =
      (w0 * scores[b] + w1 * scores[b + 1] + w2 * scores[b + 2] + w3 * scores[b + 3] +
        w4 * scores[b + 4] + w5 * scores[b + 5] + w6 * scores[b + 6] + w7 * scores[b + 7] +
        w8 * scores[b + 8] + w9 * scores[b + 9] + w10 * scores[b + 10] + w11 * scores[b + 11]) *
      factor[bits];
    coveragePct[i] = covTable[bits];
  }
}

/** All three stages in one call (tests, one-off use). */
export function scoreBatch(m: CompiledModel, cols: BatchColumns, out: Float32Array, coveragePct?: Uint8Array): void {
  const prepared = prepareSurface(m, cols.raw, out.length);
  rescoreSurface(m, prepared.scores, surfaceMask(m, prepared, cols), out, coveragePct);
}
