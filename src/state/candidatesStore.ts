// The user's candidate sites: list, shortlist stars, compare set, add-site mode and undo of the last
// delete. Candidates and the compare set persist (schema-versioned); modes and undo do not.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Candidate } from '../candidates/types';
import { newId } from '../candidates/types';
import { round6 } from '../io/coordinate';
import { browserStorage, guardedStorage, backUp, STORAGE_BUDGET_CHARS, type StorageLike } from './guardedStorage';
import { reportSave } from './saveStatusStore';
import { browserLargeList } from './browserWorkspaceDb';
import type { LargeListStore } from './largeListStore';
import { CANDIDATES_SCHEMA, migrateCandidates, type PersistedCandidates } from './candidatesMigrate';
import { reportRecovery } from './recoveryStore';

export const CANDIDATES_KEY = 'gridscout.candidates';
export const MAX_COMPARE = 6;

/** One undoable step: the list before it, and what it was. */
export interface HistoryEntry {
  label: string;
  candidates: Candidate[];
}

/** Undo levels kept; each holds a reference to a list (the lists share their candidate objects). */
export const HISTORY_LIMIT = 200;

export interface CandidatesState extends PersistedCandidates {
  selectedId: string | null;
  addMode: boolean;
  /** The last deleted candidate and its place, for undo. */
  lastDeleted: { candidate: Candidate; index: number; step?: HistoryEntry } | null;
  /**
   * Where the site being dragged is right now. Kept out of `candidates` until the drop, so that a drag
   * among 100,000 sites does not rebuild the list (sort, summaries, map diff, save) every frame; the
   * pin and the live score readout follow this instead. Not persisted.
   */
  dragPreview: { id: string; lon: number; lat: number } | null;
  /** Edits of the list that undo/redo step through (labels say what each did). Not persisted. */
  history: { past: HistoryEntry[]; future: HistoryEntry[] };
  /** Puts the list back as it was before the last edit; redo re-applies it. */
  undo(): void;
  redo(): void;
  /** Several edits as one step (bulk star, delete, …): `fn` runs the edits, undo reverts them together. */
  batch(label: string, fn: () => void): void;
  addCandidates(cs: Candidate[]): void;
  addAt(lon: number, lat: number, name?: string): Candidate;
  rename(id: string, name: string): void;
  /** Sets one of the site's own columns (e.g. "notes"); an empty value removes it. */
  setProp(id: string, key: string, value: string): void;
  /** During a drag: the site's position so far (the list is unchanged). */
  dragTo(id: string, lon: number, lat: number): void;
  /** End of a drag: writes the previewed position to the list (one update) and clears the preview. */
  dropDrag(): void;
  remove(id: string): void;
  undoRemove(): void;
  /** Forget the last delete (the undo bar's dismiss). */
  dismissUndo(): void;
  toggleStar(id: string): void;
  /** Bulk: shortlist (or un-shortlist) these sites, one undo step. */
  setStarred(ids: readonly string[], starred: boolean): void;
  /** Bulk: delete these sites, one undo step. */
  removeMany(ids: readonly string[]): void;
  toggleCompare(id: string): void;
  select(id: string | null): void;
  setAddMode(on: boolean): void;
  /** Why the last map click in add-site mode added nothing (outside the study area); null once it no longer applies. */
  addRefusal: string | null;
  refuseAdd(message: string | null): void;
}

/** Estimated from a sample, so 100,000 sites are not serialised only to hit the quota. */
export function candidatesTooLarge(state: PersistedCandidates): string | null {
  const n = state.candidates.length;
  if (n < 2000) return null;
  const step = Math.floor(n / 50);
  let sample = 0;
  for (let i = 0; i < n; i += step) sample += JSON.stringify(state.candidates[i]).length + 1;
  const estimate = (sample / Math.ceil(n / step)) * n;
  if (estimate <= STORAGE_BUDGET_CHARS) return null;
  return `${n.toLocaleString('en-US')} sites (~${(estimate / 1e6).toFixed(0)} MB) are more than browser storage holds (~5 MB); they stay only until this tab closes`;
}

/**
 * Two tabs: each save writes the whole state, so the last write wins and the stored value is always
 * one tab's complete state. When another tab saves, this one reloads it (the `storage` event), so
 * both show the same list instead of overwriting each other with stale copies.
 */
export function syncAcrossTabs(store: { persist: { rehydrate(): Promise<void> | void } }, target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === CANDIDATES_KEY && e.newValue !== null) void store.persist.rehydrate();
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}

function pushed(h: CandidatesState['history'], label: string, before: Candidate[]): CandidatesState['history'] {
  return { past: [...h.past, { label, candidates: before }].slice(-HISTORY_LIMIT), future: [] };
}

/**
 * One step back (from `past`) or forward (from `future`): the list of that entry, the current list
 * moved to the other stack, and compare/selection kept only for sites that still exist.
 */
