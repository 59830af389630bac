// A candidate list too large for localStorage (~25,000+ imported sites) is kept in IndexedDB instead
// (idb-keyval: a small, well-kept key-value wrapper). It is written in chunks of CHUNK sites, one
// chunk per task, so saving 100,000 sites never holds the main thread long; the manifest is written
// last, so a reload mid-save reads the previous complete list. localStorage keeps a marker saying
// where the list is; a save that fits localStorage again removes the marker and the chunks.
import type { Candidate } from '../candidates/types';

/** The few calls used, so tests can pass an in-memory store. */
export interface AsyncKv {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export const LARGE_LIST_MARKER = 'gridscout.candidates.indexeddb';
const MANIFEST = 'candidates/manifest';
const CHUNK = 5_000;

interface Manifest {
  generation: number;
  chunks: number;
  count: number;
  compareIds: string[];
}

export interface LargeList {
  candidates: Candidate[];
  compareIds: string[];
}

export function createLargeListStore(kv: AsyncKv, marker: { get(): string | null; set(v: string): void; remove(): void }) {
  let pending: Promise<void> = Promise.resolve();
  let latest = 0;
  const chunkKey = (g: number, i: number) => `candidates/${g}/${i}`;
  const dropGeneration = async (m: Manifest | undefined) => {
    if (!m) return;
    for (let i = 0; i < m.chunks; i++) await kv.del(chunkKey(m.generation, i));
  };
  return {
    /** Saves the list (a newer call supersedes one still writing); resolves when written, or superseded. */
    save(list: LargeList): Promise<void> {
      const ticket = ++latest;
      pending = pending.then(async () => {
        if (ticket !== latest) return;
        const old = await kv.get<Manifest>(MANIFEST);
        const generation = (old?.generation ?? 0) + 1;
        const chunks = Math.ceil(list.candidates.length / CHUNK);
        for (let i = 0; i < chunks; i++) {
          if (ticket !== latest) return void (await dropGeneration({ generation, chunks: i, count: 0, compareIds: [] }));
          await kv.set(chunkKey(generation, i), list.candidates.slice(i * CHUNK, (i + 1) * CHUNK));
        }
        await kv.set(MANIFEST, { generation, chunks, count: list.candidates.length, compareIds: list.compareIds } satisfies Manifest);
        marker.set(String(generation));
        await dropGeneration(old);
      });
      return pending;
    },
    /** The saved list, or null when there is none (or it is incomplete). */
    async load(): Promise<LargeList | null> {
      if (!marker.get()) return null;
      const m = await kv.get<Manifest>(MANIFEST);
      if (!m) return null;
      const candidates: Candidate[] = [];
      for (let i = 0; i < m.chunks; i++) {
        const part = await kv.get<Candidate[]>(chunkKey(m.generation, i));
        if (!part) return null;
        for (const c of part) candidates.push(c);
      }
      return candidates.length === m.count ? { candidates, compareIds: m.compareIds } : null;
    },
    /** The list fits localStorage again: forget the IndexedDB copy. */
    async clear(): Promise<void> {
      if (!marker.get()) return;
      ++latest;
      marker.remove();
      pending = pending.then(async () => {
        const m = await kv.get<Manifest>(MANIFEST);
        await kv.del(MANIFEST);
        await dropGeneration(m);
      });
      return pending;
    },
  };
}

export type LargeListStore = ReturnType<typeof createLargeListStore>;
