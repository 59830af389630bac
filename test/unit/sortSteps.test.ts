// The pausable sort gives exactly the one-go order: for any input, run length and comparator that is a
// total order, and through the list view (filterAndSortSliced vs filterAndSort) on 20,000 rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSteps } from '../../src/candidates/sortSteps';
import { filterAndSort, filterAndSortSliced, type ListItem } from '../../src/candidates/listView';
import type { Candidate } from '../../src/candidates/types';

const drain = (g: Generator<void, void, undefined>) => {
  let steps = 0;
  while (!g.next().done) steps++;
  return steps;
};

describe('sortSteps', () => {
  it('equals the built-in sort for any values and run length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 300 }), fc.integer({ min: 1, max: 64 }), (values, run) => {
        const compare = (a: number, b: number) => values[a] - values[b] || a - b;
        const order = Uint32Array.from(values, (_, i) => i);
        drain(sortSteps(order, compare, run));
        expect(Array.from(order)).toEqual(values.map((_, i) => i).sort(compare));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('does bounded work per step: 100,000 rows take many steps', () => {
    const n = 100_000;
    const keys = Array.from({ length: n }, (_, i) => (i * 7919) % n);
    const order = Uint32Array.from(keys, (_, i) => i);
    const steps = drain(sortSteps(order, (a, b) => keys[a] - keys[b], 2048));
    expect(steps).toBeGreaterThan(n / 2048);
    let unordered = 0;
    for (let i = 1; i < n; i++) if (keys[order[i - 1]] > keys[order[i]]) unordered++;
    expect(unordered).toBe(0);
  });
});

describe('filterAndSortSliced', () => {
  const n = 20_000;
  const items: ListItem[] = Array.from({ length: n }, (_, i) => {
    const k = (i * 7919) % n;
    const candidate: Candidate = { id: `c${i}`, name: k % 3 ? `Site ${k % 5000}` : `Émile ${k}`, lon: 0, lat: 0, starred: false, addedAt: '', props: {} };
    const score = (p: number) => {
      const v = k % 11 === 0 ? null : (k * p) % 97;
      return { score: v, scoreLow: v === null ? null : v - (k % 4), scoreHigh: v, coveragePct: 100 - (k % 60), insufficientData: k % 60 > 50, constraintUnchecked: k % 17 === 0, excludedReason: null };
    };
    return { candidate, scored: k % 13 === 0 ? null : { region: { code: k % 2 ? 'US-TX' : 'CA-QC', name: k % 2 ? 'Texas' : 'Quebec' }, scores: { mining: score(3), ai: score(5), hybrid: score(7) } } };
  });
  for (const sort of [{ key: 'name', dir: 'asc' }, { key: 'name', dir: 'desc' }, { key: 'mining', dir: 'desc' }, { key: 'region', dir: 'asc' }] as const) {
    it(`same order as one go: ${sort.key} ${sort.dir}`, async () => {
      const ids = (list: ListItem[] | null) => list?.map((i) => i.candidate.id);
      expect(ids(await filterAndSortSliced(items, '', sort, () => false))).toEqual(ids(filterAndSort(items, '', sort)));
      expect(ids(await filterAndSortSliced(items, 'quebec', sort, () => false))).toEqual(ids(filterAndSort(items, 'quebec', sort)));
    });
  }
  it('resolves null when cancelled', async () => {
    expect(await filterAndSortSliced(items, '', { key: 'name', dir: 'asc' }, () => true)).toBeNull();
  });
});
