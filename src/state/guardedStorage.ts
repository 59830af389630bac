// Storage for zustand persist that never lets a bad stored value break start-up: an unreadable
// (not JSON, wrong shape) or newer-than-supported value is copied to "<key>.backup-<time>", removed,
// and reported through onRecover so the app can say so and start clean.
import type { PersistStorage, StorageValue } from 'zustand/middleware';

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

export function guardedStorage<S>(storage: StorageLike, version: number, onRecover: (r: Recovery) => void): PersistStorage<S> & { lastRaw(key: string): string | null } {
  const raws = new Map<string, string | null>();
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
      try {
        storage.setItem(key, JSON.stringify(value));
      } catch (e) {
        // Quota or disabled storage: keep working; issue 7 adds a visible warning.
        console.warn(`GridScout: could not save ${key}: ${(e as Error).message}`);
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
