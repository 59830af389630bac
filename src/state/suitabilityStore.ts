import { create } from 'zustand';
import type { GridSpec } from '../geo/grid';
import type { ProfileId } from '../scoring/profiles';

export interface SuitabilityScores {
  /** The grid the scores are on (row 0 north, index = row * cols + col). */
  grid: GridSpec;
  /** Land cells of the grid (scored, partly covered, excluded or without data). */
  landCells: number;
  /**
   * Per grid cell, the ranking score 0–100 (the guaranteed score: missing criteria at 0); NaN =
   * water, excluded by a constraint, or under 50 % of the weight with data.
   */
  scores: Float32Array;
  /** Per grid cell, the share of the profile's weight with data, whole % (0 = water/excluded/none). */
  coverage: Uint8Array;
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
  /** Cells scoring below this (0–100) are hidden on the map and left out of "Find regions"; null = show all. Not saved. */
  threshold: number | null;
  setThreshold(t: number | null): void;
  setResult(r: SuitabilityScores): void;
  setStatus(status: SuitabilityState['status'], error?: string): void;
}

export const useSuitabilityStore = create<SuitabilityState>()((set) => ({
  status: 'idle',
  error: null,
  result: null,
  threshold: null,
  setThreshold: (threshold) => set({ threshold }),
  setResult: (result) => set({ result, status: 'ready', error: null }),
  setStatus: (status, error) => set({ status, error: error ?? null }),
}));
