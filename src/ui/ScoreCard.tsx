// The score part of the point card: all three facility types, the active one explained criterion by
// criterion (value, source, score, weight, contribution), and its economics.
import { useMemo } from 'react';
import type { PointFacts } from '../data/types';
import type { SiteEconomics } from '../scoring/economics';
import type { SiteScore } from '../scoring/explain';
import { CRITERIA, type CriterionId } from '../scoring/criteria';
import { PROFILE_IDS, PROFILES } from '../scoring/profiles';
import { coverageText, isNoDataReason, rangeText, scoreText } from '../scoring/scoreText';
import { compileSiteScoring } from '../scoring/siteScoring';
import { useScoringSettings } from './useScoringSettings';

const criterionLabel = (id: CriterionId) => CRITERIA[id].label;
const usd = (v: number | null) => (v === null ? 'no data' : `${v < 0 ? '−' : ''}$${Math.abs(v / 1e6).toFixed(1)} M`);
const num = (v: number | null, digits = 0) => (v === null ? 'no data' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

/** Under the badge: what the number rests on; with data missing, the re-weighted score inside the range. */
function badgeNote(s: SiteScore): string {
  if (s.score === null || s.scoreLow === s.scoreHigh || s.insufficientData || s.constraintUnchecked) return coverageText(s);
  return `${coverageText(s)}; ${s.score.toFixed(0)} re-weighted`;
}

function ScoreBadges({ scores, active }: { scores: Record<string, SiteScore>; active: string }) {
  return (
    <div className="score-badges">
      {PROFILE_IDS.map((id) => {
        const s = scores[id];
        return (
          <div key={id} className={id === active ? 'score-badge score-badge--active' : 'score-badge'} data-profile={id}>
            <div className="score-badge__label">{PROFILES[id].label}</div>
            {/* A constraint not checked still shows the numbers; the note says why it is not ranked. */}
            <div className="score-badge__value">{s.score === null ? '—' : s.constraintUnchecked && !s.insufficientData ? rangeText(s) : scoreText(s)}</div>
            <div className="score-badge__note">{badgeNote(s)}</div>
          </div>
        );
      })}
    </div>
  );
}

// Values never wrap (a number stays whole); labels do, and on a narrow card the table scrolls in its own box.
function Explanation({ s }: { s: SiteScore }) {
  return (
    <div className="explain-scroll">
    <table className="explain-table">
      <caption>
        Why {s.score === null ? 'no score' : s.insufficientData ? 'insufficient data' : `${rangeText(s)} / 100`} for {PROFILES[s.profile].label}
      </caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Value</th>
          <th scope="col">Score</th>
          <th scope="col">Weight</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        {s.criteria
          .filter((c) => c.nominalWeightPct > 0 || c.value !== null)
          .map((c) => (
            <tr key={c.id} className={c.value === null ? 'missing' : undefined}>
              <th scope="row" title={c.note ?? undefined}>
                {c.label}
                {c.lowQuality && <span className="low-quality" title="Rests on a low-quality source"> ⚠</span>}
                {c.source && (
                  <div className="explain-source">
                    {c.sourceUrl ? (
                      <a href={c.sourceUrl} target="_blank" rel="noopener noreferrer" title={c.source}>
                        {c.source}
                      </a>
                    ) : (
                      c.source
                    )}
                    {c.year !== null && ` · ${c.year}`}
                  </div>
                )}
              </th>
              <td>{c.value === null ? <span className="no-data">no data — skipped</span> : `${num(c.value, c.unit === 'PUE' ? 2 : 1)} ${c.unit}`}</td>
              <td>{c.score === null ? '—' : c.score.toFixed(0)}</td>
              <td>{c.weightPct.toFixed(0)} %</td>
              <td>{c.contribution === null ? '—' : c.contribution.toFixed(1)}</td>
            </tr>
          ))}
      </tbody>
    </table>
    </div>
  );
}

function Economics({ e }: { e: SiteEconomics }) {
  const rows: [string, string][] = [
    ['IT load', `${num(e.itMw, 1)} MW (AI ${num(e.aiItMw, 1)}, mining ${num(e.miningItMw, 1)})`],
    ['PUE', `${num(e.pue, 2)}${e.pueFromClimate ? ' (from climate)' : ' (best case: no climate data)'}`],
    ['Energy', `${num(e.energyMwhPerYear)} MWh/yr`],
    ['Power price used', e.powerPriceUsdPerMwh === null ? 'no data' : `${num(e.powerPriceUsdPerMwh, 1)} USD/MWh (${e.powerPriceBasis})`],
    ['Power cost (incl. carbon price)', `${usd(e.powerCostUsdPerYear)}/yr`],
    ['CO2e', e.co2TPerYear === null ? 'no data' : `${num(e.co2TPerYear)} t/yr`],
    ['Revenue', `${usd(e.revenueUsdPerYear)}/yr (mining ${usd(e.miningRevenueUsdPerYear)}, AI ${usd(e.aiRevenueUsdPerYear)})`],
    ['Margin before capex', `${usd(e.marginUsdPerYear)}/yr`],
    ['Mining break-even power price', e.miningBreakevenUsdPerMwh === null ? '—' : `${num(e.miningBreakevenUsdPerMwh, 1)} USD/MWh`],
  ];
  return (
    <dl className="econ-list">
      {rows.map(([k, v]) => (
        <div key={k} className="fact-row">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      {e.notes.map((n, i) => (
        <div key={i} className="fact-note">
          {n}
        </div>
      ))}
    </dl>
  );
}

export function ScoreCard({ facts }: { facts: PointFacts }) {
  const settings = useScoringSettings();
  // The same service as the list, Compare, the exports and the CLI.
  const site = useMemo(() => (settings ? compileSiteScoring(settings).score(facts) : null), [facts, settings]);
  // The cited defaults arrive with the facts the point query reads, so this is brief if ever seen.
  if (!site) return <p className="muted">Loading cited defaults…</p>;
  const { scores, economics, profile: active } = site;
  const s = scores[active];
  return (
    <div className="score-card">
      <ScoreBadges scores={scores} active={active} />
      {s.excludedReason && (
        <p className="excluded" role="status">
          {isNoDataReason(s.excludedReason) ? 'Not scored: no data here for any criterion this facility type weighs.' : `Excluded: ${s.excludedReason}`}
        </p>
      )}
      {s.flags.map((f, i) => (
        <p key={i} className="flag">
          ⚑ {f}
        </p>
      ))}
      {s.missing.length > 0 && s.score !== null && s.scoreLow !== s.scoreHigh && (
        <p className="muted">
          No data for: {s.missing.map(criterionLabel).join(', ')}. The range runs from {s.scoreLow!.toFixed(0)} (missing criteria at 0) to {s.scoreHigh!.toFixed(0)} (at 100); the site ranks by the lower
          end. {s.score.toFixed(0)} is the score re-weighted over the criteria with data.
        </p>
      )}
      <Explanation s={s} />
      <h3>Economics — {PROFILES[active].label}</h3>
      <Economics e={economics} />
    </div>
  );
}
