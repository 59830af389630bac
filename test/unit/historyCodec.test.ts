import { describe, expect, it } from 'vitest';
import { decodeHistory, decodeStep, encodeHistory, encodeStep, type StepCache } from '../../src/candidates/historyCodec';
import type { Candidate } from '../../src/candidates/types';

const sites = (n: number): Candidate[] => Array.from({ length: n }, (_, i) => ({ id: String(i), name: `Site ${i}`, lon: -97, lat: 30 + i / 1e5, starred: false, props: {}, addedAt: '' }));
/** Through JSON, as IndexedDB would give it back: no shared objects with the originals. */
const stored = <T,>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('undo history codec', () => {
  it('stores a delete among 100,000 sites as a few numbers and one site', () => {
    const before = sites(100_000);
    const after = before.filter((_, i) => i !== 50_000);
    const step = encodeStep('delete Site 50000', before, after);
    expect(step.literals).toHaveLength(1);
    expect(step.ops).toEqual([0, 50_000, 0, -1, 50_000, 49_999]);
    expect(decodeStep(stored(step), after)!.map((c) => c.id)).toEqual(before.map((c) => c.id));
  });

  it('rebuilds a chain of edits (import, star, rename, move, delete) in order, from the current list back', () => {
    const l0: Candidate[] = [];
    const l1 = sites(500);
    const l2 = l1.map((c, i) => (i % 3 === 0 ? { ...c, starred: true } : c));
    const l3 = l2.map((c, i) => (i === 7 ? { ...c, name: 'Renamed' } : c));
    const l4 = l3.map((c, i) => (i === 9 ? { ...c, lon: -96 } : c));
    const l5 = l4.slice(10);
    const past = [
      { label: 'import 500 sites', candidates: l0 },
      { label: 'shortlist 167 sites', candidates: l1 },
      { label: 'rename Site 7', candidates: l2 },
      { label: 'move Site 9', candidates: l3 },
      { label: 'delete 10 sites', candidates: l4 },
    ];
    const encoded = stored(encodeHistory({ past, future: [] }, l5, { maxSteps: 50, maxLiterals: 1e6 }));
    const back = decodeHistory(encoded, stored(l5));
    expect(back.past.map((e) => e.label)).toEqual(past.map((e) => e.label));
    back.past.forEach((e, i) => expect(e.candidates).toEqual(past[i].candidates));
    expect(back.future).toEqual([]);
  });

  it('keeps redo steps too, and stops at the step or literal budget (the nearest steps are kept)', () => {
    const a = sites(100);
    const b = a.map((c) => ({ ...c, starred: true }));
    const c = b.slice(1);
    // current = b: undo of "delete" went to future, "shortlist" still in past.
    const h = { past: [{ label: 'shortlist 100 sites', candidates: a }], future: [{ label: 'delete Site 0', candidates: c }] };
    const all = decodeHistory(stored(encodeHistory(h, b, { maxSteps: 50, maxLiterals: 1e6 })), b);
    expect(all.past[0].candidates).toEqual(a);
    expect(all.future[0].candidates).toEqual(c);
    const long = { past: [{ label: 'x', candidates: a }, { label: 'y', candidates: b }, { label: 'z', candidates: c }], future: [] };
    const capped = encodeHistory(long, c.slice(1), { maxSteps: 2, maxLiterals: 1e6 });
    expect(capped.past.map((s) => s.label)).toEqual(['z', 'y']);
    // "x" would store 100 old versions: over a budget of 50 it is left out.
    expect(encodeHistory(long, c.slice(1), { maxSteps: 50, maxLiterals: 50 }).past.map((s) => s.label)).toEqual(['z', 'y']);
  });

  it('reuses a step encoded against the same base', () => {
    const a = sites(10);
    const b = a.slice(1);
    const cache: StepCache = new WeakMap();
    const first = encodeHistory({ past: [{ label: 'delete Site 0', candidates: a }], future: [] }, b, { maxSteps: 5, maxLiterals: 100, cache });
    const again = encodeHistory({ past: [{ label: 'delete Site 0', candidates: a }], future: [] }, b, { maxSteps: 5, maxLiterals: 100, cache });
    expect(again.past[0]).toBe(first.past[0]);
  });

  it('a step that does not fit its base (another list, damaged record) ends the history there', () => {
    const a = sites(10);
    const step = encodeStep('delete', a, a.slice(5));
    expect(decodeStep(step, a.slice(8))).toBeNull();
    expect(decodeStep({ label: 'x', ops: [0, 2, 1], literals: [] }, a)).toBeNull();
    expect(decodeHistory({ past: [{ label: 'bad', ops: [99, 1], literals: [] }], future: [] }, a).past).toEqual([]);
  });
});
