import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isProfileId, type ProfileId } from '../scoring/profiles';
import { browserStorage, type StorageLike } from './guardedStorage';
import { settingsPersist } from './settingsPersist';

/** Saved as { state: { facilityType }, version: 1 }: key and field name stay so a saved choice still loads. */
export const APP_SETTINGS_KEY = 'gridscout.app';

export type PanelTab = 'layers' | 'scoring' | 'candidates' | 'compare' | 'data';

/** How far the side panel is pulled up on narrow screens, where it is a bottom sheet. */
export type SheetSize = 'collapsed' | 'half' | 'full';

interface AppState {
  /** The facility type the user scores for (the header's choice). */
  facilityType: ProfileId;
  panelTab: PanelTab;
  sheetSize: SheetSize;
  setFacilityType(t: ProfileId): void;
  setPanelTab(t: PanelTab): void;
  setSheetSize(s: SheetSize): void;
}

export function createAppStore(storage: StorageLike) {
  return create<AppState>()(
    persist(
      (set) => ({
        facilityType: 'hybrid',
        panelTab: 'layers',
        sheetSize: 'collapsed',
        setFacilityType: (facilityType) => set({ facilityType }),
        setPanelTab: (panelTab) => set({ panelTab }),
        setSheetSize: (sheetSize) => set({ sheetSize }),
      }),
      // Only the facility type persists; the open tab and the sheet size are per visit.
      settingsPersist<AppState, { facilityType: ProfileId }>(
        APP_SETTINGS_KEY,
        1,
        (s) => ({ facilityType: s.facilityType }),
        (x) => {
          const t = (x as { facilityType?: unknown } | null)?.facilityType;
          if (typeof t !== 'string' || !isProfileId(t)) throw new Error('stored facility type is not one of mining, ai, hybrid');
          return { facilityType: t };
        },
        storage,
      ),
    ),
  );
}

export const useAppStore = createAppStore(browserStorage());
