// The "Power plants" layer's filter: which fuels to draw and the smallest plant, MW.
import { create } from 'zustand';

export interface PlantFilter {
  /** GPPD fuel words to hide (empty = every fuel drawn). */
  hiddenFuels: string[];
  minMw: number;
}

interface PlantFilterState extends PlantFilter {
  toggleFuel(fuel: string): void;
  setMinMw(mw: number): void;
}

export const usePlantFilterStore = create<PlantFilterState>()((set) => ({
  hiddenFuels: [],
  minMw: 0,
  toggleFuel: (fuel) => set((s) => ({ hiddenFuels: s.hiddenFuels.includes(fuel) ? s.hiddenFuels.filter((f) => f !== fuel) : [...s.hiddenFuels, fuel] })),
  setMinMw: (minMw) => set({ minMw: Number.isFinite(minMw) && minMw > 0 ? minMw : 0 }),
}));
