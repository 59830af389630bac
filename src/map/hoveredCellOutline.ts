// The outline of the suitability cell under the pointer: one GeoJSON line feature, replaced only
// when the hovered cell changes and emptied when the pointer leaves the surface. Only that one
// cell ever has geometry; the surface itself stays one image.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { cellOutline } from '../geo/cellOutline';
import { cellIndexAt } from '../geo/grid';
import { useSuitabilityStore, type SuitabilityScores } from '../state/suitabilityStore';

export const HOVERED_CELL_SOURCE = 'suitability-hovered-cell';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The cell an outline is drawn for at lon/lat: one with a score or some data, else −1 (sea, excluded, outside the grid). */
export function outlinedCellAt(result: SuitabilityScores, lon: number, lat: number): number {
  const cell = cellIndexAt(result.grid, lon, lat);
  if (cell < 0) return -1;
  return result.scores[cell] === result.scores[cell] || result.coverage[cell] > 0 ? cell : -1;
}

let shown: { cell: number; result: SuitabilityScores | null } = { cell: -1, result: null };

function setOutline(map: MapLibreMap, result: SuitabilityScores | null, cell: number): void {
  if (cell === shown.cell && (cell < 0 || result === shown.result)) return;
  shown = { cell, result };
  const source = map.getSource(HOVERED_CELL_SOURCE) as GeoJSONSource | undefined;
  const data = cell >= 0 && result ? { type: 'FeatureCollection' as const, features: [cellOutline(result.grid, cell)] } : EMPTY;
  if (source) return void source.setData(data);
  if (cell < 0) return;
  map.addSource(HOVERED_CELL_SOURCE, { type: 'geojson', data });
  // Dark line with a light casing, so it reads on both ends of the score palette.
  map.addLayer({ id: `${HOVERED_CELL_SOURCE}-casing`, type: 'line', source: HOVERED_CELL_SOURCE, paint: { 'line-color': '#ffffff', 'line-width': 3.5, 'line-opacity': 0.9 } });
  map.addLayer({ id: HOVERED_CELL_SOURCE, type: 'line', source: HOVERED_CELL_SOURCE, paint: { 'line-color': '#111111', 'line-width': 1.5 } });
}

/** Outlines the cell at lon/lat when the surface is shown there; `null` (or a hidden surface) removes the outline. */
export function outlineHoveredCell(map: MapLibreMap, at: { lon: number; lat: number } | null, surfaceVisible: boolean): void {
  const result = useSuitabilityStore.getState().result;
  const cell = at && surfaceVisible && result ? outlinedCellAt(result, at.lon, at.lat) : -1;
  setOutline(map, result, cell);
}
