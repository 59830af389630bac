import { useEffect, useMemo } from 'react';
import { queryPoint } from '../data/pointQuery';
import type { PointFacts } from '../data/types';
import { useAreaIndexes, useAreaStore } from '../state/areaStore';
import { useQueryContext } from '../state/queryContext';

/** The facts at a point; the county and utility facts join once their files have loaded (asked for on the first point). */
export function usePointFacts(point: { lon: number; lat: number } | null): PointFacts | null {
  const ctx = useQueryContext();
  const areas = useAreaIndexes();
  const ensure = useAreaStore((s) => s.ensure);
  useEffect(() => {
    if (!point) return;
    ensure('counties');
    ensure('utilities');
  }, [point, ensure]);
  return useMemo(() => (ctx && point ? queryPoint(areas ? { ...ctx, areas } : ctx, point.lon, point.lat) : null), [ctx, areas, point]);
}
