// scoreCandidate for many sites: the three facility-type models are compiled once per export instead
// of once per site and profile, and each site's criterion inputs are read once for all three. Same
// result as scoreCandidate (test/unit/exportBytes.test.ts checks deep equality).
import { computeEconomics, siteEnergyInputs } from '../scoring/economics';
import { explainInputs, type SiteScore } from '../scoring/explain';
import type { ScoredSite } from '../scoring/flatten';
import { compileModel } from '../scoring/model';
import { PROFILE_IDS, type ProfileId } from '../scoring/profiles';
import { criterionInputs } from '../scoring/rawValues';
import type { FactsLookup, ScoringSettings } from './score';
import type { Candidate } from './types';

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
