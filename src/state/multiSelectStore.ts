// The sites picked in the candidate list for a bulk action (ctrl/cmd-click, shift-click, the row's
// "Select" box, "Select all shown"). Not saved: a selection is for the moment. Kept to sites that
// exist: a delete, an undo or a list loaded from another tab drops the ids that went.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { pruned, rangeBetween, toggled, withAdded } from '../candidates/selection';
import type { Candidate } from '../candidates/types';
import { useCandidatesStore } from './candidatesStore';

export interface MultiSelectState {
  ids: ReadonlySet<string>;
  /** The row last clicked or toggled: where a shift-click's range starts. */
  anchor: string | null;
  /** Narrow screens show the rows' Select boxes only while picking (there is no room for them beside rename and delete). */
  picking: boolean;
  setPicking(on: boolean): void;
  toggle(id: string): void;
  /** Adds the rows from the anchor to `id` in `order` (the list as shown). */
  extendTo(order: readonly string[], id: string): void;
  /** The row a plain click opened: the next range starts there. */
  setAnchor(id: string): void;
  selectAll(ids: readonly string[]): void;
  clear(): void;
  /** Drops ids not in `candidates`. */
  keepOnly(candidates: readonly Candidate[]): void;
}

type CandidatesSource = Pick<StoreApi<{ candidates: readonly Candidate[] }>, 'subscribe'>;

export function createMultiSelectStore(candidates?: CandidatesSource): UseBoundStore<StoreApi<MultiSelectState>> {
  const store = create<MultiSelectState>()((set) => ({
    ids: new Set(),
    anchor: null,
    picking: false,
    setPicking: (picking) => set({ picking }),
    toggle: (id) => set((s) => ({ ids: toggled(s.ids, id), anchor: id })),
    extendTo: (order, id) => set((s) => ({ ids: withAdded(s.ids, rangeBetween(order, s.anchor, id)), anchor: id })),
    setAnchor: (anchor) => set({ anchor }),
    selectAll: (ids) => set({ ids: new Set(ids) }),
    clear: () => set({ ids: new Set(), anchor: null, picking: false }),
    keepOnly: (list) =>
      set((s) => {
        if (s.ids.size === 0 && s.anchor === null) return {};
        const present = new Set(list.map((c) => c.id));
        const ids = pruned(s.ids, (id) => present.has(id));
        const anchor = s.anchor !== null && present.has(s.anchor) ? s.anchor : null;
        return ids === s.ids && anchor === s.anchor ? {} : { ids, anchor };
      }),
  }));
  candidates?.subscribe((s, prev) => {
    if (s.candidates !== prev.candidates) store.getState().keepOnly(s.candidates);
  });
  return store;
}

export const useMultiSelectStore = createMultiSelectStore(useCandidatesStore);
