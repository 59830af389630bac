// Sorting and filtering of the candidate list (pure, so a virtualised list can reuse it for 100k rows).
import type { ScoredSite } from '../scoring/flatten';
import type { ProfileId } from '../scoring/profiles';
import type { Candidate } from './types';

export type SortKey = 'name' | 'region' | ProfileId;
export interface SortSpec {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface ListItem {
  candidate: Candidate;
  scored: ScoredSite | null;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function filterAndSort(items: readonly ListItem[], filter: string, sort: SortSpec): ListItem[] {
  const q = fold(filter.trim());
  const kept = q ? items.filter((i) => fold(`${i.candidate.name} ${i.scored?.region?.name ?? ''} ${i.scored?.region?.code ?? ''}`).includes(q)) : [...items];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const key = (i: ListItem): string | number | null => {
    if (sort.key === 'name') return i.candidate.name;
    if (sort.key === 'region') return i.scored?.region?.code ?? null;
    return i.scored?.scores[sort.key].score ?? null;
  };
  return kept.sort((a, b) => {
    const ka = key(a), kb = key(b);
    // Missing values sort last in either direction.
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
    return sign * (typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb)));
  });
}
