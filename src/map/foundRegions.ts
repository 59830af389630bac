// Outlines of the regions "Find regions" found: one GeoJSON source, a light fill and a line, the
// chosen region drawn heavier. Added the first time regions are shown, above the surface.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

export const FOUND_REGIONS_SOURCE = 'found-regions';

type RegionsCollection = { type: 'FeatureCollection'; features: { type: 'Feature'; geometry: unknown; properties: { rank: number } }[] };

export function showFoundRegions(map: MapLibreMap, fc: RegionsCollection | null, chosenRank: number | null): void {
  const data = (fc ?? { type: 'FeatureCollection', features: [] }) as unknown as GeoJSON.FeatureCollection;
  const source = map.getSource(FOUND_REGIONS_SOURCE) as GeoJSONSource | undefined;
  if (source) source.setData(data);
  else {
    if (!fc) return;
    map.addSource(FOUND_REGIONS_SOURCE, { type: 'geojson', data });
    map.addLayer({ id: `${FOUND_REGIONS_SOURCE}-fill`, type: 'fill', source: FOUND_REGIONS_SOURCE, paint: { 'fill-color': '#ff6a00', 'fill-opacity': 0.12 } });
    map.addLayer({ id: `${FOUND_REGIONS_SOURCE}-casing`, type: 'line', source: FOUND_REGIONS_SOURCE, paint: { 'line-color': '#ffffff', 'line-width': 3, 'line-opacity': 0.8 } });
    map.addLayer({ id: FOUND_REGIONS_SOURCE, type: 'line', source: FOUND_REGIONS_SOURCE, paint: { 'line-color': '#c2410c', 'line-width': 1.5 } });
  }
  const chosen = chosenRank ?? -1;
  map.setPaintProperty(FOUND_REGIONS_SOURCE, 'line-width', ['case', ['==', ['get', 'rank'], chosen], 3.5, 1.5]);
  map.setPaintProperty(`${FOUND_REGIONS_SOURCE}-fill`, 'fill-opacity', ['case', ['==', ['get', 'rank'], chosen], 0.3, 0.12]);
}
