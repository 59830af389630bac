// One call from PointFacts to a ScoredSite: all three profiles' scores plus the active profile's
// economics. The score card, the CLI and the exports all go through here.
import type { PointFacts } from '../data/types';
import { computeEconomics, siteEnergyInputs } from './economics';
import type { EconomicsInputs } from './economicsDefaults';
import { explainAllProfiles } from './explain';
import type { FlatValue, ScoredSite } from './flatten';
import type { ModelOptions } from './model';

export function scoreSite(facts: PointFacts, opts: ModelOptions, economics: EconomicsInputs, name: string, input: Record<string, FlatValue> = {}): ScoredSite {
  return {
    name,
    region: facts.region ? { code: facts.region.code, name: facts.region.name } : null,
    profile: opts.profile,
    scores: explainAllProfiles(facts, opts),
    economics: computeEconomics(opts.profile, siteEnergyInputs(facts), economics),
    input,
  };
}
