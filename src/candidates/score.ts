// Scores candidates with the same model and point query as the card, the surface and the CLI. Each
// facility type is scored under the user's own weights for it, as the point card does.
import type { PointFacts } from '../data/types';
import { computeEconomics, siteEnergyInputs } from '../scoring/economics';
import type { EconomicsInputs } from '../scoring/economicsDefaults';
import { explainPoint } from '../scoring/explain';
import type { ScoredSite } from '../scoring/flatten';
import type { ModelOptions } from '../scoring/model';
import { PROFILE_IDS, type ProfileId } from '../scoring/profiles';
import type { SiteScore } from '../scoring/explain';
import type { Candidate } from './types';

export interface ScoringSettings {
  /** The active facility type. */
  profile: ProfileId;
  /** Model options per facility type (the user's weights for each, shared constraints). */
  options: Record<ProfileId, ModelOptions>;
  economics: EconomicsInputs;
}

export type FactsLookup = (lon: number, lat: number) => PointFacts;

export function scoreCandidate(lookup: FactsLookup, c: Candidate, s: ScoringSettings): ScoredSite {
  const facts = lookup(c.lon, c.lat);
  const scores = Object.fromEntries(PROFILE_IDS.map((id) => [id, explainPoint(facts, s.options[id])])) as Record<ProfileId, SiteScore>;
  return {
    name: c.name,
    region: facts.region ? { code: facts.region.code, name: facts.region.name } : null,
    profile: s.profile,
    scores,
    economics: computeEconomics(s.profile, siteEnergyInputs(facts), s.economics),
    input: c.props,
  };
}
