// Runs the suitability scoring in a Web Worker: loads the precomputed criterion columns once,
// then re-scores the whole grid whenever the facility type, a weight or a constraint changes.
import { useEffect, useRef } from 'react';
import { fetchPublicGzip, fetchPublicJson } from '../data/fetchPublic';
import type { SuitabilityCubeMeta } from '../scoring/suitabilityCube';
import type { GridSpec } from '../geo/grid';
import { useAppStore } from '../state/appStore';
import { useDataStore } from '../state/dataStore';
import { modelOptionsOf } from '../scoring/siteScoring';
import { useScoringStore } from '../state/scoringStore';
import { useSuitabilityStore } from '../state/suitabilityStore';
import { createScoreClient, type ScoreClient } from '../workers/scoreClient';
import { perfMarks } from './perfMarks';

async function loadCube(): Promise<{ meta: SuitabilityCubeMeta; bytes: ArrayBuffer }> {
  const [meta, bytes] = await Promise.all([fetchPublicJson<SuitabilityCubeMeta>('cube.json'), fetchPublicGzip('cube.bin.gz')]);
  return { meta, bytes };
}

export function SuitabilityScorer() {
  const surface = useDataStore((s) => s.surface.data);
  const profile = useAppStore((s) => s.facilityType);
  const weights = useScoringStore((s) => s.weights);
  const constraints = useScoringStore((s) => s.constraints);
  const client = useRef<ScoreClient | null>(null);
  const loaded = useRef<Promise<{ grid: GridSpec; landCells: number }> | null>(null);

  useEffect(() => {
    if (!surface) return;
    const worker = new Worker(new URL('../workers/scoreWorker.ts', import.meta.url), { type: 'module' });
    const c = createScoreClient(worker);
    client.current = c;
    useSuitabilityStore.getState().setStatus('loading');
    loaded.current = loadCube().then(({ meta, bytes }) => c.loadCube(meta, bytes));
    loaded.current.catch((err: Error) => useSuitabilityStore.getState().setStatus('error', err.message));
    return () => {
      c.dispose();
      client.current = null;
      loaded.current = null;
    };
  }, [surface]);

  useEffect(() => {
    const c = client.current;
    const ready = loaded.current;
    if (!c || !ready || !surface) return;
    const requestedAt = performance.now();
    const options = modelOptionsOf({ weights, constraints }, profile);
    ready
      .then(async (cube) => ({ cube, r: await c.score(options) }))
      .then(({ cube, r }) => {
        if (r) perfMarks().surfaceScoredAt = performance.now();
        if (r) useSuitabilityStore.getState().setResult({ grid: cube.grid, landCells: cube.landCells, scores: r.scores, coverage: r.coverage, profile, scoreMs: r.ms, requestedAt });
      })
      .catch((err: Error) => useSuitabilityStore.getState().setStatus('error', err.message));
  }, [surface, profile, weights, constraints]);

  return null;
}