function stepped(s: CandidatesState, from: 'past' | 'future'): Partial<CandidatesState> {
  const entry = s.history[from].at(-1);
  if (!entry) return {};
  const to = from === 'past' ? 'future' : 'past';
  const ids = new Set(entry.candidates.map((c) => c.id));
  const history = { [from]: s.history[from].slice(0, -1), [to]: [...s.history[to], { label: entry.label, candidates: s.candidates }] } as CandidatesState['history'];
  return {
    candidates: entry.candidates,
    history,
    compareIds: s.compareIds.filter((id) => ids.has(id)),
    selectedId: s.selectedId && ids.has(s.selectedId) ? s.selectedId : null,
  };
}


/**
 * `large`: where a list too big for `storage` is kept (IndexedDB in the browser); it is read back
 * after start-up and replaces the smaller list localStorage still holds.
 */
export function createCandidatesStore(storage: StorageLike, large?: LargeListStore): UseBoundStore<StoreApi<CandidatesState>> & { persist: { rehydrate(): Promise<void> | void }; ready: Promise<void> } {
  /** Set while batch() runs: its edits are recorded as one step at the end. */
  let batching = false;
  /** The new list, and the history step that undoes it (none inside a batch). */
  const edited = (s: CandidatesState, label: string, candidates: Candidate[]): Pick<CandidatesState, 'candidates'> & Partial<CandidatesState> =>
    batching ? { candidates } : { candidates, history: pushed(s.history, label, s.candidates) };
  // The list as last read from the overflow database: writing it straight back would be wasted work.
  let fromLarge: Candidate[] | null = null;
  const persistStorage = guardedStorage<PersistedCandidates>(storage, CANDIDATES_SCHEMA, reportRecovery, {
    onSave: reportSave,
    tooLarge: candidatesTooLarge,
    ...(large && {
      overflow: (s: PersistedCandidates) => (s.candidates === fromLarge ? Promise.resolve() : large.save({ candidates: s.candidates, compareIds: s.compareIds })),
      onFits: () => void large.clear(),
    }),
  });
  const store = create<CandidatesState>()(
    persist(
      (set, get) => ({
        candidates: [],
        compareIds: [],
        selectedId: null,
        addMode: false,
        addRefusal: null,
        lastDeleted: null,
        dragPreview: null,
        history: { past: [], future: [] },
        undo: () => set((s) => ({ ...stepped(s, 'past'), lastDeleted: null })),
        redo: () => set((s) => stepped(s, 'future')),
        batch: (label, fn) => {
          const before = get().candidates;
          batching = true;
          try {
            fn();
          } finally {
            batching = false;
          }
          const s = get();
          if (s.candidates !== before) set({ history: pushed(s.history, label, before) });
        },
        addCandidates: (cs) => set((s) => edited(s, cs.length === 1 ? `add ${cs[0].name}` : `import ${cs.length.toLocaleString('en-US')} sites`, [...s.candidates, ...cs])),
        addAt: (lon, lat, name) => {
          const c: Candidate = { id: newId(), name: name?.trim() || `Site ${get().candidates.length + 1}`, lon: round6(lon), lat: round6(lat), starred: false, props: {}, addedAt: new Date().toISOString() };
          set((s) => ({ ...edited(s, `add ${c.name}`, [...s.candidates, c]), selectedId: c.id, addRefusal: null }));
          return c;
        },
        rename: (id, name) =>
          set((s) => {
            const old = s.candidates.find((c) => c.id === id);
            if (!old || !name.trim() || old.name === name.trim()) return {};
            return edited(s, `rename ${old.name}`, s.candidates.map((c) => (c.id === id ? { ...c, name: name.trim() } : c)));
          }),
        setProp: (id, key, value) =>
          set((s) => edited(s, `edit ${key}`, s.candidates.map((c) => {
              if (c.id !== id) return c;
              const props = { ...c.props };
              if (value === '') delete props[key];
              else props[key] = value;
              return { ...c, props };
            }))),
        dragTo: (id, lon, lat) => set({ dragPreview: { id, lon: round6(lon), lat: round6(lat) } }),
        dropDrag: () =>
          set((s) => {
            const p = s.dragPreview;
            if (!p) return {};
            const i = s.candidates.findIndex((c) => c.id === p.id);
            const c = s.candidates[i];
            // Dropped where it was (or deleted meanwhile): the list stays the same array.
            if (!c || (c.lon === p.lon && c.lat === p.lat)) return { dragPreview: null };
            // One write, in the same update that clears the preview (the pin does not jump back).
            const candidates = s.candidates.slice();
            candidates[i] = { ...c, lon: p.lon, lat: p.lat };
            return { dragPreview: null, ...edited(s, `move ${c.name}`, candidates) };
          }),
        remove: (id) =>
          set((s) => {
            const index = s.candidates.findIndex((c) => c.id === id);
            if (index < 0) return {};
            const change = edited(s, `delete ${s.candidates[index].name}`, s.candidates.filter((c) => c.id !== id));
            return {
              ...change,
              compareIds: s.compareIds.filter((x) => x !== id),
              selectedId: s.selectedId === id ? null : s.selectedId,
              dragPreview: s.dragPreview?.id === id ? null : s.dragPreview,
              // The step this delete pushed: the undo bar undoes it as Ctrl+Z would while it is the last one.
              lastDeleted: { candidate: s.candidates[index], index, step: change.history?.past.at(-1) },
            };
          }),
        // The undo bar's button: the same step as Ctrl+Z when the delete is the last edit.
        undoRemove: () => {
          const s = get();
          if (!s.lastDeleted) return;
          if (s.lastDeleted.step && s.history.past.at(-1) === s.lastDeleted.step) return s.undo();
          set((st) => {
            const next = [...st.candidates];
            next.splice(Math.min(st.lastDeleted!.index, next.length), 0, st.lastDeleted!.candidate);
            return { ...edited(st, `restore ${st.lastDeleted!.candidate.name}`, next), lastDeleted: null };
          });
        },
        dismissUndo: () => set({ lastDeleted: null }),
        toggleStar: (id) =>
          set((s) => {
            const c = s.candidates.find((x) => x.id === id);
            return c ? edited(s, `${c.starred ? 'unstar' : 'star'} ${c.name}`, s.candidates.map((x) => (x.id === id ? { ...x, starred: !x.starred } : x))) : {};
          }),
        setStarred: (ids, starred) =>
          set((s) => {
            const set_ = new Set(ids);
            const changed = s.candidates.filter((c) => set_.has(c.id) && c.starred !== starred).length;
            if (!changed) return {};
            const label = `${starred ? 'shortlist' : 'un-shortlist'} ${changed.toLocaleString('en-US')} sites`;
            return edited(s, label, s.candidates.map((c) => (set_.has(c.id) && c.starred !== starred ? { ...c, starred } : c)));
          }),
        removeMany: (ids) =>
          set((s) => {
            const gone = new Set(ids);
            const candidates = s.candidates.filter((c) => !gone.has(c.id));
            if (candidates.length === s.candidates.length) return {};
            return {
              ...edited(s, `delete ${(s.candidates.length - candidates.length).toLocaleString('en-US')} sites`, candidates),
              compareIds: s.compareIds.filter((x) => !gone.has(x)),
              selectedId: s.selectedId && gone.has(s.selectedId) ? null : s.selectedId,
              dragPreview: s.dragPreview && gone.has(s.dragPreview.id) ? null : s.dragPreview,
              lastDeleted: null,
            };
          }),
        toggleCompare: (id) =>
          set((s) => {
            if (s.compareIds.includes(id)) return { compareIds: s.compareIds.filter((x) => x !== id) };
            if (s.compareIds.length >= MAX_COMPARE) return {};
            return { compareIds: [...s.compareIds, id] };
          }),
        select: (selectedId) => set({ selectedId }),
        setAddMode: (addMode) => set({ addMode, addRefusal: null }),
        refuseAdd: (addRefusal) => set({ addRefusal }),
      }),
      {
        name: CANDIDATES_KEY,
        version: CANDIDATES_SCHEMA,
        storage: persistStorage,
        partialize: (s) => ({ candidates: s.candidates, compareIds: s.compareIds }),
        migrate: (state, version) => migrateCandidates(state, version),
        // Same-version state is still checked: a hand-edited or half-written value must not crash the list.
        merge: (persisted, current) => (persisted ? { ...current, ...migrateCandidates(persisted, CANDIDATES_SCHEMA) } : current),
        onRehydrateStorage: () => (_state, error) => {
          if (!error) return;
          const backupKey = backUp(storage, CANDIDATES_KEY, persistStorage.lastRaw(CANDIDATES_KEY));
          // The failed hydration left the initial (empty) state in place: the app starts clean.
          reportRecovery({ key: CANDIDATES_KEY, backupKey, reason: (error as Error).message });
        },
      },
    ),
  );
  // Resolves once the start-up list is in place (a large list is read back from the database).
  const ready = !large
    ? Promise.resolve()
    : large.load().then(
      (saved) => {
        if (!saved) return;
        fromLarge = saved.candidates;
        store.setState({ candidates: saved.candidates, compareIds: saved.compareIds, history: { past: [], future: [] } });
      },
      (e: Error) => reportSave(CANDIDATES_KEY, `the saved list could not be read back from the browser's database (${e?.message ?? 'unknown error'})`),
    );
  return Object.assign(store, { ready });
}

export const useCandidatesStore = createCandidatesStore(browserStorage(), browserLargeList());
if (typeof window !== 'undefined') syncAcrossTabs(useCandidatesStore, window);
