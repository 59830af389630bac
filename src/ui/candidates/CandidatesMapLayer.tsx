// Candidates on the map: one GeoJSON circle layer for all of them (scales to many sites), counts on
// its clusters, a draggable marker on the selected one (re-scored live as it moves), and the add-site
// click mode.
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { Marker, type GeoJSONSource, type MapMouseEvent } from 'maplibre-gl';
import type { Candidate } from '../../candidates/types';
import { candidateDiff, candidateFeature, DIFF_CHUNK, featureCollection, URL_THRESHOLD } from './candidateFeatures';
import { useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';
import { CANDIDATE_CIRCLE_LAYER } from './clickClaim';
import { candidateCirclePaint } from '../../map/candidateCircles';
import { attachClusterLabels } from './clusterLabels';
import './candidates.css'; // cluster labels and the drag readout

// Loaded once a site is selected (before its pin can be dragged), with the scoring code it needs.
const DragReadout = lazy(() => import('./DragReadout'));

const SOURCE = 'candidates';
// The selected site is drawn from its own one-feature source on top, so selecting a site among
// 100,000 re-sends one feature to MapLibre's worker instead of all of them.
const SELECTED_SOURCE = 'candidates-selected';
const SELECTED_LAYER = 'candidates-selected-circle';

const toFeatures = featureCollection;

/**
 * Keeps a clustered source in step with a large list by diffs, DIFF_CHUNK features per message, one
 * message in flight at a time (MapLibre merges diffs queued behind a busy worker into one message,
 * which would be one long clone again). A newer list replaces the target between chunks.
 */
function diffSync(source: GeoJSONSource) {
  const sent = new Map<string, Candidate>();
  let target: readonly Candidate[] = [];
  let running = false;
  let stopped = false;
  const run = async () => {
    running = true;
    try {
      for (;;) {
        if (stopped) return;
        const list = target;
        const { remove, add } = candidateDiff(sent, list);
        if (remove.length === 0 && add.length === 0) return;
        if (remove.length) {
          await source.updateData({ remove });
          for (const id of remove) sent.delete(id);
        }
        for (let i = 0; i < add.length && !stopped && target === list; i += DIFF_CHUNK) {
          const chunk = add.slice(i, i + DIFF_CHUNK);
          await source.updateData({ add: chunk.map(candidateFeature) });
          for (const c of chunk) sent.set(c.id, c);
        }
      }
    } catch {
      // The source was removed (map torn down, list crossed the clustering threshold): nothing to keep in step.
    } finally {
      running = false;
    }
  };
  return {
    show(list: readonly Candidate[]) {
      target = list;
      // Started in a task of its own, not inside React's commit of the new list.
      if (!running && !stopped) {
        running = true;
        setTimeout(() => void run(), 0);
      }
    },
    stop: () => void (stopped = true),
  };
}

export function CandidatesMapLayer() {
  const map = useMapStore((s) => s.map);
  const candidates = useCandidatesStore((s) => s.candidates);
  const selectedId = useCandidatesStore((s) => s.selectedId);
  const addMode = useCandidatesStore((s) => s.addMode);

  // Many sites are clustered: a tile at continental zoom would otherwise carry every one of 100,000
  // circles, and MapLibre unpacks each tile on the main thread (a long task of several hundred ms).
  const clustered = candidates.length > URL_THRESHOLD;
  const sync = useRef<ReturnType<typeof diffSync> | null>(null);

  // Source and layer, once per map (and again when the list crosses the clustering threshold).
  useEffect(() => {
    if (!map) return;
    // Clustered sources are updated by diffs, which need an id per feature (promoteId).
    map.addSource(SOURCE, { type: 'geojson', data: toFeatures([]), ...(clustered ? { cluster: true, clusterRadius: 24, clusterMaxZoom: 9, promoteId: 'id' } : {}) });
    if (clustered) sync.current = diffSync(map.getSource(SOURCE) as GeoJSONSource);
    map.addSource(SELECTED_SOURCE, { type: 'geojson', data: toFeatures([]) });
    map.addLayer({ id: CANDIDATE_CIRCLE_LAYER, type: 'circle', source: SOURCE, paint: candidateCirclePaint(6, 1.5) });
    map.addLayer({ id: SELECTED_LAYER, type: 'circle', source: SELECTED_SOURCE, paint: candidateCirclePaint(8, 3) });
    // Counts on the clusters, as DOM text (no glyphs offline, no extra shader program).
    const detachLabels = clustered ? attachClusterLabels(map, CANDIDATE_CIRCLE_LAYER, SOURCE) : null;
    const onClick = (e: MapMouseEvent & { features?: { properties: Record<string, unknown>; geometry?: { type: string; coordinates?: unknown } }[] }) => {
      if (useCandidatesStore.getState().addMode) return;
      const f = e.features?.[0];
      // A cluster zooms in towards its sites.
      if (f?.properties.point_count !== undefined) return void map.easeTo({ center: e.lngLat, zoom: Math.min(map.getZoom() + 2, 12) });
      const id = f?.properties.id;
      if (typeof id === 'string') useCandidatesStore.getState().select(id);
    };
    const enter = () => (map.getCanvas().style.cursor = 'pointer');
    const leave = () => (map.getCanvas().style.cursor = useCandidatesStore.getState().addMode ? 'crosshair' : '');
    map.on('click', CANDIDATE_CIRCLE_LAYER, onClick);
    map.on('mouseenter', CANDIDATE_CIRCLE_LAYER, enter);
    map.on('mouseleave', CANDIDATE_CIRCLE_LAYER, leave);
    return () => {
      detachLabels?.();
      sync.current?.stop();
      sync.current = null;
      map.off('click', CANDIDATE_CIRCLE_LAYER, onClick);
      map.off('mouseenter', CANDIDATE_CIRCLE_LAYER, enter);
      map.off('mouseleave', CANDIDATE_CIRCLE_LAYER, leave);
      for (const l of [SELECTED_LAYER, CANDIDATE_CIRCLE_LAYER]) if (map.getLayer(l)) map.removeLayer(l);
      for (const s of [SELECTED_SOURCE, SOURCE]) if (map.getSource(s)) map.removeSource(s);
    };
  }, [map, clustered]);

  useEffect(() => {
    const source = map?.getSource(SOURCE) as GeoJSONSource | undefined;
    if (!source) return;
    if (!clustered || !sync.current) return void source.setData(toFeatures(candidates));
    sync.current.show(candidates);
  }, [map, candidates, clustered]);

  const selected = useMemo(() => candidates.find((c) => c.id === selectedId), [candidates, selectedId]);
  useEffect(() => {
    (map?.getSource(SELECTED_SOURCE) as GeoJSONSource | undefined)?.setData(toFeatures(selected ? [selected] : []));
  }, [map, selected, clustered]);

  // The selected site gets a draggable pin. During a drag its position goes to the store's drag
  // preview once per frame, which only the readout below the site reads (re-scored live); the list,
  // the map's layers and the save get the new position once, at the drop. Nothing on the map is
  // redrawn meanwhile: in software WebGL one map frame takes ~250 ms, so a layer following the pin
  // held the drag at ~5 frames/s (scripts/perf-drag.ts). The site's circle stays where it was until
  // the drop.
  // The pin is created once per selection at the site's position then (read from a ref, so a move
  // does not re-create it mid-drag), and follows the site when it moves otherwise (another tab's edit).
  const selLon = selected?.lon, selLat = selected?.lat;
  const hasSelected = selected !== undefined;
  const position = useRef<[number, number] | null>(null);
  position.current = selLon === undefined || selLat === undefined ? null : [selLon, selLat];
  const pin = useRef<Marker | null>(null);
  useEffect(() => {
    const at = position.current;
    if (!map || !selectedId || !hasSelected || !at) return;
    const marker = new Marker({ color: '#b8650a', draggable: true }).setLngLat(at).addTo(map);
    marker.getElement().setAttribute('aria-label', 'Selected candidate (drag to move)');
    pin.current = marker;
    let frame = 0;
    const preview = () => {
      frame = 0;
      const p = marker.getLngLat();
      useCandidatesStore.getState().dragTo(selectedId, p.lng, p.lat);
    };
    const drop = () => {
      if (frame) cancelAnimationFrame(frame);
      preview();
      useCandidatesStore.getState().dropDrag();
    };
    marker.on('drag', () => (frame ||= requestAnimationFrame(preview)));
    marker.on('dragend', drop);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      marker.remove();
      pin.current = null;
      // Deselected or torn down mid-drag: the move so far goes to the list, no preview is left behind.
      if (useCandidatesStore.getState().dragPreview?.id === selectedId) useCandidatesStore.getState().dropDrag();
    };
  }, [map, selectedId, hasSelected]);
  useEffect(() => {
    if (selLon !== undefined && selLat !== undefined) pin.current?.setLngLat([selLon, selLat]);
  }, [selLon, selLat]);

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

  return map && selectedId ? (
    <Suspense fallback={null}>
      <DragReadout map={map} />
    </Suspense>
  ) : null;
}
