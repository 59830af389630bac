// Messages between the page and the candidate-scoring worker, and the worker's pure handler (tested
// in node). The page sends the sites' coordinates (one transferable Float64Array) and the scoring
// settings; the worker answers with summaries (region, three facility-type scores) in chunks, so
// 100,000 sites are scored off the main thread and arrive in small messages.
import type { QueryContext } from '../data/pointQuery';
import { compileSiteScoring, summariserAt, type ScoringSettings, type SiteSummary } from '../scoring/siteScoring';

/** Summaries per message: each is cloned on the main thread in one short task. */
export const SUMMARY_CHUNK = 2_500;

export type SiteScoreRequest =
  /** lonLat: lon0, lat0, lon1, lat1, … */
  | { type: 'summarise'; job: number; lonLat: Float64Array; settings: ScoringSettings }
  | { type: 'cancel'; job: number };

export type SiteScoreResponse =
  | { type: 'summaries'; job: number; from: number; summaries: SiteSummary[]; done: boolean }
  | { type: 'error'; job: number; message: string };

/**
 * One job at a time: a newer job (or a cancel) ends the running one at its next chunk. `pause`
 * lets messages in between chunks (a macrotask in the worker; nothing in tests).
 */
export function createSiteScoreHandler(context: () => Promise<QueryContext>, post: (r: SiteScoreResponse) => void, pause: () => Promise<void> = async () => {}) {
  let current = 0;
  return async (req: SiteScoreRequest): Promise<void> => {
    current = req.job;
    if (req.type === 'cancel') return;
    const { job, lonLat, settings } = req;
    try {
      const summarise = summariserAt(await context(), compileSiteScoring(settings));
      const n = lonLat.length / 2;
      for (let from = 0; from < n || from === 0; from += SUMMARY_CHUNK) {
        if (current !== job) return;
        const to = Math.min(n, from + SUMMARY_CHUNK);
        const summaries: SiteSummary[] = [];
        for (let i = from; i < to; i++) summaries.push(summarise({ lon: lonLat[2 * i], lat: lonLat[2 * i + 1] }));
        post({ type: 'summaries', job, from, summaries, done: to >= n });
        if (to < n) await pause();
      }
    } catch (err) {
      post({ type: 'error', job, message: (err as Error).message });
    }
  };
}
