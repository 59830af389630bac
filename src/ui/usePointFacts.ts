import { useEffect, useMemo } from 'react';
import { queryPoint } from '../data/pointQuery';
import type { PointFacts } from '../data/types';
import { usePowerContext, usePowerDataStore } from '../state/powerDataStore';
import { useQueryContext } from '../state/queryContext';

export function usePointFacts(point: { lon: number; lat: number } | null): PointFacts | null {
  const ctx = useQueryContext();
  const power = usePowerContext();
  // The nearby-power facts need the plant and line files: fetched the first time a card opens.
  useEffect(() => {
    if (point) usePowerDataStore.getState().load('plants', 'lines');
  }, [point]);
  return useMemo(() => (ctx && point ? queryPoint(power ? { ...ctx, power } : ctx, point.lon, point.lat) : null), [ctx, power, point]);
}
