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
    maxRaw,
    maxSummerMaxC: constraints.maxSummerMaxC ?? Infinity,
    minAnnualMeanC: constraints.minAnnualMeanC ?? -Infinity,
    excludeMiningRestricted: PROFILES[opts.profile].miningRulesApply && constraints.excludeMiningRestricted === true,
    constraints,
  };
}

export interface VectorScore {
  /** Weighted mean over criteria with data, 0–100; NaN when no weighted criterion has data. */
  score: number;
  /** Per-criterion 0–100 score (float32 precision), NaN when missing. */
  criterionScores: Float64Array;
  /** Sum of the normalised weights of criteria with data (1 = full coverage). */
  coveredWeight: number;
}

/**
 * A criterion's 0–100 score, held at float32 precision (≈7 digits) so that the surface can store it
 * in a Float32Array and still reproduce the point score bit for bit.
 */
export function criterionScore(m: CompiledModel, c: number, raw: number): number {
  const s = m.slope[c] * raw + m.intercept[c];
  return Math.fround(s < 0 ? 0 : s > 100 ? 100 : s);
}

/** 1 / (sum of weights of the criteria whose bit is set), NaN when that sum is 0. Bit c = CRITERION_IDS[c]. */
export function inverseWeightTable(m: CompiledModel): Float64Array {
  const k = CRITERION_IDS.length;
  const table = new Float64Array(1 << k);
  for (let mask = 0; mask < table.length; mask++) {
    let wsum = 0;
    for (let c = 0; c < k; c++) if (mask & (1 << c)) wsum += m.normalisedWeights[c];
    table[mask] = wsum > 0 ? 1 / wsum : Number.NaN;
  }
  return table;
}

/**
 * Scores one raw vector (CRITERION_IDS order, NaN = missing). Constraints are not applied here.
 * The arithmetic (every term, in criterion order, missing terms as 0, times 1/covered weight) is the
 * one rescoreSurface runs, so point and surface scores are identical.
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
  let wsum = 0;
  for (let c = 0; c < k; c++) if (mask & (1 << c)) wsum += m.normalisedWeights[c];
  return { score: sum * (wsum > 0 ? 1 / wsum : Number.NaN), criterionScores, coveredWeight: wsum };
}
