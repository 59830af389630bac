// Share link: opening a URL with #type=…&w=…&map=… restores facility type, weights and view;
// "Copy share link" writes the current ones into the address bar and the clipboard.
import { useEffect, useState } from 'react';
import { decodeShareHash, encodeShareHash } from '../../state/shareLink';
import { useAppStore } from '../../state/appStore';
import { useMapStore } from '../../state/mapStore';
import { useScoringStore } from '../../state/scoringStore';
import { CRITERION_IDS } from '../../scoring/criteria';

/** Applies a share link once on start (the map view when the map is ready). */
export function ShareLinkRestore() {
  const map = useMapStore((s) => s.map);
  const [shared] = useState(() => (typeof location !== 'undefined' ? decodeShareHash(location.hash) : null));
  useEffect(() => {
    if (!shared?.profile) return;
    useAppStore.getState().setFacilityType(shared.profile);
    if (shared.weights) {
      const s = useScoringStore.getState();
      s.resetWeights(shared.profile);
      for (const id of CRITERION_IDS) if (shared.weights[id] !== undefined) s.setWeight(shared.profile, id, shared.weights[id]!);
    }
  }, [shared]);
  useEffect(() => {
    if (map && shared?.view) map.jumpTo({ center: [shared.view.lon, shared.view.lat], zoom: shared.view.zoom });
  }, [map, shared]);
  return null;
}

export function ShareLinkButton() {
  const [note, setNote] = useState<string | null>(null);
  const copy = async () => {
    const profile = useAppStore.getState().facilityType;
    const map = useMapStore.getState().map;
    const c = map?.getCenter();
    const hash = encodeShareHash({ profile, weights: useScoringStore.getState().weights[profile], view: c && map ? { lon: c.lng, lat: c.lat, zoom: map.getZoom() } : undefined });
    history.replaceState(null, '', hash);
    try {
      await navigator.clipboard.writeText(location.href);
      setNote('Link copied.');
    } catch {
      setNote('Link is in the address bar.');
    }
  };
  return (
    <span className="share-link">
      <button type="button" className="btn" onClick={copy}>
        Copy share link
      </button>
      {note && <span className="muted" role="status"> {note}</span>}
    </span>
  );
}
