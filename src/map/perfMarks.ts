// Timestamps (performance.now()) that the browser performance script and tests read from `window`.
// Plain properties, no overhead worth measuring; they never affect behaviour. In map: the lowest layer that records them (ui reads them too).
export interface PerfMarks {
  /** Bootstrap stages: script running, boundaries decoded, map style loaded. */
  bootAt?: number;
  boundariesAt?: number;
  mapLoadAt?: number;
  /** First time the map reported idle after load. */
  mapIdleAt?: number;
  /** When the suitability surface last finished drawing a new set of scores (the map frame after the upload). */
  surfaceRecolouredAt?: number;
  /** When scores for the latest request arrived on the main thread, and when they were painted. */
  surfaceScoredAt?: number;
  surfacePaintedAt?: number;
  /** Worker time of that re-score, ms. */
  surfaceScoreMs?: number;
  /** Main-thread time of the last threshold repaint (pixels written and handed to the canvas), ms. */
  thresholdRepaintMs?: number;
  /** When the candidate circle shader had been compiled in idle time (src/map/candidateCircles.ts). */
  candidateShaderWarmAt?: number;
  /** Candidate sites whose summaries came from the candidate-scoring worker (not the main thread). */
  sitesScoredInWorker?: number;
}

export function perfMarks(): PerfMarks {
  const w = window as unknown as { __gridscoutPerf?: PerfMarks };
  w.__gridscoutPerf ??= {};
  return w.__gridscoutPerf;
}
