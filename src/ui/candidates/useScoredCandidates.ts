// Scores of every candidate under the current settings; re-scores only candidates that changed
// (moved, renamed) unless the settings or data change.
import { useMemo, useRef } from 'react';
import { queryPoint } from '../../data/pointQuery';
import { scoreCandidate, type ScoringSettings } from '../../candidates/score';
import type { Candidate } from '../../candidates/types';
import type { ScoredSite } from '../../scoring/flatten';
import { PROFILE_IDS, type ProfileId } from '../../scoring/profiles';
import { useAppStore } from '../../state/appStore';
import { useCandidatesStore } from '../../state/candidatesStore';
import { modelOptionsFor, useScoringStore } from '../../state/scoringStore';
import { useEconomicsInputs } from '../useEconomicsInputs';
import { useQueryContext } from '../usePointFacts';

export function useScoringSettings(): ScoringSettings | null {
  const profile = useAppStore((s) => s.facilityType);
  const weights = useScoringStore((s) => s.weights);
  const constraints = useScoringStore((s) => s.constraints);
  const econ = useEconomicsInputs();
  return useMemo(() => {
    if (!econ) return null;
    const options = Object.fromEntries(PROFILE_IDS.map((id) => [id, modelOptionsFor({ weights, constraints }, id)])) as ScoringSettings['options'];
    return { profile: profile as ProfileId, options, economics: econ.inputs };
  }, [profile, weights, constraints, econ]);
}

export function useScoredCandidates(): { scores: Map<string, ScoredSite> | null; settings: ScoringSettings | null } {
  const ctx = useQueryContext();
  const settings = useScoringSettings();
  const candidates = useCandidatesStore((s) => s.candidates);
  const cache = useRef<{ key: unknown[]; byCandidate: WeakMap<Candidate, ScoredSite> }>({ key: [], byCandidate: new WeakMap() });
  const scores = useMemo(() => {
    if (!ctx || !settings) return null;
    if (cache.current.key[0] !== ctx || cache.current.key[1] !== settings) cache.current = { key: [ctx, settings], byCandidate: new WeakMap() };
    const lookup = (lon: number, lat: number) => queryPoint(ctx, lon, lat);
    const out = new Map<string, ScoredSite>();
    for (const c of candidates) {
      let s = cache.current.byCandidate.get(c);
      if (!s) {
        s = scoreCandidate(lookup, c, settings);
        cache.current.byCandidate.set(c, s);
      }
      out.set(c.id, s);
    }
    return out;
  }, [ctx, settings, candidates]);
  return { scores, settings };
}
