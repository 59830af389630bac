// Where the candidate store keeps a list too large for localStorage (~25,000+ imported sites): a
// chunked list in IndexedDB, with a marker in localStorage saying the list is there. A save that fits
// localStorage again calls clear().
import { createChunkedList, type AsyncKv, type StoredList } from './chunkedList';

export type { AsyncKv } from './chunkedList';
export type LargeList = StoredList;

export const LARGE_LIST_MARKER = 'gridscout.candidates.indexeddb';

export interface Marker {
  get(): string | null;
  set(v: string): void;
  remove(): void;
}

export interface LargeListStore {
  save(list: LargeList): Promise<void>;
  load(): Promise<LargeList | null>;
  clear(): Promise<void>;
}

/** The list under `prefix`; clear() deletes it (for a list kept nowhere else). */
export function createLargeListStore(kv: AsyncKv, marker: Marker, prefix = 'candidates'): LargeListStore {
  const list = createChunkedList(kv, prefix);
  return {
    save: async (l) => {
      await list.save(l);
      marker.set('1');
    },
    load: async () => (marker.get() ? list.load() : null),
    clear: async () => {
      if (!marker.get()) return;
      marker.remove();
      await list.drop();
    },
  };
}
