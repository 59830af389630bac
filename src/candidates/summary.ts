// What the candidate list and map need per site — region and the three facility-type scores — without
// the full explanation (criteria, economics), which the point card, compare and export build on demand.
// ~10× cheaper per site than scoreCandidate, so 100,000 sites score in seconds, in time slices.
import type { QueryContext } from '../data/pointQuery';
import { queryPoint } from '../data/pointQuery';
import { scoreInputs } from '../scoring/explain';
import { compileModel, type CompiledModel } from '../scoring/model';
import { PROFILE_IDS, type ProfileId } from '../scoring/profiles';
import { criterionInputs } from '../scoring/rawValues';
import type { ScoringSettings } from './score';
import type { Candidate } from './types';

export interface SiteSummary {
  region: { code: string; name: string } | null;
  scores: Record<ProfileId, { score: number | null; excludedReason: string | null }>;
}

export type Summariser = (site: Pick<Candidate, 'lon' | 'lat'>) => SiteSummary;

export function createSummariser(ctx: QueryContext, settings: ScoringSettings): Summariser {
  // The nearest climate station only names the station on the card; scores read the surface.
  const lean: QueryContext = { ...ctx, stations: undefined };
  const models = PROFILE_IDS.map((id) => [id, compileModel(settings.options[id])] as [ProfileId, CompiledModel]);
  return (c) => {
    const facts = queryPoint(lean, c.lon, c.lat);
    const inputs = criterionInputs(facts);
    const scores = {} as SiteSummary['scores'];
    for (const [id, m] of models) {
      const s = scoreInputs(m, inputs, facts);
      scores[id] = { score: s.score, excludedReason: s.excludedReason };
    }
    return { region: facts.region ? { code: facts.region.code, name: facts.region.name } : null, scores };
  };
}
