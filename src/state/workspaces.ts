// Named workspaces: each holds its own sites, compare set, settings and undo history, saved to
// IndexedDB a second after the last change (chunked, off the input path). The open workspace's
// settings and small lists are also in localStorage (read synchronously at start-up, shared between
// tabs); when the database cannot be used, the app keeps working on that copy and says so.
import { create } from 'zustand';
import type { Candidate } from '../candidates/types';
import { decodeHistory, encodeHistory, type StepCache } from '../candidates/historyCodec';
import { listFingerprint } from '../candidates/listFingerprint';
import { yieldToBrowser } from '../candidates/timeSlice';
import { newId } from '../candidates/types';
import type { HistoryEntry } from './candidatesStore';
import { isQuotaError } from './storageUse';
import { DEFAULT_SETTINGS, type WorkspaceDb, type WorkspaceIndex, type WorkspaceMeta, type WorkspaceSettings } from './workspaceDb';
import { parseWorkspaceFile, workspaceFileParts, type WorkspaceContent } from './workspaceFile';

/** What the stores hold for the open workspace. */
export interface OpenWorkspace {
  settings: WorkspaceSettings;
  candidates: Candidate[];
  compareIds: string[];
  history: { past: HistoryEntry[]; future: HistoryEntry[] };
}

/** How the service reads and sets the app's stores (the browser wires the real ones; tests their own). */
export interface WorkspaceBindings {
  read(): OpenWorkspace;
  apply(w: OpenWorkspace): void;
  /** Calls back on any change of what read() returns. */
  subscribe(onChange: () => void): () => void;
  /** Resolves once the candidate store has its start-up list (a large list is read back asynchronously). */
  ready: Promise<unknown>;
  /** The open workspace's id kept beside the localStorage copy (null before the first start). */
  activeId: { get(): string | null; set(id: string): void };
  /** How much storage is used, for a quota message. */
  storageUse(): Promise<string | null>;
  /** Legacy data to migrate once (the pre-workspace large-list store); deleted after the first save. */
  dropLegacy?(): Promise<void>;
}

export const SAVE_DELAY_MS = 1000;
/** History saved with the workspace: the nearest steps, up to this many and this many stored old site versions. */
export const SAVED_HISTORY = { maxSteps: 50, maxLiterals: 100_000 };
/** Longest a first database read may take before the app says it is blocked and carries on without it. */
export const OPEN_TIMEOUT_MS = 5000;

export type WorkspaceStatus = 'starting' | 'ready' | 'unavailable';

