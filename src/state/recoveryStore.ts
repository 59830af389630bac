// Messages about stored state that could not be restored, for the banner at the top of the app.
import { create } from 'zustand';
import type { Recovery } from './guardedStorage';

interface RecoveryState {
  recoveries: Recovery[];
  add(r: Recovery): void;
  dismiss(): void;
}

export const useRecoveryStore = create<RecoveryState>()((set) => ({
  recoveries: [],
  add: (r) => set((s) => ({ recoveries: [...s.recoveries, r] })),
  dismiss: () => set({ recoveries: [] }),
}));

export const reportRecovery = (r: Recovery) => useRecoveryStore.getState().add(r);
