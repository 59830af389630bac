// Keeps the MapLibre layers in step with the stores: data arriving, checkboxes, options. Renders
// nothing; the map itself stays imperative. It only reads data: the bootstrap starts the load
// (src/state/loadAppData.ts), and hover read-outs belong to MapPointer.tsx.
import { useEffect, useMemo } from 'react';
import { useAppStore } from '../state/appStore';
import { useAreaStore } from '../state/areaStore';
import { useDataStore } from '../state/dataStore';
import { modelOptionsOf } from '../scoring/siteScoring';
import { useScoringStore } from '../state/scoringStore';
import { useSuitabilityStore } from '../state/suitabilityStore';
import { useQueryContext } from '../state/queryContext';
import { useScoringContext } from '../state/scoringContext';
import { useLayerStore } from '../state/layerStore';
import { useMapStore } from '../state/mapStore';
import { usePowerDataStore } from '../state/powerDataStore';
import { usePlantFilterStore } from '../state/plantFilterStore';
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
  const scoringQuery = useScoringContext(false);
  const plants = usePowerDataStore((s) => s.plants.data);
  const lines = usePowerDataStore((s) => s.lines.data);
  const gridRegions = useDataStore((s) => s.gridRegions.data);
  const counties = useAreaStore((s) => s.counties.data);
  const utilities = useAreaStore((s) => s.utilities.data);
  return useMemo(
    () => ({ facts, connectivity, surface, suitability, query, scoringQuery, plants, lines, gridRegions, areas: { counties, utilities } }),
    [facts, connectivity, surface, suitability, query, scoringQuery, plants, lines, gridRegions, counties, utilities],
  );
}

export function useLayerOptions(): LayerOptions {
  const climateVariable = useLayerStore((s) => s.climateVariable);
  const profile = useAppStore((s) => s.facilityType);
  const weights = useScoringStore((s) => s.weights);
  const constraints = useScoringStore((s) => s.constraints);
  const hiddenFuels = usePlantFilterStore((s) => s.hiddenFuels);
  const minMw = usePlantFilterStore((s) => s.minMw);
  return useMemo(
    () => ({ climateVariable, modelOptions: modelOptionsOf({ weights, constraints }, profile), plantFilter: { hiddenFuels, minMw } }),
    [climateVariable, profile, weights, constraints, hiddenFuels, minMw],
  );
}

export function MapLayers({ modules }: { modules: MapLayerModule[] }) {
  const map = useMapStore((s) => s.map);
  const data = useLayerData();
  const stations = useDataStore((s) => s.stations.data);
  const visible = useLayerStore((s) => s.visible);
  const options = useLayerOptions();

  useEffect(() => {
    if (!map) return;
    for (const m of modules) {
      if (!m.ready(data)) continue;
      m.sync(map, data, options, REGION_LINE_LAYER);
      m.setVisible(map, visible[m.id]);
    }
  }, [map, data, stations, visible, options, modules]);

  return null;
}
