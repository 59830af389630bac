import type { Map as MapLibreMap } from 'maplibre-gl';

/** Centres the map on a site, zooming in to at least town scale. */
export function flyToSite(map: MapLibreMap | null, lon: number, lat: number): void {
  map?.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 7), essential: true });
}
