import { useMemo } from 'react';
import { queryPoint, type QueryContext } from '../data/pointQuery';
import type { PointFacts } from '../data/types';
import { useDataStore } from '../state/dataStore';
import { useMapStore } from '../state/mapStore';

/** The browser's QueryContext, once every file it needs has loaded. */
export function useQueryContext(): QueryContext | null {
  const regionIndex = useMapStore((s) => s.regionIndex);
  const facts = useDataStore((s) => s.facts.data);
  const connectivity = useDataStore((s) => s.connectivity.data);
  const surface = useDataStore((s) => s.surface.data);
  const stations = useDataStore((s) => s.stations.data);
  return useMemo(
    () => (regionIndex && facts && connectivity && surface ? { regionIndex, facts, connectivity, surface, stations: stations ?? undefined } : null),
    [regionIndex, facts, connectivity, surface, stations],
  );
}

export function usePointFacts(point: { lon: number; lat: number } | null): PointFacts | null {
  const ctx = useQueryContext();
  return useMemo(() => (ctx && point ? queryPoint(ctx, point.lon, point.lat) : null), [ctx, point]);
}
