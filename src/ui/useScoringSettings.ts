// The scoring service's settings under the user's current choices: the header's facility type, the
// scoring store's weights and constraints, the economics inputs. Null until the cited defaults load.
import { useMemo } from 'react';
import type { ScoringSettings } from '../scoring/siteScoring';
import { useAppStore } from '../state/appStore';
import { scoringSettingsOf, useScoringStore } from '../state/scoringStore';
import { useEconomicsInputs } from './useEconomicsInputs';

export function useScoringSettings(): ScoringSettings | null {
  const profile = useAppStore((s) => s.facilityType);
  const weights = useScoringStore((s) => s.weights);
  const constraints = useScoringStore((s) => s.constraints);
  const econ = useEconomicsInputs();
  return useMemo(() => (econ ? scoringSettingsOf({ weights, constraints }, profile, econ.inputs) : null), [profile, weights, constraints, econ]);
}
