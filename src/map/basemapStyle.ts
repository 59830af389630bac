// The offline basemap: no tiles, glyphs or sprites — every source is GeoJSON from public/data.
import type { MapOptions } from 'maplibre-gl';
import type { Boundaries } from '../geo/boundaries';

type StyleSpec = Exclude<MapOptions['style'], string | undefined>;

export const BASEMAP_COLORS = {
  water: '#c9dde6',
  contextLand: '#e9e6df',
  region: '#f6f4ef',
  regionLine: '#a9a398',
  countryLine: '#5f5a52',
};

/** Layer id of the region fill; data layers are inserted above it and below the outlines. */
export const REGION_FILL_LAYER = 'regions-fill';
export const REGION_LINE_LAYER = 'regions-line';

export function basemapStyle(boundaries: Boundaries): StyleSpec {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: boundaries.countries },
      regions: { type: 'geojson', data: boundaries.regions, promoteId: 'code' },
    },
    // Fills skip MapLibre's outline pass (fill-antialias): the line layers above draw every edge,
    // and the outline is one more shader program and one more pass per frame.
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': BASEMAP_COLORS.contextLand, 'fill-antialias': false } },
      { id: REGION_FILL_LAYER, type: 'fill', source: 'regions', paint: { 'fill-color': BASEMAP_COLORS.region, 'fill-antialias': false } },
      {
        id: REGION_LINE_LAYER,
        type: 'line',
        source: 'regions',
        paint: { 'line-color': BASEMAP_COLORS.regionLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1.2] },
      },
      {
        id: 'countries-line',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BASEMAP_COLORS.countryLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.8, 6, 2] },
      },
    ],
  };
}
