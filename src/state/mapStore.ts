// React access to the map state. The store itself (mapState.ts) has no React, so the bootstrap
// that starts the map can use it without pulling React into the first bundle.
import { useStore } from 'zustand';
import { mapState, type MapState } from './mapState';

export type { MapStatus } from './mapState';

function useMapStoreHook<T>(selector: (s: MapState) => T): T {
  return useStore(mapState, selector);
}

/** `useMapStore(selector)` in components; `useMapStore.getState()` in handlers. */
export const useMapStore = Object.assign(useMapStoreHook, { getState: mapState.getState });
