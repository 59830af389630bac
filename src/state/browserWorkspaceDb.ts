// The browser's workspace database (IndexedDB through idb-keyval: a small, well-kept key-value
// wrapper) and the open workspace's id, kept in localStorage beside the settings and small lists it
// belongs to. Undefined where IndexedDB or localStorage is missing (node, disabled site data).
import { createStore, del, get, keys, set } from 'idb-keyval';
import { createChunkedList, type AsyncKv } from './chunkedList';
import { createOverflowList, LARGE_LIST_MARKER, type LargeListStore } from './largeListStore';
import { newId } from '../candidates/types';
import { createWorkspaceDb, type WorkspaceDb } from './workspaceDb';

export const ACTIVE_WORKSPACE_KEY = 'gridscout.workspace';

export interface BrowserWorkspaceDb {
  kv: AsyncKv;
  db: WorkspaceDb;
  activeId: { get(): string | null; set(id: string): void };
  /** The open workspace's id, made up (and kept) on first use, before the workspaces have started. */
  ensureActiveId(): string;
}

function open(): BrowserWorkspaceDb | undefined {
  try {
    if (typeof indexedDB === 'undefined' || typeof localStorage === 'undefined') return undefined;
    const store = createStore('gridscout', 'workspace');
    const kv = { get: <T,>(k: string) => get<T>(k, store), set: (k: string, v: unknown) => set(k, v, store), del: (k: string) => del(k, store), keys: () => keys<string>(store) };
    const activeId = { get: () => localStorage.getItem(ACTIVE_WORKSPACE_KEY), set: (id: string) => localStorage.setItem(ACTIVE_WORKSPACE_KEY, id) };
    const ensureActiveId = () => activeId.get() ?? (activeId.set(newId()), activeId.get()!);
    return { kv, db: createWorkspaceDb(kv), activeId, ensureActiveId };
  } catch {
    return undefined;
  }
}

export const browserWorkspaceDb = open();

/** Before workspaces, a list too large for localStorage was kept under "candidates/…". */
const legacyList = browserWorkspaceDb ? createChunkedList(browserWorkspaceDb.kv, 'candidates') : null;

/**
 * The candidate store's overflow for a list too large for localStorage: the open workspace's own list
 * in the database. The pre-workspace copy is read from once, and deleted after its first save as a workspace.
 */
export function browserLargeList(): LargeListStore | undefined {
  const w = browserWorkspaceDb;
  if (!w || !legacyList) return undefined;
  return createOverflowList(() => w.db.list(w.ensureActiveId()), legacyList, {
    get: () => localStorage.getItem(LARGE_LIST_MARKER),
    set: (v: string) => localStorage.setItem(LARGE_LIST_MARKER, v),
    remove: () => localStorage.removeItem(LARGE_LIST_MARKER),
  });
}

/** Deletes the pre-workspace large-list copy once it is saved as a workspace. */
export const dropLegacyList = () => legacyList?.drop() ?? Promise.resolve();
