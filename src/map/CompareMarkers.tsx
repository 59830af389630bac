// While the comparison is open, each compared site carries a numbered badge on the map, the same
// number as its column, so sites of the same name can be told apart. DOM markers (at most
// MAX_COMPARE of them): no glyphs are needed offline.
import { useEffect } from 'react';
import { Marker } from 'maplibre-gl';
import { useAppStore } from '../state/appStore';
import { useCandidatesStore } from '../state/candidatesStore';
import { useMapStore } from '../state/mapStore';
import './compareMarkers.css';

export function CompareMarkers() {
  const map = useMapStore((s) => s.map);
  const open = useAppStore((s) => s.panelTab === 'compare');
  const compareIds = useCandidatesStore((s) => s.compareIds);
  const candidates = useCandidatesStore((s) => s.candidates);
  useEffect(() => {
    if (!map || !open || compareIds.length < 2) return;
    const markers = compareIds.flatMap((id, i) => {
      const c = candidates.find((x) => x.id === id);
      if (!c) return [];
      const el = document.createElement('div');
      el.className = 'compare-marker';
      el.textContent = String(i + 1);
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', `Compared site ${i + 1}: ${c.name}`);
      el.dataset.candidateId = id;
      return [new Marker({ element: el, anchor: 'bottom' }).setLngLat([c.lon, c.lat]).addTo(map)];
    });
    return () => markers.forEach((m) => m.remove());
  }, [map, open, compareIds, candidates]);
  return null;
}
