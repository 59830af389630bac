import { useMemo } from 'react';
import { queryPoint } from '../data/pointQuery';
import type { PointFacts } from '../data/types';
import { useQueryContext } from '../state/queryContext';
import { useScoringContext, useScoringFilesError } from '../state/scoringContext';

/**
 * The facts at a point, once the plant, line, county and utility files have loaded too (asked for
 * on the first point), so the card's scores have every criterion's data. If one of those files
 * fails, the facts come without it and the card says why.
 */
export function usePointFacts(point: { lon: number; lat: number } | null): PointFacts | null {
  const full = useScoringContext(point !== null);
  const base = useQueryContext();
  const failed = useScoringFilesError();
  const ctx = full ?? (failed ? base : null);
  return useMemo(() => (ctx && point ? queryPoint(ctx, point.lon, point.lat) : null), [ctx, point]);
}
