// The page's side of the candidate-scoring worker: one job at a time, answered in chunks. Starting a
// job cancels the one before it (its late chunks are dropped).
import type { ScoringSettings, SiteSummary } from '../scoring/siteScoring';
import type { SiteScoreRequest, SiteScoreResponse } from './siteScoreProtocol';

export interface SiteScoreJob {
  /** True when every site was scored, false when cancelled or superseded. Rejects on a worker error. */
  done: Promise<boolean>;
  cancel(): void;
}

export interface SiteScoreClient {
  summarise(sites: readonly { lon: number; lat: number }[], settings: ScoringSettings, onChunk: (from: number, summaries: SiteSummary[]) => void): SiteScoreJob;
  dispose(): void;
}

export function createSiteScoreClient(worker: Worker): SiteScoreClient {
  let nextJob = 1;
  let active: { job: number; onChunk: (from: number, s: SiteSummary[]) => void; finish: (ok: boolean) => void; fail: (e: Error) => void } | null = null;
  const end = (ok: boolean | Error) => {
    const a = active;
    active = null;
    if (!a) return;
    if (ok instanceof Error) a.fail(ok);
    else a.finish(ok);
  };
  worker.onmessage = (e: MessageEvent<SiteScoreResponse>) => {
    const r = e.data;
    if (!active || r.job !== active.job) return;
    if (r.type === 'error') return end(new Error(r.message));
    active.onChunk(r.from, r.summaries);
    if (r.done) end(true);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    end(new Error(`the scoring worker failed: ${e.message || 'unknown error'}`));
  };
  return {
    summarise(sites, settings, onChunk) {
      end(false);
      const job = nextJob++;
      const lonLat = new Float64Array(sites.length * 2);
      sites.forEach((s, i) => {
        lonLat[2 * i] = s.lon;
        lonLat[2 * i + 1] = s.lat;
      });
      const done = new Promise<boolean>((finish, fail) => (active = { job, onChunk, finish, fail }));
      const req: SiteScoreRequest = { type: 'summarise', job, lonLat, settings };
      worker.postMessage(req, [lonLat.buffer]);
      return {
        done,
        cancel() {
          if (active?.job !== job) return;
          worker.postMessage({ type: 'cancel', job: nextJob++ } satisfies SiteScoreRequest);
          end(false);
        },
      };
    },
    dispose() {
      end(false);
      worker.terminate();
    },
  };
}
