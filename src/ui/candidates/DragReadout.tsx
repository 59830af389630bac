// While the selected site's pin is dragged: its region and three scores at the pin's position right
// now, below it. The list keeps the old position until the drop (one update instead of one per
// frame among up to 100,000 sites), so this is where the live re-score shows; it uses the same
// summary as the list rows, so the numbers match the row after the drop.
//
// Updated by hand from a store subscription, not by re-rendering: a React update every frame would
// re-render the candidates panel with it.
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Candidate } from '../../candidates/types';
import { PROFILE_IDS, type ProfileId } from '../../scoring/profiles';
import { scoreText } from '../../scoring/scoreText';
import { compileSiteScoring, summariserAt } from '../../scoring/siteScoring';
import { useCandidatesStore, type CandidatesState } from '../../state/candidatesStore';
import { useScoringContext } from '../../state/scoringContext';
import { useScoringSettings } from '../useScoringSettings';
import './candidates.css';

const SHORT: Record<string, string> = { mining: 'Mining', ai: 'AI', hybrid: 'Hybrid' };

export default function DragReadout({ map }: { map: MapLibreMap }) {
  const ctx = useScoringContext();
  const settings = useScoringSettings();
  const summarise = useMemo(() => (ctx && settings ? summariserAt(ctx, compileSiteScoring(settings)) : null), [ctx, settings]);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const part = (name: string) => el.querySelector<HTMLElement>(`.drag-readout__${name}`)!;
    const [nameEl, regionEl, scoresEl, posEl] = [part('name'), part('region'), part('scores'), part('pos')];
    // Looked up once per drag (the list does not change during one), not per frame.
    let site: Candidate | undefined;
    const show = (p: CandidatesState['dragPreview']) => {
      if (!p) {
        el.hidden = true;
        site = undefined;
        return;
      }
      if (site?.id !== p.id) site = useCandidatesStore.getState().candidates.find((c) => c.id === p.id);
      if (!site) return void (el.hidden = true);
      const summary = summarise?.({ ...site, lon: p.lon, lat: p.lat }) ?? null;
      // Text only: a site's name is user data.
      nameEl.textContent = site.name;
      regionEl.textContent = !summary ? 'Loading data…' : summary.region ? `${summary.region.name} (${summary.region.code})` : 'Outside the covered regions';
      regionEl.dataset.code = summary?.region?.code ?? '';
      scoresEl.hidden = !summary?.region;
      for (const b of scoresEl.querySelectorAll<HTMLElement>('[data-profile] b')) {
        const s = summary?.scores[b.parentElement!.dataset.profile as ProfileId];
        b.textContent = !s ? '' : scoreText(s);
      }
      posEl.textContent = `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`;
      const xy = map.project([p.lon, p.lat]);
      // Centred below the site (the pin stands above it).
      el.style.transform = `translate(${Math.round(xy.x)}px, ${Math.round(xy.y) + 12}px) translate(-50%, 0)`;
      el.hidden = false;
    };
    show(useCandidatesStore.getState().dragPreview);
    return useCandidatesStore.subscribe((s, prev) => {
      if (s.dragPreview !== prev.dragPreview) show(s.dragPreview);
    });
  }, [map, summarise]);

  return createPortal(
    <div ref={box} className="drag-readout" data-testid="drag-readout" hidden>
      <div className="drag-readout__name" />
      <div className="drag-readout__region" />
      <div className="drag-readout__scores">
        {PROFILE_IDS.map((pid) => (
          <span key={pid} data-profile={pid}>
            {SHORT[pid]} <b />
          </span>
        ))}
      </div>
      <div className="drag-readout__pos" />
    </div>,
    map.getContainer(),
  );
}
