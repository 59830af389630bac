// "Candidate details": the selected site's card. Its scores for the three facility types with the
// explanation and economics (the point card's ScoreCard, at the site), every column it was imported
// with, and notes the user keeps with it (an own column, so exports carry it).
import { useEffect, useState } from 'react';
import type { CellValue } from '../../io/readRows';
import { snapNote } from '../../io/studyArea';
import { useCandidatesStore } from '../../state/candidatesStore';
import { FactRows } from '../FactRows';
import { ScoreCard } from '../ScoreCard';
import { usePointFacts } from '../usePointFacts';

const NOTES = 'notes';

const cellText = (v: CellValue): string => (v === null || v === undefined ? '' : String(v));

export function CandidateDetails() {
  const selectedId = useCandidatesStore((s) => s.selectedId);
  const site = useCandidatesStore((s) => (s.selectedId ? s.candidates.find((c) => c.id === s.selectedId) : undefined));
  const select = useCandidatesStore((s) => s.select);
  const setProp = useCandidatesStore((s) => s.setProp);
  const facts = usePointFacts(site ? { lon: site.lon, lat: site.lat } : null);
  const [notes, setNotes] = useState('');
  useEffect(() => setNotes(site ? cellText(site.props[NOTES]) : ''), [site?.id, site?.props[NOTES]]);

  useEffect(() => {
    if (!selectedId) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !(e.target instanceof HTMLTextAreaElement) && select(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectedId, select]);

  if (!site) return null;
  const own = Object.entries(site.props).filter(([k]) => k !== NOTES);
  const snap = snapNote(facts?.region ?? null);
  return (
    <section className="point-card candidate-details" aria-label="Candidate details" tabIndex={-1}>
      <header className="point-card__header">
        <div>
          <h2>{site.name}</h2>
          <div className="muted">
            {site.lat.toFixed(5)}, {site.lon.toFixed(5)}
            {facts?.region ? ` · ${facts.region.name} (${facts.region.code})` : ''}
          </div>
          {snap && <div className="muted">{snap}</div>}
        </div>
        <button type="button" className="icon-button" aria-label="Close candidate details" onClick={() => select(null)}>
          ×
        </button>
      </header>
      {!facts && <p className="muted">Loading data…</p>}
      {facts && !facts.region && <p className="muted">No data here: outside the study area.</p>}
      {facts?.region && <ScoreCard facts={facts} />}
      <div className="point-card__section">
        <h3>Imported columns</h3>
        {own.length === 0 ? (
          <p className="muted">This site has no columns of its own (added on the map, by coordinates or by place name).</p>
        ) : (
          <FactRows rows={own.map(([k, v]) => ({ label: k, value: cellText(v) }))} />
        )}
      </div>
      <div className="point-card__section">
        <label htmlFor="candidate-notes">
          <h3>Notes</h3>
        </label>
        <textarea
          id="candidate-notes"
          className="candidate-details__notes"
          rows={3}
          value={notes}
          placeholder="Landowner, substation contact, next step… (kept with the site and exported as the notes column)"
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => notes !== cellText(site.props[NOTES]) && setProp(site.id, NOTES, notes.trim())}
        />
      </div>
    </section>
  );
}
