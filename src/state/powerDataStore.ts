// The plant and line files, fetched only when first needed: ticking "Power plants" or
// "Transmission lines", or opening a point card (its nearby-power facts). Never part of the first load.
import { create } from 'zustand';
import { fetchPublicJson } from '../data/fetchPublic';
import { POWER_FILES } from '../data/loadPowerContext';
import type { PowerContext } from '../data/nearbyPower';
import { decodePowerPlants, type PowerPlants, type PowerPlantsFile } from '../data/powerPlants';
import { decodeTransmissionLines, type TransmissionLines, type TransmissionLinesFile } from '../data/transmissionLines';

type Load<T> = { status: 'idle' | 'loading' | 'ready' | 'error'; data: T | null; error: string | null };
const idle = <T,>(): Load<T> => ({ status: 'idle', data: null, error: null });

type Key = 'plants' | 'lines';

interface PowerDataState {
  plants: Load<PowerPlants>;
  lines: Load<TransmissionLines>;
  /** Starts loading the named files (once each); later calls are no-ops. */
  load(...keys: Key[]): void;
}

const LOADERS: Record<Key, () => Promise<unknown>> = {
  plants: async () => decodePowerPlants(await fetchPublicJson<PowerPlantsFile>(POWER_FILES.plants)),
  lines: async () => decodeTransmissionLines(await fetchPublicJson<TransmissionLinesFile>(POWER_FILES.lines)),
};

export const usePowerDataStore = create<PowerDataState>()((set, get) => ({
  plants: idle(),
  lines: idle(),
  load(...keys) {
    for (const key of keys) {
      if (get()[key].status !== 'idle') continue;
      set({ [key]: { status: 'loading', data: null, error: null } } as Partial<PowerDataState>);
      LOADERS[key]().then(
        (data) => set({ [key]: { status: 'ready', data, error: null } } as Partial<PowerDataState>),
        (err: Error) => set({ [key]: { status: 'error', data: null, error: err.message } } as Partial<PowerDataState>),
      );
    }
  },
}));

/** Both files as the point query's PowerContext, once both have loaded (call load first). */
export function usePowerContext(): PowerContext | null {
  const plants = usePowerDataStore((s) => s.plants.data);
  const lines = usePowerDataStore((s) => s.lines.data);
  return plants && lines ? memoContext(plants, lines) : null;
}

// One context object per pair of files, so the nearby-power indexes (cached per context) are built once.
let last: PowerContext | null = null;
function memoContext(plants: PowerPlants, lines: TransmissionLines): PowerContext {
  if (!last || last.plants !== plants || last.lines !== lines) last = { plants, lines };
  return last;
}
