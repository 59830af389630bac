import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isProfileId } from '../scoring/profiles';
import { settingsPersist } from './settingsPersist';

export type FacilityType = 'mining' | 'ai' | 'hybrid';

export const FACILITY_TYPES: { id: FacilityType; label: string }[] = [
  { id: 'mining', label: 'Bitcoin mining' },
  { id: 'ai', label: 'AI data center' },
  { id: 'hybrid', label: 'Hybrid (mining + AI)' },
];

export type PanelTab = 'layers' | 'scoring' | 'candidates' | 'compare' | 'data';

interface AppState {
  facilityType: FacilityType;
  panelTab: PanelTab;
  setFacilityType(t: FacilityType): void;
  setPanelTab(t: PanelTab): void;
}

export const useAppStore = create<AppState>()(
  persist(
    (set) => ({
      facilityType: 'hybrid',
      panelTab: 'layers',
      setFacilityType: (facilityType) => set({ facilityType }),
      setPanelTab: (panelTab) => set({ panelTab }),
    }),
    // Only the facility type persists; the open tab is per visit.
    settingsPersist<AppState, { facilityType: FacilityType }>('gridscout.app', 1, (s) => ({ facilityType: s.facilityType }), (x) => {
      const t = (x as { facilityType?: unknown } | null)?.facilityType;
      if (typeof t !== 'string' || !isProfileId(t)) throw new Error('stored facility type is not one of mining, ai, hybrid');
      return { facilityType: t };
    }),
  ),
);
