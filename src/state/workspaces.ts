// Named workspaces: each holds its own sites, compare set, settings and undo history, saved to
// IndexedDB a second after the last change (chunked, off the input path). The open workspace's
// settings and small lists are also in localStorage (read synchronously at start-up, shared between
// tabs); when the database cannot be used, the app keeps working on that copy and says so.
import { create } from 'zustand';
import type { Candidate } from '../candidates/types';
import { decodeHistory, encodeHistory, type StepCache } from '../candidates/historyCodec';
import { listFingerprint } from '../candidates/listFingerprint';
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
  /** Saves the open workspace now (a switch or export waits for it). */
  flush(): Promise<void>;
  create(name: string): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  switchTo(id: string): Promise<void>;
  remove(id: string): Promise<void>;
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
  let saving: Promise<void> = Promise.resolve();
  /** The state last saved (by reference), so a save of an unchanged workspace writes nothing. */
  let saved: OpenWorkspace | null = null;
  /** Set while a switch replaces the stores: their changes are not saves of the old workspace. */
  let switching = false;

  const store = create<WorkspacesState>()((set, get) => {
    const activeId = () => get().index?.activeId ?? null;
    const fail = async (what: string, e: unknown) => {
      const use = await b.storageUse();
      const reason = isQuotaError(e) ? 'the browser\'s storage is full' : `the browser's database refused it (${(e as Error)?.message ?? 'unknown error'})`;
      set({ problem: `${what}: ${reason}${use ? `; ${use}` : ''}. The app keeps working; export the workspace to keep it.` });
    };
    const updateMeta = (id: string, patch: Partial<WorkspaceMeta>): WorkspaceIndex | null => {
      const ix = get().index;
      if (!ix) return null;
      const next = { ...ix, items: ix.items.map((m) => (m.id === id ? { ...m, ...patch } : m)) };
      set({ index: next });
      return next;
    };

    const saveNow = async (): Promise<void> => {
      const id = activeId();
      if (!db || !id || switching || get().status !== 'ready') return;
      const w = b.read();
      if (saved && saved.candidates === w.candidates && saved.compareIds === w.compareIds && saved.history === w.history && saved.settings === w.settings) return;
      try {
        if (!saved || saved.settings !== w.settings) await db.saveSettings(id, w.settings);
        await db.list(id).save({ candidates: w.candidates, compareIds: w.compareIds });
        if (!saved || saved.history !== w.history || saved.candidates !== w.candidates) {
          await db.saveHistory(id, { fingerprint: listFingerprint(w.candidates), history: encodeHistory(w.history, w.candidates, { ...SAVED_HISTORY, cache }) });
        }
        const ix = updateMeta(id, { updatedAt: nowIso(), siteCount: w.candidates.length });
        if (ix) await db.saveIndex(ix);
        saved = w;
        if (get().problem) set({ problem: null });
      } catch (e) {
        await fail('Changes to this workspace are not saved', e);
      }
    };
    const flush = (): Promise<void> => {
      if (timer) clearTimeout(timer);
      timer = null;
      saving = saving.then(saveNow);
      return saving;
    };

    /** Reads a workspace from the database; its history only when it was saved with this same list. */
    const load = async (id: string): Promise<OpenWorkspace> => {
      const [settings, list, stored] = await Promise.all([db!.settings(id), db!.list(id).load(), db!.history(id)]);
      const candidates = list?.candidates ?? [];
      const history = stored && stored.fingerprint === listFingerprint(candidates) ? decodeHistory(stored.history, candidates, cache) : { past: [], future: [] };
      return { settings, candidates, compareIds: list?.compareIds ?? [], history };
    };
    const open = async (id: string, w: OpenWorkspace) => {
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

    return {
      status: db ? 'starting' : 'unavailable',
      problem: db ? null : 'Workspaces are not available: this browser does not allow its database here (private window or disabled site data). Your sites and settings are kept in local storage only.',
      index: null,
      busy: null,
      flush,
      async create(name) {
        const ix = get().index;
        if (!db || !ix) return;
        await store.getState().flush();
        const meta: WorkspaceMeta = { id: newId(), name: uniqueName(name, ix.items.map((m) => m.name)), createdAt: nowIso(), updatedAt: nowIso(), siteCount: 0 };
        const w: OpenWorkspace = { settings: DEFAULT_SETTINGS, candidates: [], compareIds: [], history: { past: [], future: [] } };
        try {
          await db.saveSettings(meta.id, w.settings);
          const next = { ...ix, activeId: meta.id, items: [...ix.items, meta] };
          await db.saveIndex(next);
          set({ index: next });
          await open(meta.id, w);
        } catch (e) {
          await fail(`"${meta.name}" was not created`, e);
        }
      },
      async rename(id, name) {
        const ix = get().index;
        const clean = name.trim().slice(0, 80);
        if (!db || !ix || !clean) return;
        const next = updateMeta(id, { name: uniqueName(clean, ix.items.filter((m) => m.id !== id).map((m) => m.name)) });
        try {
          if (next) await db.saveIndex(next);
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
          await flush();
          const w = await load(id);
          const next = { ...ix, activeId: id };
          set({ index: next });
          await open(id, w);
          await db.saveIndex(next);
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
            if (rest.length === 0) await get().create('My workspace');
            else await get().switchTo(rest[0].id);
          }
          const now = get().index!;
          const next = { ...now, items: now.items.filter((m) => m.id !== id) };
          set({ index: next });
          await db.saveIndex(next);
          await db.remove(id);
        } catch (e) {
          await fail('The workspace was not deleted', e);
        }
      },
      async exportParts() {
        const w = b.read();
        const name = get().index?.items.find((m) => m.id === activeId())?.name ?? 'My workspace';
        const content: WorkspaceContent = { name, settings: w.settings, candidates: w.candidates, compareIds: w.compareIds };
        return { name, parts: await workspaceFileParts(content, nowIso(), () => new Promise((r) => setTimeout(r, 0))) };
      },
      async importFile(text) {
        const content = parseWorkspaceFile(text);
        const ix = get().index;
        if (!db || !ix) throw new Error('Workspaces are not available in this browser, so a workspace file cannot be opened. Import its sites with Import sites instead.');
        set({ busy: `Opening ${content.name}…` });
        try {
          await flush();
          const meta: WorkspaceMeta = { id: newId(), name: uniqueName(content.name, ix.items.map((m) => m.name)), createdAt: nowIso(), updatedAt: nowIso(), siteCount: content.candidates.length };
          await db.saveSettings(meta.id, content.settings);
          await db.list(meta.id).save({ candidates: content.candidates, compareIds: content.compareIds });
          const next = { ...ix, activeId: meta.id, items: [...ix.items, meta] };
          await db.saveIndex(next);
          set({ index: next });
          await open(meta.id, { settings: content.settings, candidates: content.candidates, compareIds: content.compareIds, history: { past: [], future: [] } });
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
        if (b.activeId.get() !== ix.activeId) b.activeId.set(ix.activeId);
        await db.saveIndex(ix);
        set({ index: ix, status: 'ready' });
        // The undo history saved with this same list comes back; the list itself is the one the stores loaded.
        const stored = await db.history(ix.activeId);
        if (stored && stored.fingerprint === listFingerprint(current.candidates) && b.read().candidates === current.candidates) {
          const history = decodeHistory(stored.history, current.candidates, cache);
          b.apply({ ...current, history });
        }
        // Saved once now: the localStorage copy may hold an edit made after the last database save
        // (the tab closed within the save delay). An unchanged list is not written again.
        saved = null;
        void store.getState().flush();
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
