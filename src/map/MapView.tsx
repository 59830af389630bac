import { useEffect, useRef, type ReactNode } from 'react';
import type { Topology } from 'topojson-specification';
import { fetchPublicJson } from '../data/fetchPublic';
import { decodeBoundaries } from '../geo/boundaries';
import { createRegionIndex } from '../geo/regionIndex';
import { useMapStore } from '../state/mapStore';
import { perfMarks } from '../perfMarks';
import { createMap } from './createMap';
import { addRegionLabels } from './regionLabels';

/** Hosts the MapLibre map; `data-map-state` says loading → ready → idle (browser tests wait on it). */
export function MapView({ children }: { children?: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const status = useMapStore((s) => s.status);
  const error = useMapStore((s) => s.error);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let disposed = false;
    let cleanup = () => {};
    fetchPublicJson<Topology>('boundaries.topo.json')
      .then((topo) => {
        if (disposed) return;
        const boundaries = decodeBoundaries(topo);
        const map = createMap(el, boundaries);
        const removeLabels = addRegionLabels(map, boundaries.regions.features);
        el.dataset.mapState = 'loading';
        // Exposed for browser tests and debugging (projecting lon/lat to pixels).
        (window as unknown as { __gridscoutMap?: unknown }).__gridscoutMap = map;
        map.on('load', () => {
          useMapStore.getState().setReady(map, boundaries, createRegionIndex(boundaries.regions.features));
          el.dataset.mapState = 'ready';
        });
        map.on('idle', () => {
          if (!map.loaded()) return;
          el.dataset.mapState = 'idle';
          perfMarks().mapIdleAt ??= performance.now();
        });
        map.on('movestart', () => (el.dataset.mapState = 'moving'));
        map.on('error', (e) => console.error('Map error:', e.error?.message ?? e));
        cleanup = () => {
          removeLabels();
          map.remove();
        };
      })
      .catch((err: Error) => useMapStore.getState().setError(err.message));
    return () => {
      disposed = true;
      cleanup();
    };
  }, []);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" role="region" aria-label="Map of North America" />
      {children}
      {status === 'loading' && <div className="map-overlay">Loading map…</div>}
      {status === 'error' && (
        <div className="map-overlay map-overlay--error" role="alert">
          The map could not load: {error}
        </div>
      )}
    </div>
  );
}
