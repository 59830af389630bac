import { useEffect } from 'react';
import { useAreaStore } from '../state/areaStore';
import { useCandidatesStore } from '../state/candidatesStore';
import { useSelectionStore } from '../state/selectionStore';
import { FactRows } from './FactRows';
import { ScoreCard } from './ScoreCard';
import { pointFactSections } from './pointFactRows';
import { usePointFacts } from './usePointFacts';
import { snapNote, studyAreaMessage } from '../io/studyArea';

/** Everything known at the clicked point, in one card. Esc or × closes it. */
export function PointCard() {
  const point = useSelectionStore((s) => s.point);
  const clear = useSelectionStore((s) => s.clear);
  const facts = usePointFacts(point);
  const areasError = useAreaStore((s) => s.counties.error ?? s.utilities.error ?? undefined);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && clear();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clear]);

  const siteSelected = useCandidatesStore((s) => s.selectedId !== null);
  if (!point || siteSelected) return null;
  return (
    <section className="point-card" aria-label="Point details">
      <header className="point-card__header">
        <div>
          <h2>{facts?.region ? `${facts.region.name} (${facts.region.code})` : 'Outside the study area'}</h2>
          <div className="muted">
            {point.lat.toFixed(4)}, {point.lon.toFixed(4)}
          </div>
          {facts?.region?.snapKm !== undefined && <div className="muted point-card__snap">{snapNote(facts.region)}</div>}
        </div>
        <button type="button" className="icon-button" aria-label="Close point details" onClick={clear}>
          ×
        </button>
      </header>
      {!facts && <p className="muted">Loading data…</p>}
      {facts && !facts.region && <p className="muted">No data: {studyAreaMessage(+point.lat.toFixed(4), +point.lon.toFixed(4))}.</p>}
      {facts?.region && (
        <button type="button" className="btn" onClick={() => (useCandidatesStore.getState().addAt(point.lon, point.lat), clear())}>
          Add this point as a site
        </button>
      )}
      {facts?.region && <ScoreCard facts={facts} />}
      {facts?.region &&
        pointFactSections(facts, areasError).map((s) => (
          <div key={s.title} className="point-card__section">
            <h3>{s.title}</h3>
            <FactRows rows={s.rows} />
          </div>
        ))}
    </section>
  );
}
