// The one site-scoring service: a site's facts and the user's settings in, the full result for all
// three facility types out (score, explanation, exclusion, flags) with the selected type's economics.
// The point card, the candidate list, Compare, both exports and the CLI all score through here, so a
// site gets the same numbers wherever it is shown. Compile once per settings change, then score many
// sites: the list and the exports run it over 100,000 sites.
import { queryPoint, type QueryContext } from '../data/pointQuery';
import type { PointFacts } from '../data/types';
import type { Constraints } from './constraints';
import { computeEconomics, siteEnergyInputs } from './economics';
import type { EconomicsInputs } from './economicsDefaults';
import { explainInputs, siteVerdict, type SiteScore } from './explain';
import type { FlatValue, ScoredSite } from './flatten';
import { compileModel, type CompiledModel, type ModelOptions } from './model';
import { PROFILE_IDS, type ProfileId, type Weights } from './profiles';
import { criterionInputs } from './rawValues';

/** What the user set: every facility type is scored under the user's own weights for it, with the same constraints. */
export interface ScoringSettings {
  /** The selected facility type: its score leads, its economics are computed. */
  profile: ProfileId;
  /** Overrides of each facility type's default weights (absent = the defaults). */
  weights: Partial<Record<ProfileId, Partial<Weights>>>;
  /** Hard constraints, applied to all three facility types. */
  constraints: Constraints;
  economics: EconomicsInputs;
}

/** The name and own columns a site carries into the result (the flat record keeps them). */
export interface SiteLabel {
  name: string;
  input?: Record<string, FlatValue>;
}

/** What the candidate list and map need per site: a projection of the full result. */
export interface SiteSummary {
  region: { code: string; name: string } | null;
  scores: Record<ProfileId, SummaryScore>;
}

/** One facility type's score as the list shows and ranks it (the same fields as SiteScore). */
export interface SummaryScore {
  score: number | null;
  /** Missing criteria at 0 / at 100; null exactly when score is. */
  scoreLow: number | null;
  scoreHigh: number | null;
  /** Share of the facility type's weight with data, %. */
  coveragePct: number;
  /** Coverage below 50 %: shown as "insufficient data", not ranked. */
  insufficientData: boolean;
  /** A constraint could not be checked (input missing): not ranked. */
  constraintUnchecked: boolean;
  excludedReason: string | null;
}

export interface SiteScoring {
  readonly settings: ScoringSettings;
  /** The full result for all three facility types. */
  score(facts: PointFacts, label?: SiteLabel): ScoredSite;
  /**
   * Region and the three scores and exclusions of score(), without building the explanation and
   * economics (~10× cheaper): the same compiled models and the same verdict function.
   */
  summarise(facts: PointFacts): SiteSummary;
}

/** The model options of one facility type under these settings (the map's surface, the export's weight columns). */
export function modelOptionsOf(s: Pick<ScoringSettings, 'weights' | 'constraints'>, profile: ProfileId): ModelOptions {
  return { profile, weights: s.weights[profile], constraints: s.constraints };
}

const regionOf = (facts: PointFacts) =>
  facts.region ? { code: facts.region.code, name: facts.region.name, ...(facts.region.snapKm !== undefined && { snapKm: facts.region.snapKm }) } : null;

/** Validates the settings (weights, constraints) and compiles the three facility types' models once. */
export function compileSiteScoring(settings: ScoringSettings): SiteScoring {
  const models: CompiledModel[] = PROFILE_IDS.map((id) => compileModel(modelOptionsOf(settings, id)));
  return {
    settings,
    score(facts, label = { name: '' }) {
      const inputs = criterionInputs(facts);
      const scores = {} as Record<ProfileId, SiteScore>;
      for (let i = 0; i < PROFILE_IDS.length; i++) scores[PROFILE_IDS[i]] = explainInputs(models[i], inputs, facts);
      return {
        name: label.name,
        region: regionOf(facts),
        profile: settings.profile,
        scores,
        economics: computeEconomics(settings.profile, siteEnergyInputs(facts), settings.economics),
        input: label.input ?? {},
      };
    },
    summarise(facts) {
      const inputs = criterionInputs(facts);
      const scores = {} as SiteSummary['scores'];
      for (let i = 0; i < PROFILE_IDS.length; i++) {
        const v = siteVerdict(models[i], inputs, facts);
        scores[PROFILE_IDS[i]] = { score: v.score, scoreLow: v.scoreLow, scoreHigh: v.scoreHigh, coveragePct: v.coveragePct, insufficientData: v.insufficientData, constraintUnchecked: v.constraintUnchecked, excludedReason: v.excludedReason };
      }
      return { region: regionOf(facts), scores };
    },
  };
}

/** Summaries by position for the candidate list (worker or page) and the drag readout. */
export function summariserAt(ctx: QueryContext, scoring: SiteScoring): (site: { lon: number; lat: number }) => SiteSummary {
  return (site) => scoring.summarise(queryPoint(ctx, site.lon, site.lat));
}
