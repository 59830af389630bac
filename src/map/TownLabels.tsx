// Mounts the town names on the map once it is ready. Renders nothing.
import { useEffect } from 'react';
import { loadGazetteer } from '../state/gazetteer';
import { useMapStore } from '../state/mapStore';
import { attachTownLabels } from './townLabels';
import './townLabels.css';

export function TownLabels() {
  const map = useMapStore((s) => s.map);
  useEffect(() => (map ? attachTownLabels(map, loadGazetteer) : undefined), [map]);
  return null;
}
