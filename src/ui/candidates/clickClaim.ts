// Whether a map click belongs to the candidates feature (add-site mode, or a click on a candidate),
// so the point card does not open for it.
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { useCandidatesStore } from '../../state/candidatesStore';

export const CANDIDATE_CIRCLE_LAYER = 'candidates-circles';

export function candidatesClaimClick(map: MapLibreMap, point: PointLike): boolean {
  if (useCandidatesStore.getState().addMode) return true;
  return !!map.getLayer(CANDIDATE_CIRCLE_LAYER) && map.queryRenderedFeatures(point, { layers: [CANDIDATE_CIRCLE_LAYER] }).length > 0;
}
