// Region names as DOM labels: the basemap has no glyph source (no network), so MapLibre
// symbol layers cannot draw text. ~100 absolutely positioned spans are cheap to move.
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { polygonsOf } from '../geo/pointInPolygon';
import type { RegionProps } from '../geo/types';

/** Zoom at which a region's label appears: large regions first, small ones once zoomed in. */
export function labelMinZoom(feature: Feature<Polygon | MultiPolygon, RegionProps>): number {
  let largest = 0;
  for (const rings of polygonsOf(feature.geometry)) {
    let w = Infinity, e = -Infinity, s = Infinity, n = -Infinity;
    for (const [x, y] of rings[0] ?? []) {
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    }
    largest = Math.max(largest, (e - w) * (n - s) * Math.cos(((s + n) / 2) * (Math.PI / 180)));
  }
  if (largest > 25) return 0;
  if (largest > 8) return 2.5;
  if (largest > 2) return 3.8;
  return 5;
}

export function addRegionLabels(map: MapLibreMap, regions: Feature<Polygon | MultiPolygon, RegionProps>[]): () => void {
  const labels = regions.map((f) => {
    const el = document.createElement('span');
    el.className = 'region-label';
    el.textContent = f.properties.name; // textContent: names never become markup
    el.dataset.code = f.properties.code;
    const marker = new Marker({ element: el }).setLngLat([f.properties.labelLon, f.properties.labelLat]).addTo(map);
    return { el, marker, minZoom: labelMinZoom(f) };
  });
  const update = () => {
    const z = map.getZoom();
    for (const l of labels) l.el.classList.toggle('region-label--hidden', z < l.minZoom);
  };
  update();
  map.on('zoomend', update);
  return () => {
    map.off('zoomend', update);
    labels.forEach((l) => l.marker.remove());
  };
}
