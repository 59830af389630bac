import { create } from 'zustand';
import { SURFACE_VARIABLE } from '../data/surface';
import type { LayerId, TooltipContent } from './layerTypes';

export interface HoverInfo {
  x: number;
  y: number;
  content: TooltipContent;
}

interface LayerState {
  visible: Record<LayerId, boolean>;
  climateVariable: string;
  hover: HoverInfo | null;
  toggle(id: LayerId, on?: boolean): void;
  setClimateVariable(id: string): void;
  setHover(h: HoverInfo | null): void;
}

export const useLayerStore = create<LayerState>()((set) => ({
  visible: { suitability: true, retail: false, wholesale: false, carbon: false, climate: false, land: false, connectivity: false, knownSites: false, incentives: false, plants: false, lines: false, flaredGas: false, gridStrength: false, utilities: false, hazard: false },
  climateVariable: SURFACE_VARIABLE.annualMeanC,
  hover: null,
  toggle: (id, on) => set((s) => ({ visible: { ...s.visible, [id]: on ?? !s.visible[id] } })),
  setClimateVariable: (climateVariable) => set({ climateVariable }),
  setHover: (hover) => set({ hover }),
}));
