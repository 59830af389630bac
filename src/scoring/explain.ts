// Score and explanation for one point: every criterion's raw value with provenance, its 0–100 score,
import { INCENTIVE_STATUS_LABEL } from '../data/types';
// its weight and its contribution; missing data listed and the score re-weighted over the rest.
import type { PointFacts, Quality } from '../data/types';
import { CRITERIA, CRITERION_IDS, type CriterionId, type Direction } from './criteria';
import { CRITERION_MAX_CONSTRAINTS, maxViolation, minViolation } from './constraints';
import { compileModel, MIN_RANKED_COVERAGE, scoreVector, type CompiledModel, type ModelOptions, type VectorScore } from './model';
import type { ProfileId } from './profiles';
import { criterionInputs, rawVector, type CriterionInputs } from './rawValues';

export interface CriterionExplanation {
  id: CriterionId;
  label: string;
  unit: string;
  direction: Direction;
  value: number | null;
  source: string | null;
  sourceUrl: string | null;
  year: number | null;
  quality: Quality | null;
  /** True when the input's quality is `low`: show it with a warning. */
  lowQuality: boolean;
  note: string | null;
  /** 0–100, null when missing. */
  score: number | null;
  /** Weight actually applied, % (re-normalised over criteria with data; 0 when missing). */
  weightPct: number;
  /** Weight before re-weighting for missing data, % of all weights. */
  nominalWeightPct: number;
  /** Points of the final score this criterion supplies: weightPct × score / 100. */
  contribution: number | null;
}

export interface MiningRestrictionFlag {
  rule: string;
  /** The status in words ("paused", "in force"), as shown and exported. */
  status: string;
  source: string;
  sourceUrl: string;
}

export interface SiteScore {
  profile: ProfileId;
  /** 0–100, re-weighted over the criteria with data; null when excluded or when no weighted criterion has data. */
  score: number | null;
  /** The guaranteed score: missing weighted criteria counted as 0. Null exactly when `score` is. */
  scoreLow: number | null;
  /** The best case: missing weighted criteria counted as 100. Null exactly when `score` is. */
  scoreHigh: number | null;
  /** Coverage below 50 % of the weight: the numbers are kept, but the site is not ranked. */
  insufficientData: boolean;
  /** A constraint's input is missing here, so it could not be checked: scored, flagged, not ranked. */
  constraintUnchecked: boolean;
  excludedReason: string | null;
  /** Criteria without data at this point (any weight). */
  missing: CriterionId[];
  /** True when a criterion with non-zero weight was missing and the others were re-weighted. */
  reweighted: boolean;
  /** Share of the profile's weight that had data, %. */
  coveragePct: number;
  criteria: CriterionExplanation[];
  /** Crypto-mining rules at the site (listed for every profile, they only flag/exclude mining and hybrid). */
  miningRestrictions: MiningRestrictionFlag[];
  /** Human-readable warnings: mining rule, low-quality inputs, constraints that could not be checked. */
  flags: string[];
}

const fmt1 = (x: number) => x.toFixed(1);

function constraintCheck(m: CompiledModel, inputs: CriterionInputs, p: PointFacts): { reasons: string[]; unchecked: string[] } {
  const reasons: string[] = [];
  const unchecked: string[] = [];
  for (const c of CRITERION_MAX_CONSTRAINTS) {
    const max = m.maxRaw[CRITERION_IDS.indexOf(c.id)];
    if (max === Infinity) continue;
    const v = inputs[c.id]?.value;
    if (v === undefined) unchecked.push(`${c.label} (no data)`);
    else if (v > max) reasons.push(maxViolation(c.label, v, max, CRITERIA[c.id].unit));
  }
  const tmax = p.climate.summerMaxC?.value;
  if (m.maxSummerMaxC !== Infinity) {
    if (tmax === undefined) unchecked.push('summer maximum temperature (no data)');
    else if (tmax > m.maxSummerMaxC) reasons.push(maxViolation('summer mean max', tmax, m.maxSummerMaxC, '°C'));
  }
  const tmean = p.climate.annualMeanC?.value;
  if (m.minAnnualMeanC !== -Infinity) {
    if (tmean === undefined) unchecked.push('annual mean temperature (no data)');
    else if (tmean < m.minAnnualMeanC) reasons.push(minViolation('annual mean temperature', tmean, m.minAnnualMeanC, '°C'));
  }
  if (m.excludeMiningRestricted && p.miningRestrictions.length) {
    reasons.push(`crypto-mining restriction: ${p.miningRestrictions.map((r) => `${r.incentive} (${INCENTIVE_STATUS_LABEL[r.status]})`).join('; ')}`);
  }
  return { reasons, unchecked };
}

/** The reason a site without data for any weighted criterion is refused rather than scored. */
export const NO_DATA_REASON = 'no data here for any criterion this facility type weighs: not scored';

