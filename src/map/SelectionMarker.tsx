import { useEffect } from 'react';
import { Marker, type MapMouseEvent } from 'maplibre-gl';
import { candidatesClaimClick } from '../ui/candidates/clickClaim';
import { useMapStore } from '../state/mapStore';
import { useSelectionStore } from '../state/selectionStore';

/** Click anywhere → select that point (the card shows it); a pin marks it. */
export function SelectionMarker() {
  const map = useMapStore((s) => s.map);
  const point = useSelectionStore((s) => s.point);

  useEffect(() => {
    if (!map) return;
    // Add-site mode and clicks on a candidate take precedence over the point card.
    const onClick = (e: MapMouseEvent) => !candidatesClaimClick(map, e.point) && useSelectionStore.getState().select(e.lngLat.lng, e.lngLat.lat);
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map]);

  useEffect(() => {
    if (!map || !point) return;
    const marker = new Marker({ color: '#0f5e60' }).setLngLat([point.lon, point.lat]).addTo(map);
    return () => {
      marker.remove();
    };
  }, [map, point]);

  return null;
}
