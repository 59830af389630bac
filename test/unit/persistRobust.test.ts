// Issue 7, persisted state: quota exceeded on save (visible warning, app keeps working), two tabs
// (last write wins with a complete value; a `storage` event brings the other tab up to date).
import { beforeEach, describe, expect, it } from 'vitest';
import { CANDIDATES_KEY, candidatesTooLarge, createCandidatesStore, syncAcrossTabs } from '../../src/state/candidatesStore';
import type { StorageLike } from '../../src/state/guardedStorage';
import { useSaveStatusStore } from '../../src/state/saveStatusStore';
import type { Candidate } from '../../src/candidates/types';

const site = (i: number): Candidate => ({ id: `s${i}`, name: `Site ${i}`, lon: -100 + i / 1000, lat: 40, starred: false, props: { note: 'x'.repeat(40) }, addedAt: '2026-11-01T00:00:00.000Z' });

function counting(limitChars = Infinity) {
  const m = new Map<string, string>();
  let writes = 0;
  const s: StorageLike & { writes(): number } = {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limitChars) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      writes++;
      m.set(k, v);
    },
    removeItem: (k) => void m.delete(k),
    writes: () => writes,
  };
  return s;
}

beforeEach(() => useSaveStatusStore.setState({ failures: {} }));

describe('quota exceeded', () => {
  it('warns, keeps the state in memory, and clears the warning once a save works again', () => {
    const storage = counting(400);
    const store = createCandidatesStore(storage);
    store.getState().addCandidates([site(1)]);
    expect(useSaveStatusStore.getState().failures).toEqual({});
    store.getState().addCandidates([site(2), site(3), site(4)]);
    expect(useSaveStatusStore.getState().failures[CANDIDATES_KEY]).toBe('browser storage is full');
    expect(store.getState().candidates).toHaveLength(4); // still working
    expect(JSON.parse(storage.getItem(CANDIDATES_KEY)!).state.candidates).toHaveLength(1); // last good save intact
    store.getState().remove('s4');
    store.getState().remove('s3');
    store.getState().remove('s2');
    expect(useSaveStatusStore.getState().failures).toEqual({});
  });

  it('does not serialise 100,000 sites only to hit the quota: refused up front with a count', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => site(i));
    expect(candidatesTooLarge({ candidates: many.slice(0, 1000), compareIds: [] })).toBeNull();
    expect(candidatesTooLarge({ candidates: many, compareIds: [] })).toMatch(/100,000 sites \(~\d+ MB\) are more than browser storage holds/);
    const storage = counting();
    const store = createCandidatesStore(storage);
    store.getState().addCandidates(many);
    expect(storage.writes()).toBe(0);
    expect(useSaveStatusStore.getState().failures[CANDIDATES_KEY]).toMatch(/100,000 sites/);
  });

  it('skips saves when the saved part of the state did not change (selection, modes)', () => {
    const storage = counting();
    const store = createCandidatesStore(storage);
    store.getState().addCandidates([site(1)]);
    const n = storage.writes();
    store.getState().select('s1');
    store.getState().setAddMode(true);
    expect(storage.writes()).toBe(n);
  });
});

describe('two tabs', () => {
  it('last write wins with one complete state; the storage event syncs the other tab without bouncing', async () => {
    const storage = counting();
    const a = createCandidatesStore(storage);
    const b = createCandidatesStore(storage);
    a.getState().addCandidates([site(1)]);
    b.getState().addCandidates([site(2)]); // b has not seen a's write
    const stored = JSON.parse(storage.getItem(CANDIDATES_KEY)!);
    expect(stored.state.candidates.map((c: Candidate) => c.id)).toEqual(['s2']);

    const target = new EventTarget() as unknown as Window;
    const stop = syncAcrossTabs(a, target);
    const before = storage.writes();
    target.dispatchEvent(Object.assign(new Event('storage'), { key: CANDIDATES_KEY, newValue: storage.getItem(CANDIDATES_KEY) }));
    await new Promise((r) => setTimeout(r, 0));
    expect(a.getState().candidates.map((c) => c.id)).toEqual(['s2']);
    expect(storage.writes()).toBe(before); // the reloaded state is not written back
    stop();
  });
});
