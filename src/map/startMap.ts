// Starts the map without React: boundaries → basemap → region labels and index. The React UI is
// loaded after this (see main.ts), so the first bundle is MapLibre plus this bootstrap.
import type { Topology } from 'topojson-specification';
import { fetchPublicJson } from '../data/fetchPublic';
import { decodeBoundaries } from '../geo/boundaries';
import { createRegionIndex } from '../geo/regionIndex';
import { perfMarks } from './perfMarks';
import { mapState } from '../state/mapState';
import { createMap, warmUpMapWorker } from './createMap';
import { addRegionLabels } from './regionLabels';
import { warmUpCandidateCircles } from './candidateCircles';

/** After start-up settles (data layers drawn), compile the candidate circle shader in idle time. */
const WARM_UP_AFTER_IDLE_MS = 2500;

function whenIdle(f: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(f, { timeout: 2000 });
  else setTimeout(f, 0);
}

/** Region lookup uses the detailed boundaries, fetched once the map is up. */
async function loadRegionLookup(): Promise<void> {
  try {
    const boundaries = decodeBoundaries(await fetchPublicJson<Topology>('boundaries.topo.json'));
    mapState.getState().setLookup(boundaries, createRegionIndex(boundaries.regions.features));
  } catch (err) {
    console.error(`Region lookup unavailable: ${(err as Error).message}`);
  }
}

/** `data-map-state` on the container says loading → ready → idle (browser tests wait on it). */
export async function startMap(el: HTMLElement): Promise<void> {
  el.dataset.mapState = 'loading';
  perfMarks().bootAt = performance.now();
  warmUpMapWorker();
  try {
    const display = decodeBoundaries(await fetchPublicJson<Topology>('boundaries-display.topo.json'));
    perfMarks().boundariesAt = performance.now();
    const map = createMap(el, display);
    addRegionLabels(map, display.regions.features);
    // Exposed for browser tests and debugging (projecting lon/lat to pixels).
    (window as unknown as { __gridscoutMap?: unknown }).__gridscoutMap = map;
    map.on('load', () => {
      perfMarks().mapLoadAt = performance.now();
      mapState.getState().setReady(map);
      el.dataset.mapState = 'ready';
      void loadRegionLookup();
    });
    map.on('idle', () => {
      if (!map.loaded()) return;
      el.dataset.mapState = 'idle';
      if (perfMarks().mapIdleAt !== undefined) return;
      perfMarks().mapIdleAt = performance.now();
      setTimeout(() => whenIdle(() => void warmUpCandidateCircles(map).then(() => (perfMarks().candidateShaderWarmAt = performance.now()))), WARM_UP_AFTER_IDLE_MS);
    });
    map.on('movestart', () => (el.dataset.mapState = 'moving'));
    map.on('error', (e) => console.error('Map error:', e.error?.message ?? e));
  } catch (err) {
    mapState.getState().setError((err as Error).message);
    el.dataset.mapState = 'error';
  }
}
