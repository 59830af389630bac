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
  /** Detailed boundaries behind regionIndex (not the lighter ones the map draws). */
  boundaries: Boundaries | null;
  regionIndex: RegionIndex | null;
  /** The map has loaded (drawn from the light display boundaries). */
  setReady(map: MapLibreMap): void;
  /** The detailed boundaries for region lookup have loaded (after the map). */
  setLookup(boundaries: Boundaries, regionIndex: RegionIndex): void;
  setError(message: string): void;
}

export const mapState = createStore<MapState>()((set) => ({
  status: 'loading',
  error: null,
  map: null,
  boundaries: null,
  regionIndex: null,
  setReady: (map) => set({ status: 'ready', map, error: null }),
  setLookup: (boundaries, regionIndex) => set({ boundaries, regionIndex }),
  setError: (error) => set({ status: 'error', error }),
}));

/** Runs `f` with the region lookup: now if the detailed boundaries have loaded, else when they do (just after the map). */
export function withRegionLookup(f: (regionAt: RegionIndex['regionAt']) => void): void {
  const ready = () => {
    const index = mapState.getState().regionIndex;
    if (index) f((lon, lat) => index.regionAt(lon, lat));
    return index !== null;
  };
  if (ready()) return;
  const stop = mapState.subscribe(() => ready() && stop());
}
