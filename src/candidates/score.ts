// Scores candidates with the same model and point query as the card, the surface and the CLI. Each
// facility type is scored under the user's own weights for it, as the point card does.
import type { PointFacts } from '../data/types';
import { computeEconomics, siteEnergyInputs } from '../scoring/economics';
import type { EconomicsInputs } from '../scoring/economicsDefaults';
import { explainInputs, type SiteScore } from '../scoring/explain';
import type { ScoredSite } from '../scoring/flatten';
import { compileModel, type ModelOptions } from '../scoring/model';
import { PROFILE_IDS, type ProfileId } from '../scoring/profiles';
import { criterionInputs } from '../scoring/rawValues';
import type { Candidate } from './types';

export interface ScoringSettings {
  /** The active facility type. */
  profile: ProfileId;
  /** Model options per facility type (the user's weights for each, shared constraints). */
  options: Record<ProfileId, ModelOptions>;
  economics: EconomicsInputs;
}

export type FactsLookup = (lon: number, lat: number) => PointFacts;

/**
 * A scorer for many sites: the three facility-type models are compiled once, not once per site and
 * profile, and each site's criterion inputs are read once for all three. The point card's
 * explanation (explainPoint) gives the same scores; test/unit/exportBytes.test.ts checks it.
 */
export function createCandidateScorer(lookup: FactsLookup, s: ScoringSettings): (c: Candidate) => ScoredSite {
  const models = PROFILE_IDS.map((id) => compileModel(s.options[id]));
  return (c) => {
    const facts = lookup(c.lon, c.lat);
    const inputs = criterionInputs(facts);
    const scores = {} as Record<ProfileId, SiteScore>;
    for (let i = 0; i < PROFILE_IDS.length; i++) scores[PROFILE_IDS[i]] = explainInputs(models[i], inputs, facts);
    return {
      name: c.name,
      region: facts.region ? { code: facts.region.code, name: facts.region.name } : null,
      profile: s.profile,
      scores,
      economics: computeEconomics(s.profile, siteEnergyInputs(facts), s.economics),
      input: c.props,
    };
  };
}

/** One site (compare, the point card's few sites). */
export function scoreCandidate(lookup: FactsLookup, c: Candidate, s: ScoringSettings): ScoredSite {
  return createCandidateScorer(lookup, s)(c);
}
