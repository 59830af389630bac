// Share link: opening a URL with #type=…&w=…&c=…&e=…&map=…&s=… applies facility type, weights,
// constraints, economics inputs, the map view and the shortlist once, then clears the hash, so a
// reload keeps later edits. "Copy share link" puts the link on the clipboard, never in the address bar.
import { useEffect, useState } from 'react';
import { decodeShareHash, encodeShareHash, type ShareState } from '../../state/shareLink';
import { useAppStore } from '../../state/appStore';
import { useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';
import { useScoringStore } from '../../state/scoringStore';
import { CRITERION_IDS } from '../../scoring/criteria';
import type { Constraints } from '../../scoring/constraints';
import type { EconomicsInputs } from '../../scoring/economicsDefaults';
import { newId } from '../../candidates/types';

const siteKey = (lat: number, lon: number) => `${lat.toFixed(6)},${lon.toFixed(6)}`;

function applyShared(shared: Partial<ShareState>): void {
  if (shared.profile) {
    useAppStore.getState().setFacilityType(shared.profile);
    if (shared.weights) {
      const s = useScoringStore.getState();
      s.resetWeights(shared.profile);
      for (const id of CRITERION_IDS) if (shared.weights[id] !== undefined) s.setWeight(shared.profile, id, shared.weights[id]!);
    }
  }
  const scoring = useScoringStore.getState();
  if (shared.constraints) {
    for (const k of Object.keys(scoring.constraints) as (keyof Constraints)[]) scoring.setConstraint(k, undefined);
    for (const [k, v] of Object.entries(shared.constraints) as [keyof Constraints, never][]) scoring.setConstraint(k, v);
  }
  if (shared.economics) {
    scoring.resetEconomics();
    for (const [k, v] of Object.entries(shared.economics) as [keyof EconomicsInputs, number][]) scoring.setEconomics(k, v);
  }
  if (shared.shortlist?.length) {
    // Shared sites join the list, starred; a site already in it (same position) is starred, not repeated.
    // One undo step for all of it.
    useCandidatesStore.getState().batch('open a shared shortlist', () => addShortlist(shared.shortlist!));
  }
}

function addShortlist(shortlist: NonNullable<ShareState['shortlist']>): void {
  {
    const store = useCandidatesStore.getState();
    const have = new Map(store.candidates.map((c) => [siteKey(c.lat, c.lon), c]));
    const added = [];
    for (const s of shortlist) {
      const existing = have.get(siteKey(s.lat, s.lon));
      if (existing) {
        if (!existing.starred) store.toggleStar(existing.id);
        continue;
      }
      added.push({ id: newId(), name: s.name, lat: s.lat, lon: s.lon, starred: true, props: {}, addedAt: new Date().toISOString() });
    }
    if (added.length) store.addCandidates(added);
  }
}

/** Applies a share link once on start (the map view when the map is ready), then clears it from the address bar. */
export function ShareLinkRestore() {
  const map = useMapStore((s) => s.map);
  const [shared, setShared] = useState<Partial<ShareState> | null>(null);
  useEffect(() => {
    if (typeof location === 'undefined' || !location.hash) return;
    const hash = location.hash;
    void decodeShareHash(hash).then((s) => {
      history.replaceState(null, '', location.pathname + location.search);
      if (!s) return;
      applyShared(s);
      setShared(s);
    });
  }, []);
  useEffect(() => {
    if (map && shared?.view) map.jumpTo({ center: [shared.view.lon, shared.view.lat], zoom: shared.view.zoom });
  }, [map, shared]);
  return null;
}

export function ShareLinkButton() {
  const [note, setNote] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const copy = async () => {
    const profile = useAppStore.getState().facilityType;
    const map = useMapStore.getState().map;
    const c = map?.getCenter();
    const scoring = useScoringStore.getState();
    const shortlist = useCandidatesStore.getState().candidates.filter((x) => x.starred).map((x) => ({ name: x.name, lat: x.lat, lon: x.lon }));
    const { hash, shortlistLeftOut } = await encodeShareHash({
      profile,
      weights: scoring.weights[profile],
      constraints: scoring.constraints,
      economics: scoring.economics,
      view: c && map ? { lon: c.lng, lat: c.lat, zoom: map.getZoom() } : undefined,
      shortlist,
    });
    const url = `${location.origin}${location.pathname}${location.search}${hash}`;
    const left = shortlistLeftOut ? ` Without the shortlist: ${shortlistLeftOut}.` : shortlist.length ? ` With ${shortlist.length} shortlisted site${shortlist.length === 1 ? '' : 's'}.` : '';
    // Shown either way, so the link can be read and copied by hand when the clipboard is refused.
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setNote(`Link copied.${left}`);
    } catch {
      setNote(`Copy the link below.${left}`);
    }
  };
  return (
    <span className="share-link">
      <button type="button" className="btn" onClick={copy}>
        Copy share link
      </button>
      {note && <span className="muted" role="status"> {note}</span>}
      {link && <input className="share-link__url" readOnly value={link} aria-label="Share link" onFocus={(e) => e.target.select()} />}
    </span>
  );
}
