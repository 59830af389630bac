// Keeps the MapLibre layers in step with the stores: data arriving, checkboxes, options, hover.
// Renders nothing; the map itself stays imperative.
import { useEffect, useMemo } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { useDataStore } from '../state/dataStore';
import { useLayerStore } from '../state/layerStore';
import { useMapStore } from '../state/mapStore';
import { REGION_LINE_LAYER } from './basemapStyle';
import { createLayerModules } from './layers/registry';
import type { LayerData, MapLayerModule } from './layers/types';

export function useLayerModules(): MapLayerModule[] {
  return useMemo(() => createLayerModules(() => useDataStore.getState().stations.data), []);
}

export function useLayerData(): LayerData {
  const facts = useDataStore((s) => s.facts.data);
  const connectivity = useDataStore((s) => s.connectivity.data);
  const surface = useDataStore((s) => s.surface.data);
  return useMemo(() => ({ facts, connectivity, surface }), [facts, connectivity, surface]);
}

export function MapLayers({ modules }: { modules: MapLayerModule[] }) {
  const map = useMapStore((s) => s.map);
  const data = useLayerData();
  const stations = useDataStore((s) => s.stations.data);
  const visible = useLayerStore((s) => s.visible);
  const climateVariable = useLayerStore((s) => s.climateVariable);

  useEffect(() => {
    void useDataStore.getState().loadAll();
  }, []);

  useEffect(() => {
    if (!map) return;
    const options = { climateVariable };
    for (const m of modules) {
      if (!m.ready(data)) continue;
      m.sync(map, data, options, REGION_LINE_LAYER);
      m.setVisible(map, visible[m.id]);
    }
  }, [map, data, stations, visible, climateVariable, modules]);

  useEffect(() => {
    if (!map) return;
    const onMove = (e: MapMouseEvent) => {
      const { visible: vis, climateVariable: cv, setHover } = useLayerStore.getState();
      const active = modules.filter((m) => vis[m.id]);
      const layerIds = active.flatMap((m) => m.interactiveLayers).filter((id) => map.getLayer(id));
      const feature = layerIds.length ? map.queryRenderedFeatures(e.point, { layers: layerIds })[0] : undefined;
      const owner = feature && active.find((m) => m.interactiveLayers.includes(feature.layer.id));
      const content = owner && feature ? owner.tooltip(feature, dataRef(), { climateVariable: cv }) : null;
      setHover(content ? { x: e.point.x, y: e.point.y, content } : null);
      map.getCanvas().style.cursor = content ? 'pointer' : '';
    };
    const dataRef = (): LayerData => {
      const s = useDataStore.getState();
      return { facts: s.facts.data, connectivity: s.connectivity.data, surface: s.surface.data };
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
