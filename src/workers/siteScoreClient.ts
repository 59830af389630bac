// The page's side of the candidate-list summaries: one job at a time, answered in chunks. Starting a
// job cancels the one before it (lane "summaries": its late chunks are dropped).
import type { ScoringSettings, SiteSummary } from '../scoring/siteScoring';
import { isCancelled, type RpcClient } from './rpc';
import type { SiteScoreApi } from './siteScoreProtocol';

export interface SiteScoreJob {
  /** True when every site was scored, false when cancelled or superseded. Rejects on a worker error. */
  done: Promise<boolean>;
  cancel(): void;
}

export interface SiteScoreClient {
  summarise(sites: readonly { lon: number; lat: number }[], settings: ScoringSettings, onChunk: (from: number, summaries: SiteSummary[]) => void): SiteScoreJob;
}

export function createSiteScoreClient(rpc: RpcClient<SiteScoreApi>): SiteScoreClient {
  return {
    summarise(sites, settings, onChunk) {
      const lonLat = new Float64Array(sites.length * 2);
      sites.forEach((s, i) => {
        lonLat[2 * i] = s.lon;
        lonLat[2 * i + 1] = s.lat;
      });
      const call = rpc.call('summarise', { lonLat, settings }, { lane: 'summaries', transfer: [lonLat.buffer], onProgress: (p) => onChunk(p.from, p.summaries) });
      const done = call.result.catch((err: unknown) => {
        if (isCancelled(err)) return false;
        throw err;
      });
      return { done, cancel: call.cancel };
    },
  };
}
