// Scores of candidates under the current settings. The list and map use light summaries for every
// site (scored in a worker once there are many, re-scoring only candidates that changed); compare
// and the point card use the full explanation for the few sites they show.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExportFormat, ExportMeta } from '../../candidates/exportRecords';
import { candidateScorer } from '../../candidates/candidateScorer';
import { forEachSliced } from '../../candidates/timeSlice';
import type { Candidate } from '../../candidates/types';
import type { ScoredSite } from '../../scoring/flatten';
import { compileSiteScoring, summariserAt, type SiteSummary } from '../../scoring/siteScoring';
import { useCandidatesStore } from '../../state/candidatesStore';
import { useScoringSettings } from '../useScoringSettings';
import { perfMarks } from '../../map/perfMarks';
import { exportInWorker } from '../../workers/exportClient';
import { writeExportParts } from '../../workers/exportProtocol';
import { createSiteScoreClient, type SiteScoreClient } from '../../workers/siteScoreClient';
import { sitesWorker } from '../../workers/sitesClient';
import { loadScoringFiles, useScoringContext } from '../../state/scoringContext';

/** Up to this many unscored sites are scored in the render (~50 ms); more go to the scoring worker. */
const SYNC_LIMIT = 1000;

/** The list's summaries in the page's site worker, started on the first large job. */
let siteScorer: SiteScoreClient | null = null;
const workerScorer = () => (siteScorer ??= createSiteScoreClient(sitesWorker()));

/** Summary of a site by id; a new lookup object each time more sites have been scored. */
export interface SummaryLookup {
  get(id: string): SiteSummary | undefined;
  /** The current candidate of that id (undefined once deleted). */
  candidate(id: string): Candidate | undefined;
}

export interface Summaries {
  /** Region and scores per candidate id; sites not scored yet are absent. Null until the data loads. */
  summaries: SummaryLookup | null;
  /** While a large list is being scored: how far along. */
  progress: { done: number; total: number } | null;
}

export function useCandidateSummaries(): Summaries {
  const candidates = useCandidatesStore((s) => s.candidates);
  // The page loads the scoring files (decoding them is a long task) only for a small list it scores
  // itself; a large one is scored in the site worker, which loads its own copy.
  const ctx = useScoringContext(candidates.length > 0 && candidates.length <= SYNC_LIMIT);
  const settings = useScoringSettings();
  const cache = useRef<{ key: unknown[]; byCandidate: WeakMap<Candidate, SiteSummary> }>({ key: [], byCandidate: new WeakMap() });
  const [round, setRound] = useState(0);
  const [progress, setProgress] = useState<Summaries['progress']>(null);
  // Built once per list (not per scoring round): 100,000 sites make this a ~10 ms loop.
  const byId = useMemo(() => new Map(candidates.map((c) => [c.id, c])), [candidates]);

  const { summaries, missing, summarise } = useMemo(() => {
    const big = candidates.length > SYNC_LIMIT;
    if ((!ctx && !big) || !settings) return { summaries: null, missing: [], summarise: null };
    // Summaries do not depend on which copy of the data computed them: the cache is kept per settings.
    if (cache.current.key[0] !== settings) cache.current = { key: [settings], byCandidate: new WeakMap() };
    const summarise = ctx ? summariserAt(ctx, compileSiteScoring(settings)) : null;
    const byCandidate = cache.current.byCandidate;
    const missing = candidates.filter((c) => !byCandidate.has(c));
    if (summarise && missing.length <= SYNC_LIMIT) for (const c of missing.splice(0)) byCandidate.set(c, summarise(c));
    // A lookup through the cache, not a copy of it: no per-round loop over every site.
    const summaries: SummaryLookup = {
      get(id) {
        const c = byId.get(id);
        return c && byCandidate.get(c);
      },
      candidate: (id) => byId.get(id),
    };
    return { summaries, missing, summarise };
    // `round` is not read here: it re-runs this once a sliced job has filled the cache.
  }, [ctx, settings, candidates, byId, round]);

  useEffect(() => {
    if (!settings || missing.length === 0) return void setProgress(null);
    let stop = false;
    const byCandidate = cache.current.byCandidate;
    const total = missing.length;
    setProgress({ done: 0, total });
    // The status line re-renders the panel: update it a few times a second, not every chunk.
    let shownAt = 0;
    const onProgress = (done: number) => {
      if (stop || performance.now() - shownAt < 250) return;
      shownAt = performance.now();
      setProgress({ done, total });
    };
    const finish = (finished: boolean) => {
      if (finished && !stop) setRound((r) => r + 1);
    };
    // Off the main thread; should the worker fail (it cannot start, or its data cannot load), the
    // same summaries are computed here in time slices, once the page has the scoring files.
    const onMainThread = () => {
      if (!summarise) return void loadScoringFiles();
      return forEachSliced(missing, (c) => byCandidate.set(c, summarise(c)), { sliceMs: 16, onProgress, cancelled: () => stop }).then(finish);
    };
    let job: ReturnType<SiteScoreClient['summarise']> | null = null;
    try {
      job = workerScorer().summarise(missing, settings, (from, chunk) => {
        chunk.forEach((s, i) => byCandidate.set(missing[from + i], s));
        perfMarks().sitesScoredInWorker = (perfMarks().sitesScoredInWorker ?? 0) + chunk.length;
        onProgress(from + chunk.length);
      });
      job.done.then(finish, (err: Error) => {
        console.warn(`Scoring candidates on the page: ${err.message}`);
        if (!stop) void onMainThread();
      });
    } catch (err) {
      console.warn(`Scoring candidates on the page: ${(err as Error).message}`);
      void onMainThread();
    }
    return () => {
      stop = true;
      job?.cancel();
    };
  }, [summarise, settings, missing]);

  return { summaries, progress };
}

