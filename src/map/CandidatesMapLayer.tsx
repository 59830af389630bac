// Candidates on the map: one GeoJSON circle layer for all of them (scales to many sites), counts on
// its clusters, and a draggable marker on the selected one. Clicks and hover on the circles (and
// add-site mode) belong to MapPointer.tsx; the live re-score under a dragged pin is the UI's
// DragReadout.
import { useEffect, useMemo, useRef } from 'react';
import { Marker, type GeoJSONSource } from 'maplibre-gl';
import type { Candidate } from '../candidates/types';
import { CANDIDATE_CIRCLE_LAYER, candidateDiff, candidateFeature, DIFF_CHUNK, featureCollection, URL_THRESHOLD } from './candidateFeatures';
import { useCandidatesStore } from '../state/candidatesStore';
import { useMapStore } from '../state/mapStore';
import { candidateCirclePaint } from './candidateCircles';
import { attachClusterLabels } from './clusterLabels';
import './clusterLabels.css';

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
    return () => {
      detachLabels?.();
      sync.current?.stop();
      sync.current = null;
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

  return null;
}
