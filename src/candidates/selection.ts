// A multi-selection of sites in the list: a set of ids, edited by toggling one, adding the run of
// rows between two (in the list's current order), or selecting every row shown. Pure: the store
// (src/state/multiSelectStore.ts) keeps the set, the list supplies its order.

/** The selection with `id` added, or taken out if it was in. */
export function toggled(selection: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selection);
  if (!next.delete(id)) next.add(id);
  return next;
}

/**
 * The ids from `anchorId` to `id` inclusive, in `order` (either may come first). Without an anchor,
 * or when either is not in `order` (filtered out, deleted), just `id`.
 */
export function rangeBetween(order: readonly string[], anchorId: string | null, id: string): string[] {
  const to = order.indexOf(id);
  const from = anchorId === null ? -1 : order.indexOf(anchorId);
  if (to < 0 || from < 0) return [id];
  return order.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/** The selection with `ids` added. */
export function withAdded(selection: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const next = new Set(selection);
  for (const id of ids) next.add(id);
  return next;
}

/** The selection without ids that no longer exist; the same object when none went. */
export function pruned<S extends ReadonlySet<string>>(selection: S, exists: (id: string) => boolean): S | Set<string> {
  for (const id of selection) if (!exists(id)) return new Set([...selection].filter(exists));
  return selection;
}

/**
 * What "compare the selection" does: the sites to compare (the selection, in its order), or, when
 * more are selected than the comparison holds, none and the count to say so.
 */
export function comparePlan(selection: ReadonlySet<string>, max: number): { ids: string[]; tooMany: number | null } {
  return selection.size > max ? { ids: [], tooMany: selection.size } : { ids: [...selection], tooMany: null };
}
