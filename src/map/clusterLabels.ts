// Site counts on the cluster circles, as DOM labels: the map has no glyphs (offline), so a MapLibre
// symbol layer cannot draw text, and in software WebGL every new shader program blocks the main
// thread for 150–250 ms. After the map settles (camera moved, or the candidates source changed) the
// clusters drawn in view are read once (queryRenderedFeatures) and a pool of absolutely positioned
// spans shows their counts; while the map pans they are only moved (a transform each), while it zooms
// (clusters regroup at every zoom level) they are hidden until it settles.
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** At most this many counts at once (the largest clusters first). */
export const MAX_CLUSTER_LABELS = 300;

/** "87", "1.2k", "12k", "1.5M": short enough for the smallest cluster circle (16 px). */
export function formatCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 9950) return `${Math.round(n / 100) / 10}k`;
  if (n < 999_500) return `${Math.round(n / 1000)}k`;
  return `${Math.round(n / 100_000) / 10}M`;
}

/** Size class following the circle radius steps in src/map/candidateCircles.ts (100, 1,000, 10,000). */
function sizeClass(n: number): string {
  return n < 100 ? 'cluster-label' : n < 1000 ? 'cluster-label cluster-label--m' : n < 10_000 ? 'cluster-label cluster-label--l' : 'cluster-label cluster-label--xl';
}

export interface ClusterInView {
  id: number;
  count: number;
  lngLat: [number, number];
}

/**
 * Clusters among rendered features, once each (a cluster near a tile edge is returned per tile):
 * the largest first, and among equal counts those nearest `centre` (so that when more than `max` are
 * in view, e.g. a dense grid of equal clusters, the labelled ones form one patch around the centre).
 */
export function clustersInView(features: readonly { properties: Record<string, unknown> | null; geometry: { type: string; coordinates?: unknown } }[], max = MAX_CLUSTER_LABELS, centre: [number, number] = [0, 0]): ClusterInView[] {
  const byId = new Map<number, ClusterInView>();
  for (const f of features) {
    const count = f.properties?.point_count;
    const id = f.properties?.cluster_id;
    if (typeof count !== 'number' || typeof id !== 'number' || byId.has(id) || f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates as number[];
    byId.set(id, { id, count, lngLat: [lon, lat] });
  }
  const [cx, cy] = centre;
  const d2 = (c: ClusterInView) => (c.lngLat[0] - cx) ** 2 + (c.lngLat[1] - cy) ** 2;
  return [...byId.values()].sort((a, b) => b.count - a.count || d2(a) - d2(b) || a.id - b.id).slice(0, max);
}

/**
 * Shows the count of every cluster of `layerId` (a circle layer on a clustered GeoJSON `sourceId`) in
 * view. Returns a function that removes the labels and their listeners.
 */
export function attachClusterLabels(map: MapLibreMap, layerId: string, sourceId: string, max = MAX_CLUSTER_LABELS): () => void {
  const container = document.createElement('div');
  container.className = 'cluster-labels';
  // The list announces how many sites there are; these only mirror the circles.
  container.setAttribute('aria-hidden', 'true');
  // After the region labels (markers added at start-up), before markers added later (the selected
  // site's pin), so the pin stays on top.
  map.getCanvasContainer().appendChild(container);

  const pool: HTMLSpanElement[] = [];
  let shown: { el: HTMLSpanElement; lngLat: [number, number] }[] = [];
  let zooming = false;
  /**
   * The drawn clusters may differ from the labels: re-read them at the next idle. Only a read at idle
   * clears this: before it, loaded tiles may not have replaced the ones drawn yet (a software-WebGL
   * frame takes ~250 ms), so an earlier read can see the previous zoom's clusters.
   */
  let dirty = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The pending refresh was asked for at idle, and nothing changed since. */
  let settled = false;

  const place = () => {
    for (const l of shown) {
      const p = map.project(l.lngLat);
      l.el.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px) translate(-50%, -50%)`;
    }
  };

  const refresh = () => {
    timer = undefined;
    if (zooming) return;
    if (settled) dirty = false;
    settled = false;
    const centre = map.getCenter();
    const clusters = map.getLayer(layerId) ? clustersInView(map.queryRenderedFeatures({ layers: [layerId] }), max, [centre.lng, centre.lat]) : [];
    shown = clusters.map((c, i) => {
      let el = pool[i];
      if (!el) {
        el = pool[i] = document.createElement('span');
        container.appendChild(el);
      }
      const text = formatCount(c.count);
      // Text only, never markup; untouched when unchanged (most labels after a small pan).
      if (el.textContent !== text) el.textContent = text;
      const cls = sizeClass(c.count);
      if (el.className !== cls) el.className = cls;
      el.dataset.count = String(c.count);
      el.hidden = false;
      return { el, lngLat: c.lngLat };
    });
    for (let i = clusters.length; i < pool.length; i++) pool[i].hidden = true;
    place();
    container.hidden = false;
  };

  const schedule = (delayMs: number, atIdle = false) => {
    settled = atIdle;
    if (timer === undefined) timer = setTimeout(refresh, delayMs);
  };
  const onMove = () => {
    if (!zooming) place();
  };
  const onZoomStart = () => {
    zooming = true;
    container.hidden = true;
  };
  const onMoveEnd = () => {
    zooming = false;
    dirty = true;
    schedule(0);
  };
  const onSourceData = (e: MapSourceDataEvent) => {
    if (e.sourceId !== sourceId) return;
    dirty = true;
    // Diffs of a large import arrive as many messages: a refresh at most every 250 ms meanwhile.
    schedule(250);
  };
  // Idle also follows frames that changed nothing here (the selected site's layer, a surface
  // recolour): re-read only when the camera or this source changed.
  const onIdle = () => {
    if (dirty) schedule(0, true);
  };

  map.on('move', onMove);
  map.on('zoomstart', onZoomStart);
  map.on('moveend', onMoveEnd);
  map.on('sourcedata', onSourceData);
  map.on('idle', onIdle);
  schedule(0);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    map.off('move', onMove);
    map.off('zoomstart', onZoomStart);
    map.off('moveend', onMoveEnd);
    map.off('sourcedata', onSourceData);
    map.off('idle', onIdle);
    container.remove();
  };
}
