// Candidates on the map: one GeoJSON circle layer for all of them (scales to many sites), a
// draggable marker on the selected one (re-scored live as it moves), and the add-site click mode.
import { useEffect } from 'react';
import { Marker, type GeoJSONSource, type MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';
import { CANDIDATE_CIRCLE_LAYER } from './clickClaim';

const SOURCE = 'candidates';

function toFeatures(candidates: ReturnType<typeof useCandidatesStore.getState>['candidates'], selectedId: string | null): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: candidates.map((c) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [c.lon, c.lat] }, properties: { id: c.id, starred: c.starred, selected: c.id === selectedId } })),
  };
}

export function CandidatesMapLayer() {
  const map = useMapStore((s) => s.map);
  const candidates = useCandidatesStore((s) => s.candidates);
  const selectedId = useCandidatesStore((s) => s.selectedId);
  const addMode = useCandidatesStore((s) => s.addMode);

  // Source and layer, once per map.
  useEffect(() => {
    if (!map) return;
    map.addSource(SOURCE, { type: 'geojson', data: toFeatures([], null) });
    map.addLayer({
      id: CANDIDATE_CIRCLE_LAYER,
      type: 'circle',
      source: SOURCE,
      paint: {
        'circle-radius': ['case', ['get', 'selected'], 8, 6],
        'circle-color': ['case', ['get', 'starred'], '#e0a100', '#1d6fb8'],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', ['get', 'selected'], 3, 1.5],
      },
    });
    const onClick = (e: MapMouseEvent & { features?: { properties: Record<string, unknown> }[] }) => {
      if (useCandidatesStore.getState().addMode) return;
      const id = e.features?.[0]?.properties.id;
      if (typeof id === 'string') useCandidatesStore.getState().select(id);
    };
    const enter = () => (map.getCanvas().style.cursor = 'pointer');
    const leave = () => (map.getCanvas().style.cursor = useCandidatesStore.getState().addMode ? 'crosshair' : '');
    map.on('click', CANDIDATE_CIRCLE_LAYER, onClick);
    map.on('mouseenter', CANDIDATE_CIRCLE_LAYER, enter);
    map.on('mouseleave', CANDIDATE_CIRCLE_LAYER, leave);
    return () => {
      map.off('click', CANDIDATE_CIRCLE_LAYER, onClick);
      map.off('mouseenter', CANDIDATE_CIRCLE_LAYER, enter);
      map.off('mouseleave', CANDIDATE_CIRCLE_LAYER, leave);
      if (map.getLayer(CANDIDATE_CIRCLE_LAYER)) map.removeLayer(CANDIDATE_CIRCLE_LAYER);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    };
  }, [map]);

  useEffect(() => {
    (map?.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(toFeatures(candidates, selectedId));
  }, [map, candidates, selectedId]);

  // The selected site gets a draggable pin; moves are written (and so re-scored) once per frame.
  const selected = candidates.find((c) => c.id === selectedId);
  const selLon = selected?.lon, selLat = selected?.lat;
  useEffect(() => {
    if (!map || !selectedId || selLon === undefined || selLat === undefined) return;
    const marker = new Marker({ color: '#b8650a', draggable: true }).setLngLat([selLon, selLat]).addTo(map);
    marker.getElement().setAttribute('aria-label', 'Selected candidate (drag to move)');
    let frame = 0;
    const write = () => {
      frame = 0;
      const p = marker.getLngLat();
      useCandidatesStore.getState().move(selectedId, p.lng, p.lat);
    };
    marker.on('drag', () => (frame ||= requestAnimationFrame(write)));
    marker.on('dragend', write);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      marker.remove();
    };
    // Re-created only on selection change; position updates come from the marker itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, selectedId]);

  // Add-site mode: each click adds a site; Esc leaves the mode.
  useEffect(() => {
    if (!map || !addMode) return;
    map.getCanvas().style.cursor = 'crosshair';
    const onClick = (e: MapMouseEvent) => useCandidatesStore.getState().addAt(e.lngLat.lng, e.lngLat.lat);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && useCandidatesStore.getState().setAddMode(false);
    map.on('click', onClick);
    window.addEventListener('keydown', onKey);
    return () => {
      map.getCanvas().style.cursor = '';
      map.off('click', onClick);
      window.removeEventListener('keydown', onKey);
    };
  }, [map, addMode]);

  return null;
}
