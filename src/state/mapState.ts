// The map's state as a vanilla zustand store: the bootstrap (no React) writes it, React reads it
// through useMapStore. Keeping React out of this module keeps React out of the first bundle.
import { createStore } from 'zustand/vanilla';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Boundaries } from '../geo/boundaries';
import type { RegionIndex } from '../geo/regionIndex';

export type MapStatus = 'loading' | 'ready' | 'error';

export interface MapState {
  status: MapStatus;
  error: string | null;
  map: MapLibreMap | null;
  boundaries: Boundaries | null;
  regionIndex: RegionIndex | null;
  setReady(map: MapLibreMap, boundaries: Boundaries, regionIndex: RegionIndex): void;
  setError(message: string): void;
}

export const mapState = createStore<MapState>()((set) => ({
  status: 'loading',
  error: null,
  map: null,
  boundaries: null,
  regionIndex: null,
  setReady: (map, boundaries, regionIndex) => set({ status: 'ready', map, boundaries, regionIndex, error: null }),
  setError: (error) => set({ status: 'error', error }),
}));
