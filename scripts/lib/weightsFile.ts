// The CLI's weights.json → the scoring service's weights and constraints. Three shapes:
//   { "retail_price": 40, … }                               weights of the --profile facility type
//   { "weights": { "retail_price": 40, … }, "constraints": {…} }   the same, with constraints
//   { "weights": { "mining": {…}, "ai": {…}, "hybrid": {…} }, "constraints": {…} }   per facility type,
// the last as the app keeps them, so the CLI scores all three types as the app does. Facility types
// not named keep their default weights.
import type { Constraints } from '../../src/scoring/constraints';
import { isProfileId, PROFILE_IDS, type ProfileId, type Weights } from '../../src/scoring/profiles';
import type { ScoringSettings } from '../../src/scoring/siteScoring';

export function weightsFromDoc(doc: unknown, profile: ProfileId): Pick<ScoringSettings, 'weights' | 'constraints'> {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('weights file must hold a JSON object');
  const o = doc as Record<string, unknown>;
  const wrapped = 'weights' in o || 'constraints' in o;
  const weights = (wrapped ? (o.weights ?? {}) : o) as Record<string, unknown>;
  const constraints = (wrapped ? (o.constraints ?? {}) : {}) as Constraints;
  if (!weights || typeof weights !== 'object' || Array.isArray(weights)) throw new Error('"weights" must be an object');
  const keys = Object.keys(weights);
  const perType = keys.filter(isProfileId);
  if (perType.length === 0) return { weights: { [profile]: weights as Partial<Weights> }, constraints };
  if (perType.length < keys.length) throw new Error(`"weights" must hold either criterion weights or weights per facility type (${PROFILE_IDS.join(', ')}), not both`);
  return { weights: weights as ScoringSettings['weights'], constraints };
}
