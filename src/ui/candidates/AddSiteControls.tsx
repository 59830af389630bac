// Three ways to add a site: click the map in "Add site" mode, type or paste "lat, lon", or search
// the offline gazetteer (fetched on first use, not part of the first load).
import { useState, type FormEvent } from 'react';
import { searchPlaces, type Place } from '../../candidates/gazetteer';
import { loadGazetteer } from '../../state/gazetteer';
import { parseLatLonText } from '../../candidates/pastedCoordinates';
import { useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';
import { withRegionLookup } from '../../state/mapState';
import { flyToSite } from './flyTo';

function addAndFly(lon: number, lat: number, name?: string) {
  useCandidatesStore.getState().addAt(lon, lat, name);
  flyToSite(useMapStore.getState().map, lon, lat);
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
  return (
    <div className="place-search">
      <label htmlFor="place-search">Search places</label>
      <input id="place-search" type="search" value={query} placeholder="Town, e.g. Abilene, TX" onFocus={ensure} onChange={(e) => (setQuery(e.target.value), ensure())} autoComplete="off" />
      {status === 'loading' && <div className="muted">Loading place list…</div>}
      {status && status !== 'loading' && <div className="error">{status}</div>}
      {query.trim().length >= 2 && places && (
        <ul className="place-results" aria-label="Places found">
          {results.length === 0 && <li className="muted">No town of ≥ 1,000 people by that name in the USA, Canada or Mexico.</li>}
          {results.map((p) => (
            <li key={`${p.name}-${p.lon}-${p.lat}`}>
              <button type="button" className="link-button" onClick={() => (addAndFly(p.lon, p.lat, p.name), setQuery(''))}>
                Add {p.name}, {p.region}
              </button>
              <span className="muted"> · {p.population.toLocaleString('en-US')} people</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