/** Full scores (criteria, economics) of a few candidates, e.g. the compare set. */
export function useScoredCandidates(list: readonly Candidate[]): Map<string, ScoredSite> | null {
  const ctx = useScoringContext(list.length > 0);
  const settings = useScoringSettings();
  return useMemo(() => {
    if (!ctx || !settings) return null;
    const score = candidateScorer(ctx, compileSiteScoring(settings));
    return new Map(list.map((c) => [c.id, score(c)]));
  }, [ctx, settings, list]);
}

/** Main-thread export work per slice, ms; with the chunk in progress and the slice's Blob the task stays well under 100 ms. */
const EXPORT_SLICE_MS = 30;

/** Writes an export file and gives it back as Blob parts. */
export type ExportRunner = (list: readonly Candidate[], format: ExportFormat, meta: ExportMeta, onProgress: (done: number, total: number) => void) => Promise<Blob[]>;

/**
 * Full scores for an export, written into the file's parts in the site worker. Should the worker
 * fail (it cannot start, or its data cannot load), the same writer runs here in time slices (an
 * export of 100,000 sites must not freeze the page).
 */
export function useExportScorer(): ExportRunner | null {
  // The export is written in the site worker; the page's copy of the data is only the fallback.
  const ctx = useScoringContext(false);
  const settings = useScoringSettings();
  return useMemo(() => {
    if (!settings) return null;
    return async (list, format, meta, onProgress) => {
      const request = { format, meta, settings };
      try {
        return await exportInWorker(sitesWorker(), list, request, onProgress);
      } catch (err) {
        console.warn(`Writing the export on the page: ${(err as Error).message}`);
        if (!ctx) {
          loadScoringFiles();
          throw new Error('the export could not be written in the background, and the page is still loading the plant, line, county and utility data: try again in a moment');
        }
        return (await writeExportParts(ctx, list, request, { sliceMs: EXPORT_SLICE_MS, onProgress }))!;
      }
    };
  }, [ctx, settings]);
}
