import { create } from 'zustand';
import type { ConnectivityBundle, DatasetCatalog, FactsBundle } from '../data/types';
import { fetchPublicBytes, fetchPublicJson } from '../data/fetchPublic';
import { decodeSurface, type Surface, type SurfaceMeta } from '../data/surface';
import { decodeClimateStations, type ClimateStationPoint, type ClimateStationsFile } from '../data/climatePoints';
import { decodeGridRegions, type GridRegions, type GridRegionsFile } from '../data/gridRegions';

type Load<T> = { status: 'idle' | 'loading' | 'ready' | 'error'; data: T | null; error: string | null };
const idle = <T,>(): Load<T> => ({ status: 'idle', data: null, error: null });

interface DataState {
  facts: Load<FactsBundle>;
  connectivity: Load<ConnectivityBundle>;
  datasets: Load<DatasetCatalog>;
  surface: Load<Surface>;
  stations: Load<ClimateStationPoint[]>;
  /** eGRID subregions, ISO footprints and shale plays: part of the point query, and drawn by two layers. */
  gridRegions: Load<GridRegions>;
  loadAll(): Promise<void>;
}

type Key = 'facts' | 'connectivity' | 'datasets' | 'surface' | 'stations' | 'gridRegions';

async function fetchSurface(): Promise<Surface> {
  const [meta, bytes] = await Promise.all([fetchPublicJson<SurfaceMeta>('surface.json'), fetchPublicBytes('surface.bin')]);
  return decodeSurface(meta, bytes);
}

const LOADERS: Record<Key, () => Promise<unknown>> = {
  facts: () => fetchPublicJson('facts.json'),
  connectivity: () => fetchPublicJson('connectivity.json'),
  datasets: () => fetchPublicJson('datasets.json'),
  surface: fetchSurface,
  stations: async () => decodeClimateStations(await fetchPublicJson<ClimateStationsFile>('climate-stations.json')),
  gridRegions: async () => decodeGridRegions(await fetchPublicJson<GridRegionsFile>('grid-regions.json')),
};

/** The cited data tables written by scripts/build-data; each loads once and reports its own failure. */
export const useDataStore = create<DataState>()((set, get) => ({
  facts: idle(),
  connectivity: idle(),
  datasets: idle(),
  surface: idle(),
  stations: idle(),
  gridRegions: idle(),
  async loadAll() {
    await Promise.all(
      (Object.keys(LOADERS) as Key[]).map(async (key) => {
        if (get()[key].status !== 'idle') return;
        set({ [key]: { status: 'loading', data: null, error: null } } as Partial<DataState>);
        try {
          const data = await LOADERS[key]();
          set({ [key]: { status: 'ready', data, error: null } } as Partial<DataState>);
        } catch (err) {
          set({ [key]: { status: 'error', data: null, error: (err as Error).message } } as Partial<DataState>);
        }
      }),
    );
  },
}));
