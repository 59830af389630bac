// Under the suitability legend: how the land cells' scores are spread (bars in the score colours),
// the cells that are not scored, in words, and a threshold that hides the cells below it on the map.
import { useMemo } from 'react';
import { colorFor } from '../map/colorScale';
import { SCORE_SCALE } from '../map/layers/suitability';
import { binCounts, cellsAtOrAbove, scoreHistogram } from '../scoring/scoreHistogram';
import { useSuitabilityStore } from '../state/suitabilityStore';

const BIN_POINTS = 5;
const count = (n: number) => n.toLocaleString('en-US');

export function ScoreHistogram() {
  const result = useSuitabilityStore((s) => s.result);
  const threshold = useSuitabilityStore((s) => s.threshold);
  const setThreshold = useSuitabilityStore((s) => s.setThreshold);
  // One pass over the grid per new set of scores; a threshold change only re-reads the 101 counts.
  const histogram = useMemo(() => {
    if (!result) return null;
    return scoreHistogram(result.scores, result.coverage, result.landCells);
  }, [result]);
  if (!histogram) return null;

  const bins = binCounts(histogram, BIN_POINTS);
  const tallest = Math.max(1, ...bins);
  const remaining = cellsAtOrAbove(histogram, threshold);
  const t = threshold ?? 0;
  const binLabel = (i: number) => `${i * BIN_POINTS}–${Math.min(100, (i + 1) * BIN_POINTS)}`;

  return (
    <div className="score-histogram" role="group" aria-label="Score histogram">
      <div className="score-histogram__title">Land cells by score</div>
      <div className="score-histogram__bars" role="img" aria-label={`Land cells by score, ${BIN_POINTS}-point bins: ${bins.map((n, i) => `${binLabel(i)}: ${count(n)}`).join('; ')}`}>
        {bins.map((n, i) => {
          const from = i * BIN_POINTS;
          const below = threshold !== null && from + BIN_POINTS <= t;
          const partly = threshold !== null && !below && from < t;
          return (
            <span
              key={i}
              className={`score-histogram__bar${below ? ' score-histogram__bar--hidden' : partly ? ' score-histogram__bar--partly' : ''}`}
              data-count={n}
              title={`${binLabel(i)}: ${count(n)} cells${below ? ' (hidden on the map)' : ''}`}
              style={{ height: `${n === 0 ? 0 : Math.max(2, (100 * n) / tallest)}%`, background: colorFor(SCORE_SCALE, from) }}
            />
          );
        })}
      </div>
      <div className="score-histogram__axis" aria-hidden="true">
        <span>0</span>
        <span>50</span>
        <span>100</span>
      </div>
      <ul className="score-histogram__counts">
        <li>
          Scored: <strong data-testid="cells-scored">{count(histogram.scored)}</strong> cells
        </li>
        <li>
          Insufficient data (hatched, not scored): <strong data-testid="cells-insufficient">{count(histogram.insufficient)}</strong> cells
        </li>
        <li>
          Excluded or no data (blank): <strong data-testid="cells-excluded">{count(histogram.excludedOrNoData)}</strong> cells
        </li>
      </ul>
      <label className="score-threshold">
        <span>
          Hide cells below <output>{t}</output>
        </span>
        <input
          type="range"
          aria-label="Hide cells below"
          min={0}
          max={100}
          step={1}
          value={t}
          aria-valuetext={threshold === null ? 'showing all cells' : `${t}: ${count(remaining)} cells remaining`}
          onChange={(e) => setThreshold(Number(e.target.value))}
        />
      </label>
      <div className="score-threshold__status">
        <span aria-live="polite">
          <strong data-testid="cells-remaining">{count(remaining)}</strong> of {count(histogram.scored)} scored cells remaining
          {threshold !== null && histogram.insufficient > 0 && '; hatched cells (not scored) stay shown'}
        </span>{' '}
        <button type="button" disabled={threshold === null} onClick={() => setThreshold(null)}>
          Show all
        </button>
      </div>
    </div>
  );
}
