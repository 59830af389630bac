import { useMemo } from 'react';
import { queryPoint } from '../data/pointQuery';
import type { PointFacts } from '../data/types';
import { useQueryContext } from '../state/queryContext';

export function usePointFacts(point: { lon: number; lat: number } | null): PointFacts | null {
  const ctx = useQueryContext();
  return useMemo(() => (ctx && point ? queryPoint(ctx, point.lon, point.lat) : null), [ctx, point]);
}
