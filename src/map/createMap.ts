import { Map as MapLibreMap, NavigationControl, ScaleControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Boundaries } from '../geo/boundaries';
import { basemapStyle } from './basemapStyle';

// maplibre-gl 6 under Vite: the worker must be pointed at the bundled file or the map never loads.
setWorkerUrl(workerUrl);

/** Starts MapLibre's worker now, so its 0.5 MB script loads while the boundaries download. */
export function warmUpMapWorker(): void {
  prewarm();
}

/** USA incl. Alaska and Hawaii, Canada and Mexico. */
export const NORTH_AMERICA_BOUNDS: [[number, number], [number, number]] = [
  [-170, 14],
  [-52, 72],
];

export function createMap(container: HTMLElement, boundaries: Boundaries): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: basemapStyle(boundaries),
    bounds: NORTH_AMERICA_BOUNDS,
    fitBoundsOptions: { padding: 20 },
    minZoom: 1.5,
    maxZoom: 12,
    attributionControl: { compact: true, customAttribution: 'Boundaries: US Census (us-atlas), Natural Earth' },
    renderWorldCopies: false,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  // The canvas is focusable; say what the keys do (Enter is handled in MapPointer.tsx).
  map.getCanvas().setAttribute('aria-label', 'Map. Arrow keys pan, + and − zoom, Enter shows what is known at the centre (or adds a site there in Add site mode).');
  return map;
}
