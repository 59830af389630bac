// On the map: what the scoring settings do that a site developer might not see from the map alone.
// "n constraints active" (they survive reloads, so a reload does not look like a different map) and
// "all weights are zero" (the surface is blank because nothing is weighted, not because there is no data).
import type { Constraints } from '../scoring/constraints';
import { PROFILES } from '../scoring/profiles';
import { allWeightsZero, resolveWeights } from '../scoring/weights';
import { useAppStore } from '../state/appStore';
import { useScoringStore } from '../state/scoringStore';

/** How many constraints are set (a number bound, or the mining-rule exclusion). */
export function activeConstraintCount(c: Constraints): number {
  return Object.entries(c).filter(([k, v]) => (k === 'excludeMiningRestricted' ? v === true : typeof v === 'number' && Number.isFinite(v))).length;
}

export function ScoringNotices() {
  const profile = useAppStore((s) => s.facilityType);
  const overrides = useScoringStore((s) => s.weights[profile]);
  const constraints = useScoringStore((s) => s.constraints);
  const setTab = useAppStore((s) => s.setPanelTab);
  const weights = resolveWeights(profile, overrides);
  const allZero = allWeightsZero(weights);
  const n = activeConstraintCount(constraints);
  if (!allZero && n === 0) return null;
  return (
    <div className="scoring-notices" role="status">
      {allZero && (
        <span className="scoring-notice scoring-notice--warn">
          Every weight of {PROFILES[profile].label} is 0: nothing is scored.{' '}
          <button type="button" className="link-button" onClick={() => setTab('scoring')}>
            Set weights
          </button>
        </span>
      )}
      {n > 0 && (
        <span className="scoring-notice">
          {n === 1 ? '1 constraint active' : `${n} constraints active`}{' '}
          <button type="button" className="link-button" onClick={() => setTab('scoring')}>
            Show
          </button>
        </span>
      )}
    </div>
  );
}
