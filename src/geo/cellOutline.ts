// The outline of one grid cell, for the hovered-cell highlight on the suitability surface: a closed
// ring along the cell's edges. Rows are Mercator-aligned, so straight edges in lon/lat are the
// cell's edges on the map too.
import type { Feature, LineString } from 'geojson';
import { cellBounds, type GridSpec } from './grid';

export function cellOutline(grid: GridSpec, index: number): Feature<LineString, { cell: number }> {
  const [west, south, east, north] = cellBounds(grid, index);
  return {
    type: 'Feature',
    properties: { cell: index },
    geometry: {
      type: 'LineString',
      coordinates: [
        [west, north],
        [east, north],
        [east, south],
        [west, south],
        [west, north],
      ],
    },
  };
}
