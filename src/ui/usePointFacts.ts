import { useEffect, useMemo } from 'react';
import { queryPoint } from '../data/pointQuery';
import type { PointFacts } from '../data/types';
import { usePowerContext, usePowerDataStore } from '../state/powerDataStore';
import { useAreaIndexes, useAreaStore } from '../state/areaStore';
import { useQueryContext } from '../state/queryContext';

/** The facts at a point; the county and utility facts join once their files have loaded (asked for on the first point). */
export function usePointFacts(point: { lon: number; lat: number } | null): PointFacts | null {
  const ctx = useQueryContext();
  const power = usePowerContext();
  const areas = useAreaIndexes();
  const ensure = useAreaStore((s) => s.ensure);
  // The nearby-power and county/utility facts need their files: fetched the first time a card opens.
  useEffect(() => {
    if (!point) return;
    usePowerDataStore.getState().load('plants', 'lines');
    ensure('counties');
    ensure('utilities');
  }, [point, ensure]);
  return useMemo(
    () => (ctx && point ? queryPoint({ ...ctx, ...(power ? { power } : {}), ...(areas ? { areas } : {}) }, point.lon, point.lat) : null),
    [ctx, power, areas, point],
  );
}
