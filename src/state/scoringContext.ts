// The query context scores are computed with on the page: the base context plus the plant, line,
// county and utility files, which feed four criteria and the utility's tariff. Asking for it starts
// loading them (never at start-up); until all have loaded it is null, so no score is ever shown
// without them (it would read as "no data" for criteria that have data).
import { useEffect, useMemo } from 'react';
import type { QueryContext } from '../data/pointQuery';
import { useAreaIndexes, useAreaStore } from './areaStore';
import { usePowerContext, usePowerDataStore } from './powerDataStore';
import { useQueryContext } from './queryContext';

/** Starts loading the files the scores need (once each). */
export function loadScoringFiles(): void {
  usePowerDataStore.getState().load('plants', 'lines');
  useAreaStore.getState().ensure('counties');
  useAreaStore.getState().ensure('utilities');
}

/** `wanted`: start loading now (e.g. a point is selected); false only reads what has loaded. */
export function useScoringContext(wanted = true): QueryContext | null {
  const base = useQueryContext();
  const power = usePowerContext();
  const areas = useAreaIndexes();
  useEffect(() => {
    if (wanted) loadScoringFiles();
  }, [wanted]);
  return useMemo(() => (base && power && areas ? { ...base, power, areas } : null), [base, power, areas]);
}

/** Why the scoring files are not there yet: null while loading or once loaded, else the error. */
export function useScoringFilesError(): string | null {
  const errors = [
    usePowerDataStore((s) => s.plants.error),
    usePowerDataStore((s) => s.lines.error),
    useAreaStore((s) => s.counties.error),
    useAreaStore((s) => s.utilities.error),
  ].filter(Boolean);
  return errors.length ? errors.join('; ') : null;
}
