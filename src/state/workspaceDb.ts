// Named workspaces in IndexedDB: an index (names, active one, counts) and per workspace its
// settings, candidate list (chunked) and undo history (encoded against the list). Every read is
// checked: a damaged record reads as missing, never as a crash.
import type { EncodedHistory } from '../candidates/historyCodec';
import type { Constraints } from '../scoring/constraints';
import type { EconomicsInputs } from '../scoring/economicsDefaults';
import { isProfileId, type ProfileId } from '../scoring/profiles';
import { createChunkedList, type AsyncKv, type ChunkedList } from './chunkedList';
import type { WeightOverrides } from './scoringStore';
import { validScalars, validWeights } from './settingsPersist';

export interface WorkspaceMeta {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  siteCount: number;
}

export interface WorkspaceIndex {
  version: 1;
  activeId: string;
  items: WorkspaceMeta[];
}

export interface WorkspaceSettings {
  facilityType: ProfileId;
  weights: WeightOverrides;
  constraints: Constraints;
  economics: Partial<EconomicsInputs>;
}

export interface StoredHistory {
  /** Fingerprint of the list the history was encoded against: it is used only on that same list. */
  fingerprint: string;
  history: EncodedHistory;
}

export const DEFAULT_SETTINGS: WorkspaceSettings = { facilityType: 'hybrid', weights: { mining: {}, ai: {}, hybrid: {} }, constraints: {}, economics: {} };

const INDEX_KEY = 'workspaces';

/** Throws with a reason when `x` is not settings; unknown fields are dropped, bad values skipped. */
export function validSettings(x: unknown): WorkspaceSettings {
  if (!x || typeof x !== 'object') throw new Error('the settings are not an object');
  const o = x as Record<string, unknown>;
  const t = o.facilityType;
  return {
    facilityType: typeof t === 'string' && isProfileId(t) ? t : 'hybrid',
    weights: validWeights(o.weights ?? {}),
    constraints: validScalars(o.constraints),
    economics: validScalars(o.economics),
  };
}

/** Null when the stored index is damaged (the caller keeps it aside and rebuilds). */
export function validIndex(x: unknown): WorkspaceIndex | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Partial<WorkspaceIndex>;
  if (o.version !== 1 || typeof o.activeId !== 'string' || !Array.isArray(o.items)) return null;
  const items = o.items.filter((m): m is WorkspaceMeta => !!m && typeof m.id === 'string' && typeof m.name === 'string');
  if (items.length === 0) return null;
  return { version: 1, activeId: items.some((m) => m.id === o.activeId) ? o.activeId : items[0].id, items: items.map((m) => ({ ...m, siteCount: Number.isFinite(m.siteCount) ? m.siteCount : 0, createdAt: String(m.createdAt ?? ''), updatedAt: String(m.updatedAt ?? '') })) };
}

export function createWorkspaceDb(kv: AsyncKv & { keys?(): Promise<string[]> }) {
  const lists = new Map<string, ChunkedList>();
  const list = (id: string) => {
    let l = lists.get(id);
    if (!l) lists.set(id, (l = createChunkedList(kv, `ws/${id}/candidates`)));
    return l;
  };
  return {
    /** The stored index: undefined when there is none yet, null when it is damaged. */
    async index(): Promise<WorkspaceIndex | null | undefined> {
      const raw = await kv.get<unknown>(INDEX_KEY);
      return raw === undefined ? undefined : validIndex(raw);
    },
    /** The raw index value, to keep a damaged one aside. */
    rawIndex: () => kv.get<unknown>(INDEX_KEY),
    saveIndex: (ix: WorkspaceIndex) => kv.set(INDEX_KEY, ix),
    set: (key: string, value: unknown) => kv.set(key, value),
    /** Ids of workspaces that have stored settings (to rebuild a damaged index). */
    async storedIds(): Promise<string[]> {
      if (!kv.keys) return [];
      const ids = new Set<string>();
      for (const k of await kv.keys()) {
        const m = /^ws\/([^/]+)\/settings$/.exec(String(k));
        if (m) ids.add(m[1]);
      }
      return [...ids];
    },
    list,
    async settings(id: string): Promise<WorkspaceSettings> {
      const raw = await kv.get<unknown>(`ws/${id}/settings`);
      if (raw === undefined) return DEFAULT_SETTINGS;
      try {
        return validSettings(raw);
      } catch {
        return DEFAULT_SETTINGS;
      }
    },
    saveSettings: (id: string, s: WorkspaceSettings) => kv.set(`ws/${id}/settings`, s),
    async history(id: string): Promise<StoredHistory | null> {
      const raw = await kv.get<StoredHistory>(`ws/${id}/history`);
      return raw && typeof raw.fingerprint === 'string' && raw.history && typeof raw.history === 'object' ? raw : null;
    },
    saveHistory: (id: string, h: StoredHistory) => kv.set(`ws/${id}/history`, h),
    /** Deletes every record of the workspace (not the index entry). */
    async remove(id: string): Promise<void> {
      await list(id).drop();
      lists.delete(id);
      await kv.del(`ws/${id}/settings`);
      await kv.del(`ws/${id}/history`);
    },
  };
}

export type WorkspaceDb = ReturnType<typeof createWorkspaceDb>;
