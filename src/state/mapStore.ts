import { create } from 'zustand';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Boundaries } from '../geo/boundaries';
import type { RegionIndex } from '../geo/regionIndex';

export type MapStatus = 'loading' | 'ready' | 'error';

interface MapState {
  status: MapStatus;
  error: string | null;
  map: MapLibreMap | null;
  boundaries: Boundaries | null;
  regionIndex: RegionIndex | null;
  setReady(map: MapLibreMap, boundaries: Boundaries, regionIndex: RegionIndex): void;
  setError(message: string): void;
}

export const useMapStore = create<MapState>()((set) => ({
  status: 'loading',
  error: null,
  map: null,
  boundaries: null,
  regionIndex: null,
  setReady: (map, boundaries, regionIndex) => set({ status: 'ready', map, boundaries, regionIndex, error: null }),
  setError: (error) => set({ status: 'error', error }),
}));
