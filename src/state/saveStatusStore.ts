// Saves that failed (browser storage full or disabled), for a visible warning: the app keeps working
// in memory, but the user must know a reload would lose the change.
import { create } from 'zustand';

interface SaveStatusState {
  /** Storage key → why its last save failed; absent when the last save worked. */
  failures: Record<string, string>;
  report(key: string, problem: string | null): void;
}

export const useSaveStatusStore = create<SaveStatusState>()((set, get) => ({
  failures: {},
  report: (key, problem) => {
    const has = key in get().failures;
    if (problem === null ? !has : get().failures[key] === problem) return;
    set((s) => {
      const failures = { ...s.failures };
      if (problem === null) delete failures[key];
      else failures[key] = problem;
      return { failures };
    });
  },
}));

export const reportSave = (key: string, problem: string | null) => useSaveStatusStore.getState().report(key, problem);
