// Storage for zustand persist that never lets a bad stored value break start-up: an unreadable
// (not JSON, wrong shape) or newer-than-supported value is copied to "<key>.backup-<time>", removed,
// and reported through onRecover so the app can say so and start clean.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isQuotaError } from './storageUse';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Recovery {
  key: string;
  backupKey: string | null;
  reason: string;
}

export function memoryStorage(): StorageLike {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

export function browserStorage(): StorageLike {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Storage can be disabled (privacy settings): keep working in memory.
  }
  return memoryStorage();
}

/** Moves a bad stored value aside; returns the backup key (null when even that failed). */
export function backUp(storage: StorageLike, key: string, raw: string | null): string | null {
  let backupKey: string | null = `${key}.backup-${new Date().toISOString()}`;
  try {
    if (raw !== null) storage.setItem(backupKey, raw);
    else backupKey = null;
  } catch {
    backupKey = null;
  }
  try {
    storage.removeItem(key);
  } catch {
    // nothing more to do: the app still starts with defaults
  }
  return backupKey;
}

export interface SaveOptions<S> {
  /** Called after every save attempt: null when saved, else why not (quota, disabled storage, too large). */
  onSave?(key: string, problem: string | null): void;
  /** A reason not to even try (e.g. the state is far over any browser's quota), checked cheaply first. */
  tooLarge?(state: S): string | null;
  /** Where a state too large for this storage goes instead (IndexedDB); its failure is reported as the save's problem. */
  overflow?(state: S): Promise<void>;
  /** A save fitted this storage again: forget the overflow copy. */
  onFits?(): void;
}

/** Browsers keep ~5 M characters of localStorage per site; a save is refused up front well before. */
export const STORAGE_BUDGET_CHARS = 4_500_000;

export function guardedStorage<S>(storage: StorageLike, version: number, onRecover: (r: Recovery) => void, opts: SaveOptions<S> = {}): PersistStorage<S> & { lastRaw(key: string): string | null } {
  const raws = new Map<string, string | null>();
  // What was last read or written per key: a save of the same state (by reference, then by text) is
  // skipped, so selecting a site does not re-serialise 100,000 of them and a rehydrate from another
  // tab's write does not write the same value back (which would bounce between tabs).
  const lastState = new Map<string, { version?: number; state: S }>();
  const lastText = new Map<string, string>();
  const sameFields = (a: object, b: object) => {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
  };
  const fail = (key: string, raw: string | null, reason: string) => {
    onRecover({ key, backupKey: backUp(storage, key, raw), reason });
    return null;
  };
  return {
    lastRaw: (key) => raws.get(key) ?? null,
    getItem(key) {
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch (e) {
        onRecover({ key, backupKey: null, reason: `storage unreadable: ${(e as Error).message}` });
        return null;
      }
      raws.set(key, raw);
      if (raw === null) return null;
      lastText.set(key, raw);
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        return fail(key, raw, 'stored settings are not valid JSON');
      }
      const v = value as Partial<StorageValue<S>> | null;
      if (!v || typeof v !== 'object' || typeof v.version !== 'number' || !v.state || typeof v.state !== 'object') return fail(key, raw, 'stored settings have an unknown shape');
      if (v.version > version) return fail(key, raw, `stored settings are from a newer version (schema ${v.version}, this app reads ≤ ${version})`);
      return v as StorageValue<S>;
    },
    setItem(key, value) {
      const prev = lastState.get(key);
      if (prev && prev.version === value.version && sameFields(prev.state as object, value.state as object)) return;
      lastState.set(key, value);
      const refused = opts.tooLarge?.(value.state) ?? null;
      if (refused && opts.overflow) {
        void opts.overflow(value.state).then(
          () => opts.onSave?.(key, null),
          (e: Error) => opts.onSave?.(key, `${refused}, and the browser's database refused it too (${e?.message ?? 'unknown error'})`),
        );
        return;
      }
      if (refused) return void opts.onSave?.(key, refused);
      const text = JSON.stringify(value);
      if (lastText.get(key) === text) return;
      try {
        storage.setItem(key, text);
        lastText.set(key, text);
        opts.onFits?.();
        opts.onSave?.(key, null);
      } catch (e) {
        // Quota or disabled storage: the app keeps working in memory and says the change is not saved.
        opts.onSave?.(key, isQuotaError(e) ? 'browser storage is full' : `browser storage refused the save (${(e as Error)?.message ?? 'unknown error'})`);
      }
    },
    removeItem(key) {
      try {
        storage.removeItem(key);
      } catch {
        // ignore
      }
    },
  };
}