export interface WorkspacesState {
  status: WorkspaceStatus;
  /** Why the workspaces are not available, or why the last save failed (for the banner); null when fine. */
  problem: string | null;
  index: WorkspaceIndex | null;
  /** What is being done right now ("Opening Texas sites…"), for the menu. */
  busy: string | null;
  /** Saves the open workspace now (a switch or export waits for it); false when the save failed. */
  flush(): Promise<boolean>;
  create(name: string): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  switchTo(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** Reads the list of workspaces again (another tab may have changed it). */
  refresh(): Promise<void>;
  /** Another tab opened workspace `id`: open it here too, without saving over it. */
  follow(id: string): Promise<void>;
  /** The open workspace as file parts. */
  exportParts(): Promise<{ name: string; parts: string[] }>;
  /** Opens a workspace file as a new workspace; resolves to a message about skipped rows, or throws with what is wrong. */
  importFile(text: string): Promise<string | null>;
}

const nowIso = () => new Date().toISOString();

/** "Texas sites", "Texas sites (2)", …: unique among the workspace names. */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = name.trim() || 'Untitled workspace';
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} (${i})`)) return `${base} (${i})`;
}

const withTimeout = <T,>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(what)), ms))]);

export function createWorkspaces(db: WorkspaceDb | null, b: WorkspaceBindings, opts: { openTimeoutMs?: number; saveDelayMs?: number } = {}) {
  const saveDelay = opts.saveDelayMs ?? SAVE_DELAY_MS;
  const cache: StepCache = new WeakMap();
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The state last saved (by reference), so a save of an unchanged workspace writes nothing. */
  let saved: OpenWorkspace | null = null;
  /** Set while a switch replaces the stores: their changes are not saves of the old workspace. */
  let switching = false;
  /** Set while the open workspace is being deleted: opening another need not save it first. */
  let discarding = false;
  /** The workspace's saved undo history, only when it was saved with this same list (else none). */
  const historyFor = async (id: string, candidates: Candidate[]): Promise<OpenWorkspace['history']> => {
    const stored = await db!.history(id);
    return stored && stored.fingerprint === (await listFingerprint(candidates, yieldToBrowser)) ? decodeHistory(stored.history, candidates, cache) : { past: [], future: [] };
  };
  /** Reads a workspace from the database. */
  const load = async (id: string): Promise<OpenWorkspace> => {
    const [settings, list] = await Promise.all([db!.settings(id), db!.list(id).load()]);
    const candidates = list?.candidates ?? [];
    return { settings, candidates, compareIds: list?.compareIds ?? [], history: await historyFor(id, candidates) };
  };
  /** Puts a workspace into the stores (their changes meanwhile are not saves of the one left). */
  const open = (id: string, w: OpenWorkspace) => {
    switching = true;
    try {
      // The id first: a large list's overflow copy is written under the workspace it belongs to.
      b.activeId.set(id);
      b.apply(w);
    } finally {
      switching = false;
    }
    saved = b.read();
  };

  const store = create<WorkspacesState>()((set, get) => {
    const activeId = () => get().index?.activeId ?? null;
    const fail = async (what: string, e: unknown) => {
      const use = await b.storageUse();
      const reason = isQuotaError(e) ? 'the browser\'s storage is full' : `the browser's database refused it (${(e as Error)?.message ?? 'unknown error'})`;
      set({ problem: `${what}: ${reason}${use ? `; ${use}` : ''}. The app keeps working; export the workspace to keep it.` });
    };
    /**
     * Changes the index as stored now (another tab may have added or renamed a workspace since this
     * one read it), saves it and keeps it.
     */
    const mutateIndex = async (fn: (ix: WorkspaceIndex) => WorkspaceIndex): Promise<WorkspaceIndex> => {
      const stored = await db!.index();
      const own = get().index;
      // The names and counts as stored; which workspace is open stays this tab's own.
      const next = fn(stored ? { ...stored, activeId: own?.activeId ?? stored.activeId } : own!);
      await db!.saveIndex(next);
      set({ index: next });
      return next;
    };
    const namesBut = (ix: WorkspaceIndex, id?: string) => ix.items.filter((m) => m.id !== id).map((m) => m.name);

    /** True when the workspace is saved (or there was nothing to save), false when the save failed. */
    const saveNow = async (): Promise<boolean> => {
      const id = activeId();
      // Another tab opened another workspace (the shared id moved): these stores follow it, never save into it.
      if (!db || !id || switching || get().status !== 'ready' || b.activeId.get() !== id) return true;
      const w = b.read();
      if (saved && saved.candidates === w.candidates && saved.compareIds === w.compareIds && saved.history === w.history && saved.settings === w.settings) return true;
      try {
        if (!saved || saved.settings !== w.settings) await db.saveSettings(id, w.settings);
        await db.list(id).save({ candidates: w.candidates, compareIds: w.compareIds });
        if (!saved || saved.history !== w.history || saved.candidates !== w.candidates) {
          // Encoding and fingerprinting 100,000 sites take tens of ms each: in a task of their own, not after the list's last chunk.
          await yieldToBrowser();
          await db.saveHistory(id, { fingerprint: await listFingerprint(w.candidates, yieldToBrowser), history: encodeHistory(w.history, w.candidates, { ...SAVED_HISTORY, cache }) });
        }
        await mutateIndex((ix) => ({ ...ix, items: ix.items.map((m) => (m.id === id ? { ...m, updatedAt: nowIso(), siteCount: w.candidates.length } : m)) }));
        saved = w;
        if (get().problem) set({ problem: null });
        return true;
      } catch (e) {
        await fail('Changes to this workspace are not saved', e);
        return false;
      }
    };
    let saving: Promise<boolean> = Promise.resolve(true);
    const flush = (): Promise<boolean> => {
      if (timer) clearTimeout(timer);
      timer = null;
      saving = saving.then(saveNow);
      return saving;
    };
    /** Before opening another workspace: the open one must be saved, or its unsaved edits would be lost. */
    const savedFirst = async (what: string): Promise<boolean> => {
      // Leaving a workspace that is being deleted: its edits need no saving.
      if (discarding) return true;
      if (await flush()) return true;
      set({ problem: `${what}: the open workspace could not be saved first, so it stays open (${get().problem ?? 'unknown error'}).` });
      return false;
    };


    return {
      status: db ? 'starting' : 'unavailable',
      problem: db ? null : 'Workspaces are not available: this browser does not allow its database here (private window or disabled site data). Your sites and settings are kept in local storage only.',
      index: null,
      busy: null,
      flush,
      async create(name) {
        const ix = get().index;
        if (!db || !ix) return;
        if (!(await savedFirst(`"${name}" was not created`))) return;
        const meta: WorkspaceMeta = { id: newId(), name, createdAt: nowIso(), updatedAt: nowIso(), siteCount: 0 };
        const w: OpenWorkspace = { settings: DEFAULT_SETTINGS, candidates: [], compareIds: [], history: { past: [], future: [] } };
        try {
          await db.saveSettings(meta.id, w.settings);
          await mutateIndex((ix) => ({ ...ix, activeId: meta.id, items: [...ix.items, { ...meta, name: uniqueName(name, namesBut(ix)) }] }));
          open(meta.id, w);
        } catch (e) {
          await fail(`"${meta.name}" was not created`, e);
        }
      },
      async rename(id, name) {
        const ix = get().index;
        const clean = name.trim().slice(0, 80);
        if (!db || !ix || !clean) return;
        try {
          await mutateIndex((fresh) => ({ ...fresh, items: fresh.items.map((m) => (m.id === id ? { ...m, name: uniqueName(clean, namesBut(fresh, id)) } : m)) }));
        } catch (e) {
          await fail('The new name is not saved', e);
        }
      },
      async switchTo(id) {
        const ix = get().index;
        const meta = ix?.items.find((m) => m.id === id);
        if (!db || !ix || !meta || id === ix.activeId) return;
        set({ busy: `Opening ${meta.name}…` });
        try {
          if (!(await savedFirst(`"${meta.name}" was not opened`))) return;
          const w = await load(id);
          await mutateIndex((fresh) => ({ ...fresh, activeId: id }));
          open(id, w);
        } catch (e) {
          await fail(`"${meta.name}" could not be opened`, e);
        } finally {
          set({ busy: null });
        }
      },
      async remove(id) {
        const ix = get().index;
        if (!db || !ix || !ix.items.some((m) => m.id === id)) return;
        const rest = ix.items.filter((m) => m.id !== id);
        try {
          if (id === ix.activeId) {
            // Deleting the open workspace opens another (a new empty one when it was the last).
            discarding = true;
            try {
              if (rest.length === 0) await get().create('My workspace');
              else await get().switchTo(rest[0].id);
            } finally {
              discarding = false;
            }
            // Still open (the other could not be opened): it is not deleted.
            if (get().index?.activeId === id) return;
          }
          await mutateIndex((fresh) => ({ ...fresh, items: fresh.items.filter((m) => m.id !== id) }));
          await db.remove(id);
        } catch (e) {
          await fail('The workspace was not deleted', e);
        }
      },
      async refresh() {
        if (!db || get().status !== 'ready') return;
        const stored = await db.index().catch(() => null);
        if (stored) set({ index: stored });
      },
      async follow(id) {
        // Another tab opened workspace `id`: show it here too (that tab saved this one's state before switching).
        if (!db || get().status !== 'ready' || id === activeId()) return;
        switching = true;
        try {
          const stored = await db.index();
          const w = await load(id);
          if (stored) set({ index: { ...stored, activeId: id } });
          open(id, w);
        } finally {
          switching = false;
        }
      },
      async exportParts() {
        const w = b.read();
        const name = get().index?.items.find((m) => m.id === activeId())?.name ?? 'My workspace';
        const content: WorkspaceContent = { name, settings: w.settings, candidates: w.candidates, compareIds: w.compareIds };
        return { name, parts: await workspaceFileParts(content, nowIso(), yieldToBrowser) };
      },
      async importFile(text) {
        const content = parseWorkspaceFile(text);
        const ix = get().index;
        if (!db || !ix) throw new Error('Workspaces are not available in this browser, so a workspace file cannot be opened. Import its sites with Import sites instead.');
        if (!(await savedFirst('The workspace file was not opened'))) throw new Error(get().problem ?? 'The workspace file was not opened.');
        set({ busy: `Opening ${content.name}…` });
        try {
          const meta: WorkspaceMeta = { id: newId(), name: content.name, createdAt: nowIso(), updatedAt: nowIso(), siteCount: content.candidates.length };
          await db.saveSettings(meta.id, content.settings);
          await db.list(meta.id).save({ candidates: content.candidates, compareIds: content.compareIds });
          await mutateIndex((fresh) => ({ ...fresh, activeId: meta.id, items: [...fresh.items, { ...meta, name: uniqueName(content.name, namesBut(fresh)) }] }));
          open(meta.id, { settings: content.settings, candidates: content.candidates, compareIds: content.compareIds, history: { past: [], future: [] } });
        } catch (e) {
          await fail('The workspace file was not opened', e);
          throw new Error(get().problem ?? 'The workspace file was not opened.');
        } finally {
          set({ busy: null });
        }
        return content.skipped > 0 ? `${content.skipped.toLocaleString('en-US')} rows of the file were not sites (no id or no valid position) and were left out.` : null;
      },
    };
  });

  /** Start-up: read (or create, migrating what the app already holds) the index, restore history, start saving. */
  const start = async (): Promise<void> => {
    if (!db) return;
    const set = store.setState;
    try {
      await b.ready;
      let ix = await withTimeout(db.index(), opts.openTimeoutMs ?? OPEN_TIMEOUT_MS, 'the database did not open in time (another GridScout tab may be holding it)');
      const current = b.read();
      if (ix === null) {
        // A damaged index: keep it aside, rebuild one from the workspaces still stored (nothing is lost).
        await db.set(`workspaces.backup-${nowIso()}`, await db.rawIndex());
        const ids = await db.storedIds();
        const kept = b.activeId.get();
        const items: WorkspaceMeta[] = ids.map((id, i) => ({ id, name: id === kept ? 'My workspace' : `Recovered workspace ${i + 1}`, createdAt: nowIso(), updatedAt: nowIso(), siteCount: 0 }));
        if (kept && !ids.includes(kept)) items.unshift({ id: kept, name: 'My workspace', createdAt: nowIso(), updatedAt: nowIso(), siteCount: current.candidates.length });
        ix = items.length ? { version: 1, activeId: kept && items.some((m) => m.id === kept) ? kept : items[0].id, items } : undefined;
        set({ problem: 'The list of workspaces was damaged; it was rebuilt from the workspaces still stored (names may need to be set again).' });
      }
      if (ix === undefined) {
        // First start with workspaces: what the app holds (localStorage, or the older large-list store) becomes "My workspace".
        const id = b.activeId.get() ?? newId();
        ix = { version: 1, activeId: id, items: [{ id, name: 'My workspace', createdAt: nowIso(), updatedAt: nowIso(), siteCount: current.candidates.length }] };
        await db.saveIndex(ix);
        b.activeId.set(id);
        set({ index: ix, status: 'ready' });
        await store.getState().flush();
        await b.dropLegacy?.();
      } else {
        const localId = b.activeId.get();
        if (localId !== null && ix.items.some((m) => m.id === localId)) {
          // The usual start: localStorage holds this workspace's latest state. Its undo history, saved
          // with this same list, comes back; the list itself is the one the stores loaded.
          ix = { ...ix, activeId: localId };
          await db.saveIndex(ix);
          set({ index: ix, status: 'ready' });
          const history = await historyFor(localId, current.candidates);
          if (history.past.length + history.future.length > 0 && b.read().candidates === current.candidates) b.apply({ ...current, history });
          // Saved once now: localStorage may hold an edit made after the last database save (the tab
          // closed within the save delay). An unchanged list is not written again.
          saved = null;
          void store.getState().flush();
        } else if (localId !== null && current.candidates.length > 0) {
          // Sites in localStorage for a workspace the database does not list: kept as a workspace of their own.
          const fresh = ix;
          ix = { ...fresh, activeId: localId, items: [...fresh.items, { id: localId, name: uniqueName('Recovered workspace', fresh.items.map((m) => m.name)), createdAt: nowIso(), updatedAt: nowIso(), siteCount: current.candidates.length }] };
          await db.saveIndex(ix);
          set({ index: ix, status: 'ready' });
          saved = null;
          void store.getState().flush();
        } else {
          // Nothing in localStorage (site data partly cleared): the database's open workspace is read back.
          set({ index: ix, status: 'ready' });
          open(ix.activeId, await load(ix.activeId));
        }
      }
    } catch (e) {
      set({ status: 'unavailable', problem: `Workspaces are not available: ${(e as Error)?.message ?? 'the browser\'s database could not be read'}. Your sites and settings are kept in local storage only.` });
      return;
    }
    b.subscribe(() => {
      if (switching) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void store.getState().flush(), saveDelay);
    });
  };

  return { store, start };
}
