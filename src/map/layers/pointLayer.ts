// Helpers for layers drawn as GeoJSON circles (hubs, markets, exchanges, sites, stations).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { uploadCanvasIfStale } from '../surfaceRaster';

export function pointCollection<T>(items: readonly T[], lonLat: (t: T) => [number, number], props: (t: T, i: number) => Record<string, unknown>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: items.map(
      (t, i): Feature<Point> => ({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: lonLat(t) }, properties: { i, ...props(t, i) } }),
    ),
  };
}

/** Adds (once) or refreshes a GeoJSON source. */
export function upsertGeoJson(map: MapLibreMap, id: string, data: FeatureCollection): boolean {
  const src = map.getSource(id) as { setData?: (d: FeatureCollection) => void } | undefined;
  if (src?.setData) {
    src.setData(data);
    return false;
  }
  map.addSource(id, { type: 'geojson', data });
  return true;
}

export function setLayersVisible(map: MapLibreMap, ids: readonly string[], visible: boolean): void {
  for (const id of ids) {
    if (!map.getLayer(id)) continue;
    map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    if (visible) uploadCanvasIfStale(map, id);
  }
}

export const formatKm = (km: number) => `${Math.round(km).toLocaleString('en-US')} km`;

/**
 * A gate that opens the first time it sees a value and again whenever the value changes. Data
 * bundles are replaced, never mutated, so identity tells whether a layer must be refreshed.
 */
export function changeGate<T>(): (value: T | null | undefined) => value is T {
  let last: T | null | undefined;
  return (value): value is T => {
    if (value === null || value === undefined || value === last) return false;
    last = value;
    return true;
  };
}

/** A MapLibre `match` expression colouring features by a string property, with a fallback colour. */
export function matchColor(property: string, colours: Record<string, string>, fallback: string): unknown[] {
  return ['match', ['get', property], ...Object.entries(colours).flat(), fallback];
}
