// Starts loading the app's data tables, from the bootstrap (main.ts), once the map has settled: map
// first, data after, so the basemap's first idle frame is not held up by 4 MB of layer data. The
// map's layers and the panels only read what has loaded (useDataStore).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useDataStore } from './dataStore';
import { mapState } from './mapState';

function loadWhenSettled(map: MapLibreMap): void {
  const load = () => void useDataStore.getState().loadAll();
  if (map.loaded() && !map.isMoving()) load();
  else map.once('idle', load);
}

export function loadDataAfterMap(): void {
  const { map } = mapState.getState();
  if (map) return loadWhenSettled(map);
  const stop = mapState.subscribe((s) => {
    if (!s.map) return;
    stop();
    loadWhenSettled(s.map);
  });
}
