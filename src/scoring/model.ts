// A compiled scoring model: per-criterion linear coefficients and normalised weights, in CRITERION_IDS
// order. The point scorer and the batch scorer both use it, term by term in the same order, so they
// return identical scores.
import { CRITERIA, CRITERION_IDS, linearCoefficients } from './criteria';
import { CRITERION_MAX_CONSTRAINTS, validateConstraints, type Constraints } from './constraints';
import { PROFILES, type ProfileId, type Weights } from './profiles';
import { normaliseWeights, resolveWeights } from './weights';

export interface ModelOptions {
  profile: ProfileId;
  /** Overrides of the profile's default weights (any non-negative scale). */
  weights?: Partial<Weights>;
  constraints?: Constraints;
}

export interface CompiledModel {
  profile: ProfileId;
  /** Weights as entered (profile defaults + overrides). */
  weights: Weights;
  /** Fractions summing to 1 over all criteria, before re-weighting for missing data. */
  normalisedWeights: Float64Array;
  slope: Float64Array;
  intercept: Float64Array;
  /** 1 where the criterion is scored on log10(raw). */
  logScale: Uint8Array;
  /** Upper bound per criterion raw value (Infinity = none). */
  maxRaw: Float64Array;
  maxSummerMaxC: number;
  minAnnualMeanC: number;
  excludeMiningRestricted: boolean;
  constraints: Constraints;
}

export function compileModel(opts: ModelOptions): CompiledModel {
  const constraints = opts.constraints ?? {};
  validateConstraints(constraints);
  const weights = resolveWeights(opts.profile, opts.weights);
  const nw = normaliseWeights(weights);
  const maxRaw = new Float64Array(CRITERION_IDS.length).fill(Infinity);
  for (const c of CRITERION_MAX_CONSTRAINTS) {
    const v = constraints[c.key];
    if (typeof v === 'number') maxRaw[CRITERION_IDS.indexOf(c.id)] = v;
  }
  return {
    profile: opts.profile,
    weights,
    normalisedWeights: Float64Array.from(CRITERION_IDS, (id) => nw[id]),
    slope: Float64Array.from(CRITERION_IDS, (id) => linearCoefficients(CRITERIA[id]).slope),
    intercept: Float64Array.from(CRITERION_IDS, (id) => linearCoefficients(CRITERIA[id]).intercept),
    logScale: Uint8Array.from(CRITERION_IDS, (id) => (CRITERIA[id].logScale ? 1 : 0)),
    maxRaw,
    maxSummerMaxC: constraints.maxSummerMaxC ?? Infinity,
    minAnnualMeanC: constraints.minAnnualMeanC ?? -Infinity,
    excludeMiningRestricted: PROFILES[opts.profile].miningRulesApply && constraints.excludeMiningRestricted === true,
    constraints,
  };
}

/**
 * Below this share of the profile's weight with data, a site is "insufficient data": its numbers are
 * shown but it is not ranked (list, Compare, CLI) and the surface leaves its cell unscored.
 */
export const MIN_RANKED_COVERAGE = 0.5;

export interface VectorScore {
  /** Weighted mean over criteria with data, 0–100; NaN when no weighted criterion has data. */
  score: number;
  /**
   * The guaranteed score: missing weighted criteria counted as 0 (Σ w·s over criteria with data).
   * Equal to `score` (bit for bit) when every weighted criterion has data.
   */
  scoreLow: number;
  /** The best case: missing weighted criteria counted as 100. Equal to `score` at full coverage. */
  scoreHigh: number;
  /** Per-criterion 0–100 score (float32 precision), NaN when missing. */
  criterionScores: Float64Array;
  /** Sum of the normalised weights of criteria with data: exactly 1 at full coverage, below 1 otherwise. */
  coveredWeight: number;
  /** True when every criterion with a non-zero weight has data. */
  fullCoverage: boolean;
}

/**
 * A criterion's 0–100 score, held at float32 precision (≈7 digits) so that the surface can store it
 * in a Float32Array and still reproduce the point score bit for bit.
 */
export function criterionScore(m: CompiledModel, c: number, raw: number): number {
  const x = m.logScale[c] ? Math.log10(raw > 0 ? raw : 0) : raw;
  const s = m.slope[c] * x + m.intercept[c];
  return Math.fround(s < 0 ? 0 : s > 100 ? 100 : s);
}

