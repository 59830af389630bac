// User weights: any non-negative numbers (sliders); they are normalised so they sum to 100 %.
import { CRITERION_IDS, type CriterionId } from './criteria';
import { PROFILES, type ProfileId, type Weights } from './profiles';

/** Profile defaults with the user's overrides on top. Negative or non-finite overrides are rejected. */
export function resolveWeights(profile: ProfileId, overrides: Partial<Record<CriterionId, number>> = {}): Weights {
  const w = { ...PROFILES[profile].weights };
  for (const [id, v] of Object.entries(overrides) as [CriterionId, number | undefined][]) {
    if (v === undefined) continue;
    if (!(CRITERION_IDS as readonly string[]).includes(id)) throw new Error(`unknown criterion "${id}" in weights`);
    if (!Number.isFinite(v) || v < 0) throw new Error(`weight for ${id} must be a number ≥ 0 (got ${v})`);
    w[id] = v;
  }
  return w;
}

/** Effective weights as fractions summing to 1 (all zero when every weight is zero). */
export function normaliseWeights(w: Weights): Weights {
  const total = CRITERION_IDS.reduce((s, id) => s + w[id], 0);
  const out = {} as Weights;
  for (const id of CRITERION_IDS) out[id] = total > 0 ? w[id] / total : 0;
  return out;
}

/** Effective percentages for the sliders' labels. */
export function effectivePercent(w: Weights): Weights {
  const n = normaliseWeights(w);
  const out = {} as Weights;
  for (const id of CRITERION_IDS) out[id] = n[id] * 100;
  return out;
}

/** Every weight is 0: nothing can be scored (the panel and the map say so). */
export function allWeightsZero(w: Weights): boolean {
  return CRITERION_IDS.every((id) => w[id] === 0);
}
