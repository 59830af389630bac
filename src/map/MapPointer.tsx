// The one owner of the map's pointer events. Every click goes to exactly one place (clickAction:
// add-site mode, a candidate or its cluster, else the point card); hover shows the read-out of the
// topmost visible data layer and sets the cursor. Renders nothing.
import { useEffect, useRef } from 'react';
import type { MapMouseEvent, PointLike } from 'maplibre-gl';
import { useCandidatesStore } from '../state/candidatesStore';
import { useLayerStore } from '../state/layerStore';
import { useMapStore } from '../state/mapStore';
import { withRegionLookup } from '../state/mapState';
import { outsideStudyArea } from '../io/studyArea';
import { useSelectionStore } from '../state/selectionStore';
import { CANDIDATE_CIRCLE_LAYER } from './candidateFeatures';
import { useLayerData, useLayerOptions } from './MapLayers';
import type { MapLayerModule } from './layers/types';
import { clickAction, cursorFor, type ClickAction } from './pointerActions';
import { outlineHoveredCell } from './hoveredCellOutline';

export function MapPointer({ modules }: { modules: MapLayerModule[] }) {
  const map = useMapStore((s) => s.map);
  const addMode = useCandidatesStore((s) => s.addMode);
  const data = useLayerData();
  const options = useLayerOptions();
  // Handlers are attached once per map and read the newest data and options from here.
  const latest = useRef({ data, options });
  latest.current = { data, options };

  useEffect(() => {
    if (!map) return;
    const candidateAt = (point: PointLike) => (map.getLayer(CANDIDATE_CIRCLE_LAYER) ? map.queryRenderedFeatures(point, { layers: [CANDIDATE_CIRCLE_LAYER] })[0] : undefined);

    const run = (action: ClickAction) => {
      const candidates = useCandidatesStore.getState();
      switch (action.kind) {
        case 'add-site':
          // Refused beyond the study area, with the message typed coordinates and imports get.
          return withRegionLookup((regionAt) => {
            const outside = outsideStudyArea(action.lon, action.lat, regionAt);
            if (outside) useCandidatesStore.getState().refuseAdd(outside.message);
            else useCandidatesStore.getState().addAt(action.lon, action.lat);
          });
        case 'zoom-to-cluster':
          return void map.easeTo({ center: [action.lon, action.lat], zoom: Math.min(map.getZoom() + 2, 12) });
        case 'select-candidate':
          return candidates.select(action.id);
        case 'select-point':
          // The point card takes the place of a selected site's details.
          candidates.select(null);
          return useSelectionStore.getState().select(action.lon, action.lat);
        case 'none':
          return;
      }
    };
    const onClick = (e: MapMouseEvent) => run(clickAction(useCandidatesStore.getState().addMode, () => candidateAt(e.point), e.lngLat.lng, e.lngLat.lat));

    const onMove = (e: MapMouseEvent) => {
      const { visible, setHover, hover } = useLayerStore.getState();
      // No read-out while a button is held (panning, dragging a site's pin): it would cover what is
      // being moved and query the layers on every move.
      if (e.originalEvent.buttons !== 0) {
        outlineHoveredCell(map, null, false);
        return void (hover && setHover(null));
      }
      outlineHoveredCell(map, { lon: e.lngLat.lng, lat: e.lngLat.lat }, visible.suitability);
      const { data: d, options: o } = latest.current;
      const active = modules.filter((m) => visible[m.id]);
      const layerIds = active.flatMap((m) => m.interactiveLayers).filter((id) => map.getLayer(id));
      const feature = layerIds.length ? map.queryRenderedFeatures(e.point, { layers: layerIds })[0] : undefined;
      const owner = feature && active.find((m) => m.interactiveLayers.includes(feature.layer.id));
      let content = owner && feature ? owner.tooltip(feature, d, o) : null;
      // Raster layers have no features: ask the topmost one that answers at this location.
      for (const m of active) {
        if (content) break;
        content = m.tooltipAt?.(e.lngLat.lng, e.lngLat.lat, d, o) ?? null;
      }
      setHover(content ? { x: e.point.x, y: e.point.y, content } : null);
      map.getCanvas().style.cursor = cursorFor(useCandidatesStore.getState().addMode, () => !!owner || !!candidateAt(e.point));
    };
    const onOut = () => {
      useLayerStore.getState().setHover(null);
      outlineHoveredCell(map, null, false);
    };
    // Unticking the surface removes the outline at once, not at the next pointer move.
    const stopOutline = useLayerStore.subscribe((s) => !s.visible.suitability && outlineHoveredCell(map, null, false));
    // Keyboard: Enter (or Space) on the focused map acts on its centre as a click there would;
    // the arrow keys pan (MapLibre's own keyboard handler).
    const canvas = map.getCanvas();
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.key !== 'Enter' && e.key !== ' ') || e.target !== canvas) return;
      e.preventDefault();
      const c = map.getCenter();
      run(clickAction(useCandidatesStore.getState().addMode, () => candidateAt(map.project(c)), c.lng, c.lat));
    };
    canvas.addEventListener('keydown', onKeyDown);

    map.on('click', onClick);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    return () => {
      canvas.removeEventListener('keydown', onKeyDown);
      stopOutline();
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
    };
  }, [map, modules]);

  // Add-site mode: the cursor shows it at once (not only after the pointer moves); Esc leaves it.
  useEffect(() => {
    if (!map || !addMode) return;
    map.getCanvas().style.cursor = cursorFor(true, () => false);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && useCandidatesStore.getState().setAddMode(false);
    window.addEventListener('keydown', onKey);
    return () => {
      map.getCanvas().style.cursor = '';
      window.removeEventListener('keydown', onKey);
    };
  }, [map, addMode]);

  return null;
}