/** Bits of the criteria with a non-zero weight. Bit c = CRITERION_IDS[c]. */
export function weightedBits(m: CompiledModel): number {
  let bits = 0;
  for (let c = 0; c < CRITERION_IDS.length; c++) if (m.normalisedWeights[c] > 0) bits |= 1 << c;
  return bits;
}

/** Sum of the normalised weights of the criteria whose bit is set (criterion order, as scoreVector sums them). */
function weightOf(m: CompiledModel, mask: number): number {
  let wsum = 0;
  for (let c = 0; c < CRITERION_IDS.length; c++) if (mask & (1 << c)) wsum += m.normalisedWeights[c];
  return wsum;
}

/**
 * Per presence mask, what the surface multiplies the weighted sum by to get the ranking score
 * (rankingScore): 1 at or above MIN_RANKED_COVERAGE (the sum is then the guaranteed score, and the
 * score itself at full coverage), NaN below (not ranked). Also the coverage in whole % (floor; 100
 * only at full coverage), 0–100.
 */
export function surfaceTables(m: CompiledModel): { factor: Float64Array; coveragePct: Uint8Array } {
  const k = CRITERION_IDS.length;
  const weighted = weightedBits(m);
  const factor = new Float64Array(1 << k);
  const coveragePct = new Uint8Array(1 << k);
  for (let mask = 0; mask < factor.length; mask++) {
    const wsum = weightOf(m, mask);
    const full = (mask & weighted) === weighted && wsum > 0;
    factor[mask] = full || wsum >= MIN_RANKED_COVERAGE ? 1 : Number.NaN;
    coveragePct[mask] = full ? 100 : Math.min(99, Math.floor(wsum * 100 + 1e-9));
  }
  return { factor, coveragePct };
}

/**
 * The number a site is ranked and the surface coloured by: the guaranteed score (scoreLow), NaN when
 * coverage is below MIN_RANKED_COVERAGE. Missing data can only lower it, so a site with missing
 * data never outranks an otherwise equal site with data (docs/methodology.md § Ranking).
 */
export function rankingScore(v: VectorScore): number {
  return v.fullCoverage || v.coveredWeight >= MIN_RANKED_COVERAGE ? v.scoreLow : Number.NaN;
}

/**
 * Scores one raw vector (CRITERION_IDS order, NaN = missing). Constraints are not applied here.
 * The weighted sum (every term, in criterion order, missing terms as 0) is the one rescoreSurface
 * runs, so a cell's value equals the point's rankingScore bit for bit.
 */
export function scoreVector(m: CompiledModel, raw: ArrayLike<number>): VectorScore {
  const k = CRITERION_IDS.length;
  const criterionScores = new Float64Array(k).fill(Number.NaN);
  let sum = 0;
  let mask = 0;
  for (let c = 0; c < k; c++) {
    const x = raw[c];
    const present = x === x;
    const s = present ? criterionScore(m, c, x) : 0;
    if (present) {
      criterionScores[c] = s;
      mask |= 1 << c;
    }
    sum += m.normalisedWeights[c] * s;
  }
  const wsum = weightOf(m, mask);
  const weighted = weightedBits(m);
  const fullCoverage = (mask & weighted) === weighted && wsum > 0;
  // At full coverage the weights sum to 1, so the weighted sum is the score: no division, which keeps
  // score = scoreLow bit for bit. With data missing, the score is re-weighted over the rest.
  if (fullCoverage) return { score: sum, scoreLow: sum, scoreHigh: sum, criterionScores, coveredWeight: 1, fullCoverage };
  const score = wsum > 0 ? sum / wsum : Number.NaN;
  // Missing weight summed directly (not 1 − wsum) so that rounding cannot make it negative.
  const high = sum + 100 * weightOf(m, weighted & ~mask);
  // The mean of the present scores lies between the bounds; min/max only absorb last-bit rounding.
  const scoreLow = wsum > 0 ? sum : 0;
  const scoreHigh = wsum > 0 ? Math.max(high, score) : 100;
  // Partial coverage stays below full even when the weights' float sum rounds up to 1.
  return { score: wsum > 0 ? Math.max(score, sum) : score, scoreLow, scoreHigh, criterionScores, coveredWeight: Math.min(wsum, 1 - Number.EPSILON), fullCoverage };
}
