// Paint of the candidate circle layers, and a warm-up that compiles their shader before it is needed.
//
// MapLibre compiles one shader program per layer type and per *kind* of each paint property
// (constant → uniform, data-driven → vertex attribute), at the first frame that draws such a layer.
// In software WebGL (SwiftShader, as on our 2-core test machine) that compile blocks the main thread
// for 150–250 ms, which otherwise lands in the middle of an import. So every candidate layer
// (single sites, clusters, the selected site) uses the same kinds, and the map draws one invisible
// circle of that kind once it is idle after start-up.
import type { CircleLayerSpecification, ExpressionSpecification, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';

const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];

/** Circle paint for candidates: clusters grow with their count; starred sites are amber. */
export function candidateCirclePaint(radiusPx: number, strokePx: number): CircleLayerSpecification['paint'] {
  return {
    // Data-driven in every mode (also when nothing is clustered), so all candidate layers share one program.
    'circle-radius': ['case', IS_CLUSTER, ['step', ['get', 'point_count'], 8, 100, 11, 1000, 14, 10000, 18], radiusPx],
    'circle-color': ['case', IS_CLUSTER, '#4a86c5', ['boolean', ['get', 'starred'], false], '#e0a100', '#1d6fb8'],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': strokePx,
  };
}

const WARM_UP = 'shader-warm-up';

/**
 * Draws one zero-radius candidate circle (nothing visible) in one frame, then removes it: the frame
 * compiles the candidate circle program while the app is idle. Returns once it has been drawn.
 */
export function warmUpCandidateCircles(map: MapLibreMap): Promise<void> {
  if (map.getSource(WARM_UP)) return Promise.resolve();
  const c = map.getCenter();
  const data: GeoJSONSourceSpecification['data'] = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [c.lng, c.lat] } }] };
  map.addSource(WARM_UP, { type: 'geojson', data });
  map.addLayer({ id: WARM_UP, type: 'circle', source: WARM_UP, paint: candidateCirclePaint(0, 0) });
  return new Promise((resolve) => {
    const done = () => {
      if (!map.isSourceLoaded(WARM_UP)) return;
      map.off('render', done);
      // Removed in a task of its own: not inside MapLibre's render callback.
      setTimeout(() => {
        if (map.getLayer(WARM_UP)) map.removeLayer(WARM_UP);
        if (map.getSource(WARM_UP)) map.removeSource(WARM_UP);
        resolve();
      }, 0);
    };
    map.on('render', done);
  });
}
