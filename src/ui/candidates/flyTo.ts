import type { Map as MapLibreMap } from 'maplibre-gl';

/** Centres the map on a site, zooming in to at least town scale. */
export function flyToSite(map: MapLibreMap | null, lon: number, lat: number): void {
  map?.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 7), essential: true });
}

/** Fits the map to a few sites, keeping them clear of `bottomPx` of the map covered by a panel. */
export function fitSites(map: MapLibreMap | null, sites: readonly { lon: number; lat: number }[], bottomPx = 0): void {
  if (!map || sites.length === 0) return;
  const lons = sites.map((s) => s.lon), lats = sites.map((s) => s.lat);
  const canvas = map.getContainer().getBoundingClientRect();
  // Padding larger than the map would make MapLibre refuse the fit: keep a band of at least 80 px for the sites.
  const bottom = Math.max(40, Math.min(bottomPx + 40, canvas.height - 120));
  map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], { padding: { top: 40, left: 40, right: 60, bottom }, maxZoom: 10, duration: 600 });
}
