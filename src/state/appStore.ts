import { create } from 'zustand';

export type FacilityType = 'mining' | 'ai' | 'hybrid';

export const FACILITY_TYPES: { id: FacilityType; label: string }[] = [
  { id: 'mining', label: 'Bitcoin mining' },
  { id: 'ai', label: 'AI data center' },
  { id: 'hybrid', label: 'Hybrid (mining + AI)' },
];

export type PanelTab = 'layers' | 'scoring' | 'data';

interface AppState {
  facilityType: FacilityType;
  panelTab: PanelTab;
  setFacilityType(t: FacilityType): void;
  setPanelTab(t: PanelTab): void;
}

export const useAppStore = create<AppState>()((set) => ({
  facilityType: 'hybrid',
  panelTab: 'layers',
  setFacilityType: (facilityType) => set({ facilityType }),
  setPanelTab: (panelTab) => set({ panelTab }),
}));
