// Scores candidates with the same model and point query as the card, the surface and the CLI.
import type { PointFacts } from '../data/types';
import type { EconomicsInputs } from '../scoring/economicsDefaults';
import type { ScoredSite } from '../scoring/flatten';
import type { ModelOptions } from '../scoring/model';
import { scoreSite } from '../scoring/scoreSite';
import type { Candidate } from './types';

export interface ScoringSettings {
  /** The active profile with the user's weights and constraints. */
  model: ModelOptions;
  economics: EconomicsInputs;
}

export type FactsLookup = (lon: number, lat: number) => PointFacts;

export function scoreCandidate(lookup: FactsLookup, c: Candidate, s: ScoringSettings): ScoredSite {
  return scoreSite(lookup(c.lon, c.lat), s.model, s.economics, c.name, c.props);
}
