import { create } from 'zustand';

interface SelectionState {
  /** The point the user clicked, for the point card. */
  point: { lon: number; lat: number } | null;
  select(lon: number, lat: number): void;
  clear(): void;
}

export const useSelectionStore = create<SelectionState>()((set) => ({
  point: null,
  select: (lon, lat) => set({ point: { lon, lat } }),
  clear: () => set({ point: null }),
}));
