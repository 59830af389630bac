// The browser's overflow store for large candidate lists: IndexedDB through idb-keyval, with its
// marker in localStorage. Undefined where either is missing (node, disabled storage).
import { createStore, del, get, set } from 'idb-keyval';
import { createLargeListStore, LARGE_LIST_MARKER, type LargeListStore } from './largeListStore';

export function browserLargeList(): LargeListStore | undefined {
  try {
    if (typeof indexedDB === 'undefined' || typeof localStorage === 'undefined') return undefined;
    const db = createStore('gridscout', 'workspace');
    return createLargeListStore(
      { get: (k) => get(k, db), set: (k, v) => set(k, v, db), del: (k) => del(k, db) },
      { get: () => localStorage.getItem(LARGE_LIST_MARKER), set: (v) => localStorage.setItem(LARGE_LIST_MARKER, v), remove: () => localStorage.removeItem(LARGE_LIST_MARKER) },
    );
  } catch {
    return undefined;
  }
}
