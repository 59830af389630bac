// The browser's QueryContext (what the point query needs), assembled from the stores once every file
// it needs has loaded. In state so that map layers, the point card and candidate scoring share it.
import { useMemo } from 'react';
import type { QueryContext } from '../data/pointQuery';
import { useDataStore } from './dataStore';
import { useMapStore } from './mapStore';

export function useQueryContext(): QueryContext | null {
  const regionIndex = useMapStore((s) => s.regionIndex);
  const facts = useDataStore((s) => s.facts.data);
  const connectivity = useDataStore((s) => s.connectivity.data);
  const surface = useDataStore((s) => s.surface.data);
  const stations = useDataStore((s) => s.stations.data);
  const gridRegions = useDataStore((s) => s.gridRegions.data);
  return useMemo(
    () =>
      regionIndex && facts && connectivity && surface && gridRegions && stations
        ? { regionIndex, facts, connectivity, surface, gridRegions, stations }
        : null,
    [regionIndex, facts, connectivity, surface, gridRegions, stations],
  );
}
