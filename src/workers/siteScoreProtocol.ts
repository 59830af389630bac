// The candidate-list summaries in the site worker (src/workers/sitesWorker.ts): the page sends the
// sites' coordinates (one transferable Float64Array) and the scoring settings; the worker answers with
// summaries (region, three facility-type scores) as progress in chunks, so 100,000 sites are scored
// off the main thread and arrive in small messages. The pure handler is tested in node.
import type { QueryContext } from '../data/pointQuery';
import { compileSiteScoring, summariserAt, type ScoringSettings, type SiteSummary } from '../scoring/siteScoring';
import type { Handlers } from './rpc';

/** Summaries per message: each is cloned on the main thread in one short task. */
export const SUMMARY_CHUNK = 2_500;

export type SiteScoreApi = {
  /** lonLat: lon0, lat0, lon1, lat1, …; resolves true when every site was scored, false when cancelled. */
  summarise: { args: { lonLat: Float64Array; settings: ScoringSettings }; result: boolean; progress: { from: number; summaries: SiteSummary[] } };
};

/** A cancelled (or superseded) job ends at its next chunk; between chunks other messages get in. */
export function createSiteScoreHandlers(context: () => Promise<QueryContext>): Handlers<SiteScoreApi> {
  return {
    async summarise({ lonLat, settings }, job) {
      const summarise = summariserAt(await context(), compileSiteScoring(settings));
      const n = lonLat.length / 2;
      for (let from = 0; from < n || from === 0; from += SUMMARY_CHUNK) {
        if (job.cancelled()) return false;
        const to = Math.min(n, from + SUMMARY_CHUNK);
        const summaries: SiteSummary[] = [];
        for (let i = from; i < to; i++) summaries.push(summarise({ lon: lonLat[2 * i], lat: lonLat[2 * i + 1] }));
        job.progress({ from, summaries });
        if (to < n) await job.pause();
      }
      return true;
    },
  };
}
