import { useMapStore } from '../state/mapStore';

/** "Loading map…" while the basemap loads, or why it could not. */
export function MapStatus() {
  const status = useMapStore((s) => s.status);
  const error = useMapStore((s) => s.error);
  if (status === 'loading') return <div className="map-overlay">Loading map…</div>;
  if (status === 'error')
    return (
      <div className="map-overlay map-overlay--error" role="alert">
        The map could not load: {error}
      </div>
    );
  return null;
}
