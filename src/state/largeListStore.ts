// Where the candidate store keeps a list too large for localStorage (~25,000+ imported sites): the
// open workspace's own chunked list in the database (so one write serves both), with a marker in
// localStorage saying the working copy is there. A save that fits localStorage again calls clear(),
// which drops only the marker: the list stays, as the workspace's copy.
import type { ChunkedList, StoredList } from './chunkedList';

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

/**
 * `current()`: the open workspace's list (it changes with the open workspace). `legacy`: where the
 * list was kept before workspaces, read once when the workspace has none yet.
 */
export function createOverflowList(current: () => ChunkedList, legacy: ChunkedList, marker: Marker): LargeListStore {
  return {
    async save(list) {
      await current().save(list);
      marker.set('1');
    },
    async load() {
      if (!marker.get()) return null;
      return (await current().load()) ?? (await legacy.load());
    },
    clear: async () => marker.remove(),
  };
}
