import { create } from 'zustand';
import type { ProfileId } from '../scoring/profiles';

export interface SuitabilityScores {
  /** 0–100 per grid cell; NaN = water, no data or excluded by a constraint. */
  scores: Float32Array;
  profile: ProfileId;
  /** Worker time for the last full re-score, ms. */
  scoreMs: number;
  /** performance.now() when the request that produced these scores was made. */
  requestedAt: number;
}

interface SuitabilityState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  result: SuitabilityScores | null;
  setResult(r: SuitabilityScores): void;
  setStatus(status: SuitabilityState['status'], error?: string): void;
}

export const useSuitabilityStore = create<SuitabilityState>()((set) => ({
  status: 'idle',
  error: null,
  result: null,
  setResult: (result) => set({ result, status: 'ready', error: null }),
  setStatus: (status, error) => set({ status, error: error ?? null }),
}));
