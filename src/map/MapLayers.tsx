// Keeps the MapLibre layers in step with the stores: data arriving, checkboxes, options, hover.
// Renders nothing; the map itself stays imperative. It only reads data: the bootstrap starts the
// load (src/state/loadAppData.ts).
import { useEffect, useMemo, useRef } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { useAppStore } from '../state/appStore';
import { useDataStore } from '../state/dataStore';
import { modelOptionsFor, useScoringStore } from '../state/scoringStore';
import { useSuitabilityStore } from '../state/suitabilityStore';
import { useQueryContext } from '../state/queryContext';
import { useLayerStore } from '../state/layerStore';
import { useMapStore } from '../state/mapStore';
import { REGION_LINE_LAYER } from './basemapStyle';
import { createLayerModules } from './layers/registry';
import type { LayerData, LayerOptions, MapLayerModule } from './layers/types';

export function useLayerModules(): MapLayerModule[] {
  return useMemo(() => createLayerModules(() => useDataStore.getState().stations.data), []);
}

export function useLayerData(): LayerData {
  const facts = useDataStore((s) => s.facts.data);
  const connectivity = useDataStore((s) => s.connectivity.data);
  const surface = useDataStore((s) => s.surface.data);
  const suitability = useSuitabilityStore((s) => s.result);
  const query = useQueryContext();
  return useMemo(() => ({ facts, connectivity, surface, suitability, query }), [facts, connectivity, surface, suitability, query]);
}

export function useLayerOptions(): LayerOptions {
  const climateVariable = useLayerStore((s) => s.climateVariable);
  const profile = useAppStore((s) => s.facilityType);
  const weights = useScoringStore((s) => s.weights);
  const constraints = useScoringStore((s) => s.constraints);
  return useMemo(() => ({ climateVariable, modelOptions: modelOptionsFor({ weights, constraints }, profile) }), [climateVariable, profile, weights, constraints]);
}

export function MapLayers({ modules }: { modules: MapLayerModule[] }) {
  const map = useMapStore((s) => s.map);
  const data = useLayerData();
  const stations = useDataStore((s) => s.stations.data);
  const visible = useLayerStore((s) => s.visible);
  const options = useLayerOptions();
  const latest = useRef({ data, options });
  latest.current = { data, options };

  useEffect(() => {
    if (!map) return;
    for (const m of modules) {
      if (!m.ready(data)) continue;
      m.sync(map, data, options, REGION_LINE_LAYER);
      m.setVisible(map, visible[m.id]);
    }
  }, [map, data, stations, visible, options, modules]);

  useEffect(() => {
    if (!map) return;
    const onMove = (e: MapMouseEvent) => {
      const { visible: vis, setHover, hover } = useLayerStore.getState();
      // No read-out while a button is held (panning, dragging a site's pin): it would cover what is
      // being moved and query the layers on every move.
      if (e.originalEvent.buttons !== 0) return void (hover && setHover(null));
      const { data: d, options: o } = latest.current;
      const active = modules.filter((m) => vis[m.id]);
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
      map.getCanvas().style.cursor = owner ? 'pointer' : '';
    };
    const onOut = () => useLayerStore.getState().setHover(null);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
    };
  }, [map, modules]);

  return null;
}
