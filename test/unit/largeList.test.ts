import { describe, expect, it } from 'vitest';
import { createOverflowList, type AsyncKv } from '../../src/state/largeListStore';
import { createChunkedList } from '../../src/state/chunkedList';
import type { Candidate } from '../../src/candidates/types';

function memoryKv(): AsyncKv & { keys(): string[] } {
  const m = new Map<string, unknown>();
  return {
    get: async <T,>(k: string) => structuredClone(m.get(k)) as T | undefined,
    set: async (k, v) => void m.set(k, structuredClone(v)),
    del: async (k) => void m.delete(k),
    keys: () => [...m.keys()],
  };
}
function memoryMarker() {
  let v: string | null = null;
  return { get: () => v, set: (x: string) => void (v = x), remove: () => void (v = null) };
}
const sites = (n: number, tag = ''): Candidate[] => Array.from({ length: n }, (_, i) => ({ id: `${tag}${i}`, name: `Site ${i}`, lon: -97, lat: 30 + i / n, starred: i % 7 === 0, props: { mw: i }, addedAt: '' }));

describe('large candidate lists in IndexedDB', () => {
  it('saves in chunks and reads back the same list; a newer save replaces the old chunks', async () => {
    const kv = memoryKv();
    const store = createChunkedList(kv, 'candidates');
    await store.save({ candidates: sites(12_345), compareIds: ['3'] });
    expect(kv.keys().filter((k) => k.startsWith('candidates/1/'))).toHaveLength(3);
    expect(await store.load()).toEqual({ candidates: sites(12_345), compareIds: ['3'] });
    await store.save({ candidates: sites(4_000, 'b'), compareIds: [] });
    expect(kv.keys().filter((k) => k.startsWith('candidates/1/'))).toEqual([]);
    expect((await store.load())!.candidates).toEqual(sites(4_000, 'b'));
  });

  it('of two saves in a row only the last is written; drop forgets it', async () => {
    const kv = memoryKv();
    const store = createChunkedList(kv, 'candidates');
    const first = store.save({ candidates: sites(20_000, 'a'), compareIds: [] });
    const second = store.save({ candidates: sites(6_000, 'c'), compareIds: [] });
    await Promise.all([first, second]);
    expect((await store.load())!.candidates).toEqual(sites(6_000, 'c'));
    await store.drop();
    expect(await store.load()).toBeNull();
    expect(kv.keys()).toEqual([]);
  });

  it('the overflow: without the marker (another browser profile, cleared storage) there is nothing to load; clear drops the marker, not the workspace list', async () => {
    const kv = memoryKv();
    const marker = memoryMarker();
    const list = createChunkedList(kv, 'ws/a/candidates');
    const overflow = createOverflowList(() => list, createChunkedList(kv, 'candidates'), marker);
    expect(await overflow.load()).toBeNull();
    await overflow.save({ candidates: sites(6_000, 'c'), compareIds: [] });
    expect(marker.get()).not.toBeNull();
    expect((await overflow.load())!.candidates).toEqual(sites(6_000, 'c'));
    await overflow.clear();
    expect(marker.get()).toBeNull();
    expect(await overflow.load()).toBeNull();
    expect((await list.load())!.candidates).toEqual(sites(6_000, 'c'));
  });

  it('the overflow reads the pre-workspace list once when the workspace has none yet', async () => {
    const kv = memoryKv();
    const marker = memoryMarker();
    const legacy = createChunkedList(kv, 'candidates');
    await legacy.save({ candidates: sites(7_000, 'old'), compareIds: ['old1'] });
    marker.set('1');
    const overflow = createOverflowList(() => createChunkedList(kv, 'ws/new/candidates'), legacy, marker);
    expect(await overflow.load()).toEqual({ candidates: sites(7_000, 'old'), compareIds: ['old1'] });
  });
});
