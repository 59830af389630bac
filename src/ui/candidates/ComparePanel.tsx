// The "Compare" tab: 2–6 candidates side by side — every criterion's raw value (unit), score and
// contribution, the economics, the best value per row highlighted — and a contribution chart. Each
// site is numbered as its badge on the map (sites may share a name); the sites export as CSV. On
// wide screens it opens over the map (CompareDrawer), on narrow ones in the bottom sheet.
import './candidates.css';
import { useMemo, type ReactElement } from 'react';
import { compareRows, contributionBars } from '../../candidates/compare';
import { CRITERIA, CRITERION_IDS, type CriterionId } from '../../scoring/criteria';
import type { ScoredSite } from '../../scoring/flatten';
import { PROFILES } from '../../scoring/profiles';
import { scoreText } from '../../scoring/scoreText';
import { MAX_COMPARE, useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';
import { fitSites } from './flyTo';
import { useExportRun } from './useExportRun';
import { useScoredCandidates } from './useScoredCandidates';

// One colour per criterion (12), in CRITERION_IDS order.
const COLOURS = ['#1d6fb8', '#4c9a2a', '#0f8b8d', '#e0a100', '#8e5ea2', '#b8650a', '#c0392b', '#7f8c8d', '#d6336c', '#5c3c92', '#2e7d32', '#6d4c41'];
const colourOf = (id: string) => COLOURS[CRITERION_IDS.indexOf(id as (typeof CRITERION_IDS)[number]) % COLOURS.length];

function fmt(v: number | null, digits: number): string {
  return v === null || !Number.isFinite(v) ? '—' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function ContributionChart({ sites }: { sites: { id: string; name: string; scored: ScoredSite }[] }) {
  const legend = CRITERION_IDS.filter((id) => sites.some((s) => contributionBars(s.scored).some((b) => b.id === id)));
  return (
    <figure className="contrib-chart" aria-label="Contribution of each criterion to the score">
      <figcaption>Points each criterion adds to the {PROFILES[sites[0].scored.profile].label} score</figcaption>
      {sites.map(({ id, name, scored }, i) => {
        const bars = contributionBars(scored);
        const total = scored.scores[scored.profile];
        return (
          <div key={id} className="contrib-row">
            <div className="contrib-row__name" title={name}>
              <span className="compare-number">{i + 1}</span> {name}
            </div>
            <svg className="contrib-row__bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={`${name}: ${bars.map((b) => `${b.label} ${b.points.toFixed(1)}`).join(', ') || 'no score'}`}>
              {bars.reduce<{ x: number; els: ReactElement[] }>(
                (acc, b) => {
                  acc.els.push(
                    <rect key={b.id} x={acc.x} y={0} width={b.points} height={10} fill={colourOf(b.id)}>
                      <title>{`${b.label}: ${b.points.toFixed(1)} points`}</title>
                    </rect>,
                  );
                  acc.x += b.points;
                  return acc;
                },
                { x: 0, els: [] },
              ).els}
            </svg>
            <div className="contrib-row__total">{scoreText(total)}</div>
          </div>
        );
      })}
      <ul className="contrib-legend">
        {legend.map((id) => (
          <li key={id}>
            <span className="swatch" style={{ background: colourOf(id) }} /> {CRITERIA[id as CriterionId].label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** `mapCoveredPx`: how much of the map's bottom the comparison covers (the map fits the sites above it). */
export function ComparePanel({ mapCoveredPx }: { mapCoveredPx?: () => number }) {
  const candidates = useCandidatesStore((s) => s.candidates);
  const compareIds = useCandidatesStore((s) => s.compareIds);
  // Full explanations for the compared sites only (never for the whole list).
  const compared = useMemo(() => compareIds.flatMap((id) => candidates.find((x) => x.id === id) ?? []), [compareIds, candidates]);
  const scores = useScoredCandidates(compared);
  const toggle = useCandidatesStore((s) => s.toggleCompare);
  const sites = useMemo(
    () =>
      compareIds.flatMap((id) => {
        const c = candidates.find((x) => x.id === id);
        const scored = scores?.get(id);
        return c && scored ? [{ id, name: c.name, lat: c.lat, lon: c.lon, scored }] : [];
      }),
    [compareIds, candidates, scores],
  );
  const rows = useMemo(() => compareRows(sites.map((s) => s.scored)), [sites]);
  const exporter = useExportRun();

  if (compareIds.length < 2) {
    return (
      <p className="empty">
        Tick “Compare” on 2 to {MAX_COMPARE} sites in the Candidates tab to see them side by side ({compareIds.length} chosen).
      </p>
    );
  }
  if (!sites.length) return <p className="muted">Scoring…</p>;
  let lastGroup = '';
  return (
    <div className="compare-panel">
      <div className="compare-actions">
        <button type="button" className="btn" disabled={!exporter.ready} onClick={() => void exporter.run(compared, 'compare', 'csv')}>
          Export these sites as CSV
        </button>
        <button type="button" className="btn" onClick={() => fitSites(useMapStore.getState().map, compared, mapCoveredPx?.())}>
          Show them on the map
        </button>
        {exporter.progress && (
          <span className="muted" role="status">
            Preparing export…
          </span>
        )}
      </div>
      <p className="muted">Facility type: {PROFILES[sites[0].scored.profile].label}. Numbers match the badges on the map. Best value per row in bold green. A score with missing data shows its range (missing criteria at 0 and at 100) and ranks by the lower end.</p>
      <ContributionChart sites={sites} />
      <div className="compare-scroll">
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {sites.map((s, i) => (
                <th key={s.id} scope="col">
                  <span className="compare-number">{i + 1}</span> <span className="compare-name">{s.name}</span>
                  <div className="muted small">
                    {s.scored.region?.code ?? 'no region'} · {s.lat.toFixed(3)}, {s.lon.toFixed(3)}
                  </div>
                  <button type="button" className="link-button small" onClick={() => toggle(s.id)} aria-label={`Remove site ${i + 1}, ${s.name}, from comparison`}>
                    remove
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const head = r.group !== lastGroup && r.group !== 'Scores';
              lastGroup = r.group;
              return [
                head && (
                  <tr key={`${r.group}-h`} className="compare-group">
                    <th colSpan={sites.length + 1} scope="colgroup">
                      {r.group}
                    </th>
                  </tr>
                ),
                <tr key={`${r.group}-${r.label}`}>
                  <th scope="row">
                    {r.label} <span className="muted small">({r.unit})</span>
                  </th>
                  {r.values.map((v, i) => (
                    <td key={sites[i].id} className={r.best.includes(i) ? 'num best' : 'num'}>
                      {r.texts ? r.texts[i] : fmt(v, r.digits)}
                      {r.best.includes(i) && <span className="visually-hidden"> (best)</span>}
                    </td>
                  ))}
                </tr>,
              ];
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
