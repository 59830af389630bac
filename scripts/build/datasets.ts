// public/data/datasets.json — the Data panel's catalog. Each build step returns its own entries;
// the pipeline hands all of them to datasetsFiles once, which merges them into one sorted list.
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

/** datasets.json from every step's entries, e.g. datasetsFiles([...facts, ...climate]). */
export function datasetsFiles(entries: readonly DatasetInfo[]): { 'datasets.json': string } {
  return { 'datasets.json': `${JSON.stringify(mergeDatasets(entries), null, 2)}\n` };
}
