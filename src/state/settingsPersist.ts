// Persist options for small settings stores (scoring settings, facility type): versioned, validated
// on load, and backed up then reset when unreadable (same guard as the candidate store).
import type { PersistOptions } from 'zustand/middleware';
import { CRITERION_IDS, type CriterionId } from '../scoring/criteria';
import { isProfileId, type ProfileId } from '../scoring/profiles';
import { backUp, browserStorage, guardedStorage, type StorageLike } from './guardedStorage';
import { reportSave } from './saveStatusStore';
import { reportRecovery } from './recoveryStore';

export function settingsPersist<S, P>(key: string, version: number, pick: (s: S) => P, validate: (persisted: unknown) => P, storage: StorageLike = browserStorage()): PersistOptions<S, P> {
  const guarded = guardedStorage<P>(storage, version, reportRecovery, { onSave: reportSave });
  return {
    name: key,
    version,
    storage: guarded,
    partialize: pick,
    // No older schema exists yet; anything of an older version is validated like the current one.
    migrate: (state) => validate(state) as S & P,
    merge: (persisted, current) => (persisted ? { ...current, ...validate(persisted) } : current),
    onRehydrateStorage: () => (_s, error) => {
      if (!error) return;
      reportRecovery({ key, backupKey: backUp(storage, key, guarded.lastRaw(key)), reason: (error as Error).message });
    },
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Numbers ≥ 0 keyed by known criteria, per profile. */
export function validWeights(x: unknown): Record<ProfileId, Partial<Record<CriterionId, number>>> {
  if (!isRecord(x)) throw new Error('stored weights are not an object');
  const out = { mining: {}, ai: {}, hybrid: {} } as ReturnType<typeof validWeights>;
  for (const [p, w] of Object.entries(x)) {
    if (!isProfileId(p) || !isRecord(w)) continue;
    for (const [id, v] of Object.entries(w)) if ((CRITERION_IDS as readonly string[]).includes(id) && typeof v === 'number' && Number.isFinite(v) && v >= 0) out[p][id as CriterionId] = v;
  }
  return out;
}

/** Only finite numbers and booleans survive (constraints, economics edits). */
export function validScalars<T>(x: unknown): T {
  if (x === undefined) return {} as T;
  if (!isRecord(x)) throw new Error('stored settings are not an object');
  const out: Record<string, number | boolean> = {};
  for (const [k, v] of Object.entries(x)) if (typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
  return out as T;
}