export interface SiteVerdict {
  /** 0–100; null when excluded or when no weighted criterion has data. */
  score: number | null;
  /** score's bounds (missing criteria at 0 / at 100); null exactly when score is. */
  scoreLow: number | null;
  scoreHigh: number | null;
  /** Share of the profile's weight with data, %. */
  coveragePct: number;
  /** Scored, but coverage is below 50 %: shown as "insufficient data", not ranked. */
  insufficientData: boolean;
  /** Scored, but a constraint could not be checked (its input is missing): not ranked. */
  constraintUnchecked: boolean;
  excludedReason: string | null;
  /** Per-criterion scores and covered weight, for the explanation. */
  vector: VectorScore;
  /** Constraints whose input is missing at the site. */
  unchecked: string[];
}

/**
 * Score and exclusion of a site under one model: the one place they are decided. The explanation
 * (explainInputs) is built around it; the candidate list uses it alone, a fraction of the cost.
 */
export function siteVerdict(m: CompiledModel, inputs: CriterionInputs, p: PointFacts): SiteVerdict {
  const vector = scoreVector(m, rawVector(inputs));
  const { reasons, unchecked } = constraintCheck(m, inputs, p);
  const excludedReason = reasons.length > 0 ? reasons.join('; ') : vector.coveredWeight > 0 ? null : NO_DATA_REASON;
  const scored = excludedReason === null;
  return {
    score: scored ? vector.score : null,
    scoreLow: scored ? vector.scoreLow : null,
    scoreHigh: scored ? vector.scoreHigh : null,
    coveragePct: vector.coveredWeight * 100,
    insufficientData: scored && vector.coveredWeight < MIN_RANKED_COVERAGE,
    constraintUnchecked: scored && unchecked.length > 0,
    excludedReason,
    vector,
    unchecked,
  };
}

/** Scores already-extracted inputs (the CLI and tests use this to skip the point query). */
export function explainInputs(m: CompiledModel, inputs: CriterionInputs, p: PointFacts): SiteScore {
  const verdict = siteVerdict(m, inputs, p);
  const { vector: v, unchecked } = verdict;
  const hasScore = v.coveredWeight > 0;
  const missing = CRITERION_IDS.filter((id) => inputs[id] === null);

  const criteria = CRITERION_IDS.map((id, c): CriterionExplanation => {
    const inp = inputs[id];
    const def = CRITERIA[id];
    const s = v.criterionScores[c];
    const nominal = m.normalisedWeights[c];
    const applied = inp && hasScore && nominal > 0 ? nominal / v.coveredWeight : 0;
    return {
      id,
      label: def.label,
      unit: def.unit,
      direction: def.direction,
      value: inp ? inp.value : null,
      source: inp?.source ?? null,
      sourceUrl: inp?.sourceUrl ?? null,
      year: inp?.year ?? null,
      quality: inp?.quality ?? null,
      lowQuality: inp?.quality === 'low',
      note: inp?.note ?? null,
      score: inp ? s : null,
      weightPct: applied * 100,
      nominalWeightPct: nominal * 100,
      // An excluded site (or one without data) has no contributions.
      contribution: inp && verdict.excludedReason === null ? applied * s : null,
    };
  });

  const miningRestrictions = p.miningRestrictions.map((r) => ({ rule: r.incentive, status: INCENTIVE_STATUS_LABEL[r.status], source: r.source, sourceUrl: r.sourceUrl }));
  const flags: string[] = [];
  if (m.excludeMiningRestricted === false && miningRestrictions.length && m.profile !== 'ai') {
    flags.push(`crypto-mining restriction here: ${miningRestrictions.map((r) => `${r.rule} (${r.status})`).join('; ')}`);
  }
  const weightedMissing = missing.filter((id) => m.normalisedWeights[CRITERION_IDS.indexOf(id)] > 0);
  if (weightedMissing.length && hasScore) {
    // Named as users read them, with what the range means.
    flags.push(`no data for ${weightedMissing.map((id) => CRITERIA[id].label).join(', ')}: score re-weighted over the other criteria; range ${fmt1(v.scoreLow)}–${fmt1(v.scoreHigh)} with them at 0 and at 100, ranked by the lower end`);
  }
  if (verdict.insufficientData) flags.push(`insufficient data: ${(v.coveredWeight * 100).toFixed(0)} % of the weight has data (under ${MIN_RANKED_COVERAGE * 100} %), not ranked`);
  const low = criteria.filter((c) => c.lowQuality && c.nominalWeightPct > 0).map((c) => CRITERIA[c.id].label);
  if (low.length) flags.push(`low-quality inputs: ${low.join(', ')}`);
  for (const u of unchecked) flags.push(`constraint not checked: ${u}`);
  if (verdict.constraintUnchecked) flags.push('not ranked: a constraint could not be checked here');

  return {
    profile: m.profile,
    score: verdict.score,
    scoreLow: verdict.scoreLow,
    scoreHigh: verdict.scoreHigh,
    insufficientData: verdict.insufficientData,
    constraintUnchecked: verdict.constraintUnchecked,
    excludedReason: verdict.excludedReason,
    missing,
    reweighted: weightedMissing.length > 0 && hasScore,
    coveragePct: v.coveredWeight * 100,
    criteria,
    miningRestrictions,
    flags,
  };
}

/** Score and explanation of one point for one profile. */
export function explainPoint(p: PointFacts, opts: ModelOptions): SiteScore {
  return explainInputs(compileModel(opts), criterionInputs(p), p);
}
