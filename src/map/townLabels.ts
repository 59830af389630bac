// Town names as DOM labels (the map has no glyphs offline, so no symbol layer): from zoom 5, the
// gazetteer's towns in view, larger first and more as the map zooms in (townLabelPick.ts). Picked
// again when the camera settles; while it pans the labels are moved, while it zooms they are hidden.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Place } from '../candidates/gazetteer';
import { minPopulationAt, pickTownLabels } from '../candidates/townLabelPick';

export function attachTownLabels(map: MapLibreMap, loadPlaces: () => Promise<Place[]>): () => void {
  const container = document.createElement('div');
  container.className = 'town-labels';
  container.setAttribute('aria-hidden', 'true');
  map.getCanvasContainer().appendChild(container);

  let places: Place[] | null = null;
  let loading = false;
  let stopped = false;
  const pool: HTMLSpanElement[] = [];
  let shown: { el: HTMLSpanElement; lngLat: [number, number] }[] = [];

  const place = () => {
    for (const l of shown) {
      const p = map.project(l.lngLat);
      l.el.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)`;
    }
  };

  const refresh = () => {
    if (stopped) return;
    const zoom = map.getZoom();
    if (minPopulationAt(zoom) === null) {
      container.hidden = true;
      return;
    }
    if (!places) {
      if (!loading) {
        loading = true;
        // Fetched the first time the map is zoomed in far enough; a failure leaves the map without names.
        loadPlaces().then(
          (p) => ((places = p), refresh()),
          () => (loading = false),
        );
      }
      return;
    }
    const canvas = map.getCanvas();
    const picked = pickTownLabels(places, zoom, (lon, lat) => map.project([lon, lat]), canvas.clientWidth, canvas.clientHeight);
    shown = picked.map((l, i) => {
      let el = pool[i];
      if (!el) {
        el = pool[i] = document.createElement('span');
        container.appendChild(el);
      }
      if (el.textContent !== l.place.name) el.textContent = l.place.name; // text only, never markup
      const cls = l.place.population >= 100_000 ? 'town-label town-label--large' : 'town-label';
      if (el.className !== cls) el.className = cls;
      el.hidden = false;
      return { el, lngLat: [l.place.lon, l.place.lat] };
    });
    for (let i = picked.length; i < pool.length; i++) pool[i].hidden = true;
    place();
    container.hidden = false;
  };

  const onMove = () => place();
  const onZoomStart = () => (container.hidden = true);
  map.on('move', onMove);
  map.on('zoomstart', onZoomStart);
  map.on('moveend', refresh);
  refresh();
  return () => {
    stopped = true;
    map.off('move', onMove);
    map.off('zoomstart', onZoomStart);
    map.off('moveend', refresh);
    container.remove();
  };
}
