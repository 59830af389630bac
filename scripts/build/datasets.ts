// public/data/datasets.json — the Data panel's catalog. Each build step returns its own entries;
// main() hands all of them to writeDatasets once, which merges them into one sorted list.
import type { DatasetCatalog, DatasetInfo } from '../../src/data/types';

/** Merges entries from several steps; the same id twice is a build error, order is by id. */
export function mergeDatasets(entries: readonly DatasetInfo[]): DatasetCatalog {
  const byId = new Map<string, DatasetInfo>();
  for (const e of entries) {
    if (byId.has(e.id)) throw new Error(`datasets.json: dataset id "${e.id}" is given twice`);
    byId.set(e.id, e);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Writes public/data/datasets.json with the build's writer, e.g. writeDatasets(write, [...facts, ...climate]). */
export function writeDatasets(write: (name: string, content: string) => void, entries: readonly DatasetInfo[]): DatasetCatalog {
  const catalog = mergeDatasets(entries);
  write('datasets.json', `${JSON.stringify(catalog, null, 2)}\n`);
  return catalog;
}
