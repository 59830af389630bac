// Public surface of the scoring model, for the UI, the CLI and the exports.
export { CRITERIA, CRITERION_IDS, normalise, type CriterionDef, type CriterionId, type Direction } from './criteria';
export { PROFILES, PROFILE_IDS, isProfileId, type ProfileDef, type ProfileId, type Weights } from './profiles';
export { effectivePercent, normaliseWeights, resolveWeights } from './weights';
export type { Constraints } from './constraints';
export { compileModel, scoreVector, type CompiledModel, type ModelOptions } from './model';
export { explainAllProfiles, explainPoint, type CriterionExplanation, type MiningRestrictionFlag, type SiteScore } from './explain';
export { criterionInputs, type CriterionInput, type CriterionInputs } from './rawValues';
export { estimatePue, pueClimateUplift } from './pue';
export { computeEconomics, siteEnergyInputs, ECONOMICS_COLUMNS, type SiteEconomics, type SiteEnergyInputs } from './economics';
export { economicsDefaults, type CitedDefault, type EconomicsDefaults, type EconomicsInputs } from './economicsDefaults';
export { contractColumns, flattenScoredSite, type FlatRecord, type ScoredSite } from './flatten';
export { scoreSite } from './scoreSite';
export { prepareSurface, rescoreSurface, scoreBatch, surfaceMask, type BatchColumns, type PreparedSurface } from './batch';
export { surfaceColumnsFromFacts } from './surfaceColumns';
