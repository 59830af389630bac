import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/candidates/exportRecords';
import { comparePlan, pruned, rangeBetween, toggled, withAdded } from '../../src/candidates/selection';
import { createCandidatesStore } from '../../src/state/candidatesStore';
import { memoryStorage } from '../../src/state/guardedStorage';
import { createMultiSelectStore } from '../../src/state/multiSelectStore';

describe('selection logic', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];

  it('toggling adds an id, toggling again takes it out; the input set is left alone', () => {
    const start = new Set(['a']);
    const one = toggled(start, 'c');
    expect([...one]).toEqual(['a', 'c']);
    expect([...toggled(one, 'a')]).toEqual(['c']);
    expect([...start]).toEqual(['a']);
  });

  it('a range runs from the anchor to the clicked row in the order shown, either way round', () => {
    expect(rangeBetween(order, 'b', 'd')).toEqual(['b', 'c', 'd']);
    expect(rangeBetween(order, 'e', 'c')).toEqual(['c', 'd', 'e']);
    expect(rangeBetween(order, 'c', 'c')).toEqual(['c']);
  });

  it('without an anchor, or with one filtered out of the order, a range is the clicked row alone', () => {
    expect(rangeBetween(order, null, 'd')).toEqual(['d']);
    expect(rangeBetween(order, 'gone', 'd')).toEqual(['d']);
    expect(rangeBetween(['a', 'c'], 'a', 'b')).toEqual(['b']);
  });

  it('adding a range keeps what was already selected', () => {
    expect([...withAdded(new Set(['a']), ['c', 'd', 'a'])].sort()).toEqual(['a', 'c', 'd']);
  });

  it('pruning drops ids that no longer exist and returns the same set when none went', () => {
    const sel = new Set(['a', 'b', 'c']);
    expect(pruned(sel, () => true)).toBe(sel);
    expect([...pruned(sel, (id) => id !== 'b')]).toEqual(['a', 'c']);
  });

  it('compare takes the selection up to the limit and says how many were selected beyond it', () => {
    expect(comparePlan(new Set(['a', 'b']), 6)).toEqual({ ids: ['a', 'b'], tooMany: null });
    expect(comparePlan(new Set(['a', 'b', 'c']), 2)).toEqual({ ids: [], tooMany: 3 });
  });

  it('an export of the selection is named as such', () => {
    expect(exportFileName('selection', 'csv', new Date(2026, 11, 2))).toBe('gridscout-selection-2026-12-02.csv');
  });
});

describe('the multi-select store', () => {
  const setup = () => {
    const sites = createCandidatesStore(memoryStorage());
    for (const n of ['A', 'B', 'C', 'D', 'E']) sites.getState().addAt(-97, 30 + sites.getState().candidates.length, n);
    const ids = sites.getState().candidates.map((c) => c.id);
    return { sites, ids, sel: createMultiSelectStore(sites) };
  };

  it('ctrl-click two rows then shift-click a third: both plus the run from the last one', () => {
    const { ids, sel } = setup();
    sel.getState().toggle(ids[0]);
    sel.getState().toggle(ids[1]);
    sel.getState().extendTo(ids, ids[3]);
    expect([...sel.getState().ids].sort()).toEqual([ids[0], ids[1], ids[2], ids[3]].sort());
    sel.getState().clear();
    expect(sel.getState().ids.size).toBe(0);
  });

  it('a plain click sets where the next range starts', () => {
    const { ids, sel } = setup();
    sel.getState().setAnchor(ids[4]);
    sel.getState().extendTo(ids, ids[2]);
    expect([...sel.getState().ids].sort()).toEqual(ids.slice(2).sort());
  });

  it('deleted sites leave the selection, and an undone import takes its sites out of it', () => {
    const { sites, ids, sel } = setup();
    sel.getState().selectAll(ids);
    sites.getState().removeMany([ids[0], ids[1]]);
    expect([...sel.getState().ids].sort()).toEqual(ids.slice(2).sort());
    sites.getState().undo(); // the sites come back, unselected
    expect(sel.getState().ids.size).toBe(3);
    sites.getState().undo(); // undoes the add of E
    expect(sel.getState().ids.has(ids[4])).toBe(false);
    expect(sel.getState().ids.size).toBe(2);
  });

  it('a bulk shortlist of the selection is one undo step', () => {
    const { sites, ids, sel } = setup();
    sel.getState().selectAll([ids[1], ids[3]]);
    sites.getState().setStarred([...sel.getState().ids], true);
    expect(sites.getState().candidates.filter((c) => c.starred).map((c) => c.name)).toEqual(['B', 'D']);
    sites.getState().undo();
    expect(sites.getState().candidates.some((c) => c.starred)).toBe(false);
  });
});
