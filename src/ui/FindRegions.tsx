// "Find regions" under the suitability histogram: contiguous cells at or above the threshold,
// grouped into candidate regions, listed with area, scores and the nearest data-center market,
// outlined on the map, and exported as GeoJSON polygons.
import { useEffect, useMemo, useState } from 'react';
import { showFoundRegions } from '../map/foundRegions';
import { findRegions, type FindRegionsResult } from '../scoring/findRegions';
import { regionsGeoJson } from '../scoring/regionsGeoJson';
import { PROFILES } from '../scoring/profiles';
import { useDataStore } from '../state/dataStore';
import { useMapStore } from '../state/mapStore';
import { useSuitabilityStore, type SuitabilityScores } from '../state/suitabilityStore';
import { downloadText } from './candidates/download';

/** Threshold when the slider is at "show all". */
export const DEFAULT_REGION_THRESHOLD = 70;
const MAX_REGIONS = 50;
const MIN_CELL_CHOICES = [1, 4, 16];

const km2 = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(0));

interface Run {
  result: FindRegionsResult;
  scores: SuitabilityScores;
  threshold: number;
  minCells: number;
  ms: number;
}

export function FindRegions() {
  const scores = useSuitabilityStore((s) => s.result);
  const threshold = useSuitabilityStore((s) => s.threshold);
  const markets = useDataStore((s) => s.connectivity.data?.markets);
  const map = useMapStore((s) => s.map);
  const [run, setRun] = useState<Run | null>(null);
  const [minCells, setMinCells] = useState(4);
  const [chosen, setChosen] = useState<number | null>(null);
  const at = threshold ?? DEFAULT_REGION_THRESHOLD;
  const stale = run !== null && (run.scores !== scores || run.threshold !== at || run.minCells !== minCells);
  const fc = useMemo(
    () => (run ? regionsGeoJson(run.result, { facilityType: PROFILES[run.scores.profile].label, threshold: run.threshold, generatedAt: new Date().toISOString() }) : null),
    [run],
  );
  useEffect(() => {
    if (map) showFoundRegions(map, stale ? null : fc, chosen);
  }, [map, fc, chosen, stale]);
  if (!scores) return null;

  const find = () => {
    const t0 = performance.now();
    const result = findRegions(scores.grid, scores.scores, at, { minCells, maxRegions: MAX_REGIONS, markets: markets ?? [] });
    setRun({ result, scores, threshold: at, minCells, ms: performance.now() - t0 });
    setChosen(null);
  };
  const choose = (rank: number) => {
    const region = run?.result.regions.find((r) => r.rank === rank);
    if (!region || !map) return;
    setChosen(rank);
    const [w, s, e, n] = region.bbox;
    map.fitBounds([[w, s], [e, n]], { padding: 60, maxZoom: 9, duration: 600 });
  };
  const exportRegions = () => {
    if (!fc || !run) return;
    downloadText(`gridscout-regions-${run.scores.profile}-${run.threshold}.geojson`, JSON.stringify(fc), 'application/geo+json');
  };
  const profile = PROFILES[scores.profile].label;

  return (
    <section className="find-regions" aria-label="Find regions">
      <div className="find-regions__controls">
        <button type="button" className="btn" onClick={find}>
          Find regions
        </button>
        <label>
          ignore under{' '}
          <select value={minCells} onChange={(e) => setMinCells(Number(e.target.value))} aria-label="Smallest region, in cells">
            {MIN_CELL_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n} cell{n === 1 ? '' : 's'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted find-regions__what">
        Groups cells scoring {at} or more{threshold === null ? ' (set "Hide cells below" to change)' : ''} that share an edge into regions; cells touching only at a corner are separate.
      </p>
      {run && stale && (
        <p className="muted" role="status">
          The scores, threshold or size changed since these regions were found: Find regions again.
        </p>
      )}
      {run && !stale && run.result.regions.length === 0 && (
        <p className="muted" role="status">
          No {run.minCells > 1 ? `group of ${run.minCells} or more cells` : 'cell'} scores {run.threshold} or more for {profile}: lower the threshold.
        </p>
      )}
      {run && !stale && run.result.regions.length > 0 && (
        <>
          <p className="muted" role="status">
            {run.result.found.toLocaleString('en-US')} region{run.result.found === 1 ? '' : 's'} at {run.threshold} or more for {profile}
            {run.result.tooSmall ? `; ${run.result.tooSmall.toLocaleString('en-US')} under ${run.minCells} cells left out` : ''}
            {run.result.leftOut ? `; showing the best ${run.result.regions.length}` : ''} ({run.ms.toFixed(0)} ms).
          </p>
          <ol className="find-regions__list">
            {run.result.regions.map((r) => (
              <li key={r.rank}>
                <button type="button" className={chosen === r.rank ? 'find-regions__item find-regions__item--chosen' : 'find-regions__item'} aria-pressed={chosen === r.rank} onClick={() => choose(r.rank)}>
                  <strong>#{r.rank}</strong> {km2(r.areaKm2)} km² · best {r.bestScore.toFixed(0)}, mean {r.meanScore.toFixed(0)}
                  <span className="muted">{r.nearestMarket ? ` · best cell ${Math.round(r.nearestMarket.km).toLocaleString("en-US")} km from ${r.nearestMarket.name}` : " · no market data"}</span>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="btn" onClick={exportRegions}>
            Export regions (GeoJSON)
          </button>
        </>
      )}
    </section>
  );
}
