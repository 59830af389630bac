// County and utility area indexes, loaded on first need (a layer ticked or a point clicked), not at
// start-up: together they are about 1.2 MB gzip, which the first map idle should not wait for.
import { useMemo } from 'react';
import { create } from 'zustand';
import type { AreaIndexes } from '../data/areaFacts';
import type { CountyIndex } from '../data/countyFacts';
import { fetchPublicData, loadCountyIndex, loadUtilityIndex } from '../data/loadQueryContext';
import type { UtilityIndex } from '../data/utilityAt';

type Load<T> = { status: 'idle' | 'loading' | 'ready' | 'error'; data: T | null; error: string | null };
export type AreaPart = 'counties' | 'utilities';

interface AreaState {
  counties: Load<CountyIndex>;
  utilities: Load<UtilityIndex>;
  /** Starts loading a part unless it is loading or loaded already. */
  ensure(part: AreaPart): void;
}

const LOADERS = { counties: () => loadCountyIndex(fetchPublicData), utilities: () => loadUtilityIndex(fetchPublicData) };
const idle = { status: 'idle', data: null, error: null } as const;

export const useAreaStore = create<AreaState>()((set, get) => ({
  counties: idle,
  utilities: idle,
  ensure(part) {
    if (get()[part].status !== 'idle') return;
    set({ [part]: { status: 'loading', data: null, error: null } } as Partial<AreaState>);
    LOADERS[part]().then(
      (data) => set({ [part]: { status: 'ready', data, error: null } } as Partial<AreaState>),
      (err: unknown) => set({ [part]: { status: 'error', data: null, error: (err as Error).message } } as Partial<AreaState>),
    );
  },
}));

/** Both indexes once loaded, else null; the same object while they stay the same (contexts built on it are memoised). */
export function useAreaIndexes(): AreaIndexes | null {
  const counties = useAreaStore((s) => s.counties.data);
  const utilities = useAreaStore((s) => s.utilities.data);
  return useMemo(() => (counties && utilities ? { counties, utilities } : null), [counties, utilities]);
}
