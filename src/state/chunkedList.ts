// A candidate list kept in IndexedDB (or any async key-value store) in chunks of CHUNK sites, one
// chunk per write, so saving 100,000 sites never holds the main thread long. The manifest is written
// last, so a reload mid-save reads the previous complete list. A newer save supersedes one still
// writing, and saving the list that is already stored (same array, same compare set) writes nothing.
import type { Candidate } from '../candidates/types';

/** The few calls used, so tests can pass an in-memory store. */
export interface AsyncKv {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export interface StoredList {
  candidates: Candidate[];
  compareIds: string[];
}

interface Manifest {
  generation: number;
  chunks: number;
  count: number;
  compareIds: string[];
}

const CHUNK = 5_000;

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createChunkedList(kv: AsyncKv, prefix: string) {
  let pending: Promise<void> = Promise.resolve();
  let latest = 0;
  /** What the store holds now (as last written or read), so the same list is not written again. */
  let held: StoredList | null = null;
  /** The list being written (a save of the same list joins it instead of starting over). */
  let writing: { list: StoredList; done: Promise<void> } | null = null;
  const manifestKey = `${prefix}/manifest`;
  const chunkKey = (g: number, i: number) => `${prefix}/${g}/${i}`;
  const dropGeneration = async (m: Manifest | undefined) => {
    if (!m) return;
    for (let i = 0; i < m.chunks; i++) await kv.del(chunkKey(m.generation, i));
  };
  return {
    prefix,
    /** Saves the list; resolves when written, superseded, or already stored. */
    save(list: StoredList): Promise<void> {
      if (writing && writing.list.candidates === list.candidates && sameIds(writing.list.compareIds, list.compareIds)) return writing.done;
      const ticket = ++latest;
      const copy = { candidates: list.candidates, compareIds: [...list.compareIds] };
      pending = pending.catch(() => {}).then(async () => {
        if (ticket !== latest) return;
        if (held && held.candidates === list.candidates && sameIds(held.compareIds, list.compareIds)) return;
        const old = await kv.get<Manifest>(manifestKey);
        const generation = (old?.generation ?? 0) + 1;
        const chunks = Math.ceil(list.candidates.length / CHUNK);
        for (let i = 0; i < chunks; i++) {
          if (ticket !== latest) return void (await dropGeneration({ generation, chunks: i, count: 0, compareIds: [] }));
          await kv.set(chunkKey(generation, i), list.candidates.slice(i * CHUNK, (i + 1) * CHUNK));
        }
        await kv.set(manifestKey, { generation, chunks, count: list.candidates.length, compareIds: list.compareIds } satisfies Manifest);
        held = copy;
        await dropGeneration(old);
      });
      const done = pending;
      writing = { list: copy, done };
      void done.finally(() => {
        if (writing?.done === done) writing = null;
      }).catch(() => {});
      return done;
    },
    /** The stored list, or null when there is none (or it is incomplete). */
    async load(): Promise<StoredList | null> {
      await pending.catch(() => {});
      const m = await kv.get<Manifest>(manifestKey);
      if (!m) return null;
      const candidates: Candidate[] = [];
      for (let i = 0; i < m.chunks; i++) {
        const part = await kv.get<Candidate[]>(chunkKey(m.generation, i));
        if (!Array.isArray(part)) return null;
        for (const c of part) candidates.push(c);
      }
      if (candidates.length !== m.count) return null;
      held = { candidates, compareIds: Array.isArray(m.compareIds) ? m.compareIds : [] };
      return { candidates, compareIds: held.compareIds };
    },
    /** Deletes the stored list (and stops a save in progress). */
    drop(): Promise<void> {
      ++latest;
      held = null;
      writing = null;
      pending = pending.catch(() => {}).then(async () => {
        const m = await kv.get<Manifest>(manifestKey);
        await kv.del(manifestKey);
        await dropGeneration(m);
      });
      return pending;
    },
  };
}

export type ChunkedList = ReturnType<typeof createChunkedList>;
