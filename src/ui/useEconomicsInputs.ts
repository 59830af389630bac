import { useMemo } from 'react';
import { economicsDefaults, type EconomicsDefaults, type EconomicsInputs } from '../scoring/economicsDefaults';
import { useDataStore } from '../state/dataStore';
import { useScoringStore } from '../state/scoringStore';

/** Cited defaults from economics.csv with the user's edits on top; null until facts load. */
export function useEconomicsInputs(): { defaults: EconomicsDefaults; inputs: EconomicsInputs } | null {
  const economics = useDataStore((s) => s.facts.data?.economics);
  const edits = useScoringStore((s) => s.economics);
  const defaults = useMemo(() => (economics ? economicsDefaults(economics) : null), [economics]);
  return useMemo(() => (defaults ? { defaults, inputs: { ...defaults.inputs, ...edits } } : null), [defaults, edits]);
}
