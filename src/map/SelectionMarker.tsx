import { useEffect } from 'react';
import { Marker } from 'maplibre-gl';
import { useMapStore } from '../state/mapStore';
import { useSelectionStore } from '../state/selectionStore';

/** A pin on the point the card shows (selected by a click, see MapPointer.tsx). */
export function SelectionMarker() {
  const map = useMapStore((s) => s.map);
  const point = useSelectionStore((s) => s.point);

  useEffect(() => {
    if (!map || !point) return;
    const marker = new Marker({ color: '#0f5e60' }).setLngLat([point.lon, point.lat]).addTo(map);
    return () => {
      marker.remove();
    };
  }, [map, point]);

  return null;
}
