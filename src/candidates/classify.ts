// The row checks now live in src/io/siteChecks.ts (shared with the CLI). These names stay for the
// import worker and dialog, which import them from here.
export { REJECT_LABELS } from '../io/siteChecks';
export type { RegionLookup } from '../io/studyArea';
