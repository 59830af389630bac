// Sorting and filtering of the candidate list (pure). Built for 100,000 rows: folded names are cached
// per candidate, sort keys are computed once per item (not per comparison) and text is compared with
// one shared Intl.Collator (String.localeCompare sets one up on every call).
import type { ProfileId } from '../scoring/profiles';
import type { SiteSummary } from './summary';
import type { Candidate } from './types';

export type SortKey = 'name' | 'region' | ProfileId;
export interface SortSpec {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface ListItem {
  candidate: Candidate;
  /** Region and scores (a full ScoredSite also fits); null while not scored yet. */
  scored: SiteSummary | null;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const foldedNames = new WeakMap<Candidate, string>();
const foldedName = (c: Candidate) => {
  let f = foldedNames.get(c);
  if (f === undefined) foldedNames.set(c, (f = fold(c.name)));
  return f;
};
const collator = new Intl.Collator();

export function filterAndSort(items: readonly ListItem[], filter: string, sort: SortSpec): ListItem[] {
  const q = fold(filter.trim());
  const kept = q ? items.filter((i) => foldedName(i.candidate).includes(q) || fold(`${i.scored?.region?.name ?? ''} ${i.scored?.region?.code ?? ''}`).includes(q)) : [...items];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyOf = (i: ListItem): string | number | null => {
    // Folded name (case and accents off) then the name itself, compared with < : the order people
    // expect for names, and ~10× faster than a collator on 100,000 rows.
    if (sort.key === 'name') return `${foldedName(i.candidate)}\u0000${i.candidate.name}`;
    if (sort.key === 'region') return i.scored?.region?.code ?? null;
    return i.scored?.scores[sort.key].score ?? null;
  };
  const keys = kept.map(keyOf);
  const order = kept.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a], kb = keys[b];
    // Missing values sort last in either direction.
    if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1;
    const d = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : sort.key === 'name' ? (ka < kb ? -1 : ka > kb ? 1 : 0) : collator.compare(String(ka), String(kb));
    return d === 0 ? a - b : sign * d;
  });
  return order.map((i) => kept[i]);
}
