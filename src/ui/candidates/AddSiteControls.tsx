// Three ways to add a site: click the map in "Add site" mode, type or paste "lat, lon", or search
// the offline gazetteer (fetched on first use, not part of the first load).
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { searchPlaces, type Place } from '../../candidates/gazetteer';
import { loadGazetteer } from '../../state/gazetteer';
import { parseLatLonText } from '../../candidates/pastedCoordinates';
import { useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';
import { withRegionLookup } from '../../state/mapState';
import { flyToSite } from './flyTo';

/** Adds the site, flies to it and moves focus to its details (what the action created). */
function addAndFly(lon: number, lat: number, name?: string) {
  useCandidatesStore.getState().addAt(lon, lat, name);
  flyToSite(useMapStore.getState().map, lon, lat);
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-label="Candidate details"]')?.focus());
}

export function AddSiteButton() {
  const addMode = useCandidatesStore((s) => s.addMode);
  const setAddMode = useCandidatesStore((s) => s.setAddMode);
  const refusal = useCandidatesStore((s) => s.addRefusal);
  return (
    <div className="add-site">
      <button type="button" className={addMode ? 'btn btn--active' : 'btn'} aria-pressed={addMode} onClick={() => setAddMode(!addMode)}>
        Add site
      </button>
      {addMode && (
        <span className="hint" role="status">
          Click the map to add a site. Esc to stop.
        </span>
      )}
      {addMode && refusal && (
        <div className="field-error" role="alert">
          {refusal}
        </div>
      )}
    </div>
  );
}

export function CoordinateEntry() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Checked against the study area, as an imported row is; the check waits for the boundaries.
    withRegionLookup((regionAt) => {
      const r = parseLatLonText(text, regionAt);
      if (!r.ok) return setError(r.message);
      setError(null);
      setText('');
      addAndFly(r.lon, r.lat);
    });
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor="coord-entry">Coordinates (lat, lon)</label>
      <div className="inline-form__row">
        <input id="coord-entry" value={text} placeholder="45.50, -73.57" onChange={(e) => setText(e.target.value)} aria-invalid={error !== null} aria-describedby={error ? 'coord-error' : undefined} />
        <button type="submit" className="btn">Add coordinates</button>
      </div>
      {error && (
        <div id="coord-error" className="field-error" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}

export function PlaceSearch() {
  const [query, setQuery] = useState('');
  const [places, setPlaces] = useState<Place[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const ensure = () => {
    if (places || status === 'loading') return;
    setStatus('loading');
    loadGazetteer().then(
      (p) => (setPlaces(p), setStatus(null)),
      (e: Error) => setStatus(`place list could not load: ${e.message}`),
    );
  };
  const results = places ? searchPlaces(places, query) : [];
  const [active, setActive] = useState(-1);
  const shown = query.trim().length >= 2 && places !== null;
  const pick = (p: Place) => (addAndFly(p.lon, p.lat, p.name), setQuery(''), setActive(-1));
  // Combobox keys: arrows move through the results, Enter adds the highlighted one, Esc clears.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!shown || results.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(results[active]);
    } else if (e.key === 'Escape') {
      setQuery('');
      setActive(-1);
    }
  };
  return (
    <div className="place-search">
      <label htmlFor="place-search">Search places</label>
      <input
        id="place-search"
        type="search"
        role="combobox"
        aria-expanded={shown && results.length > 0}
        aria-controls="place-results"
        aria-activedescendant={shown && active >= 0 ? `place-result-${active}` : undefined}
        value={query}
        placeholder="Town, e.g. Abilene, TX"
        onFocus={ensure}
        onKeyDown={onKeyDown}
        onChange={(e) => (setQuery(e.target.value), setActive(-1), ensure())}
        autoComplete="off"
      />
      {status === 'loading' && <div className="muted">Loading place list…</div>}
      {status && status !== 'loading' && <div className="error">{status}</div>}
      {query.trim().length >= 2 && places && (
        <ul className="place-results" id="place-results" role="listbox" aria-label="Places found">
          {results.length === 0 && <li className="muted" role="option" aria-selected={false} aria-disabled>No town of ≥ 1,000 people by that name in the USA, Canada or Mexico.</li>}
          {results.map((p, i) => (
            <li
              key={`${p.name}-${p.lon}-${p.lat}`}
              id={`place-result-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'place-result place-result--active' : 'place-result'}
              onClick={() => pick(p)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="link-button">Add {p.name}, {p.region}</span>
              <span className="muted"> · {p.population.toLocaleString('en-US')} people</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
