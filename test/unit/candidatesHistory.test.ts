import { describe, expect, it } from 'vitest';
import { createCandidatesStore, HISTORY_LIMIT } from '../../src/state/candidatesStore';
import { memoryStorage } from '../../src/state/guardedStorage';
import { undoKey } from '../../src/ui/candidates/UndoRedo';

const names = (s: ReturnType<typeof createCandidatesStore>) => s.getState().candidates.map((c) => c.name);

describe('undo and redo of candidate edits', () => {
  it('three deletes, three undos: all three back in their places; redo deletes them again', () => {
    const s = createCandidatesStore(memoryStorage());
    for (const n of ['A', 'B', 'C', 'D']) s.getState().addAt(-97, 30 + names(s).length, n);
    const [a, b, c] = s.getState().candidates;
    s.getState().remove(b.id);
    s.getState().remove(a.id);
    s.getState().remove(c.id);
    expect(names(s)).toEqual(['D']);
    expect(s.getState().history.past.at(-1)?.label).toBe('delete C');
    s.getState().undo();
    s.getState().undo();
    s.getState().undo();
    expect(names(s)).toEqual(['A', 'B', 'C', 'D']);
    s.getState().redo();
    expect(names(s)).toEqual(['A', 'C', 'D']);
    // A new edit clears what could be redone.
    s.getState().rename(s.getState().candidates[0].id, 'Alpha');
    expect(s.getState().history.future).toEqual([]);
    s.getState().undo();
    expect(names(s)).toEqual(['A', 'C', 'D']);
  });

  it('a move, a star, notes and an import are each one step; a batch is one step', () => {
    const s = createCandidatesStore(memoryStorage());
    const site = s.getState().addAt(-97, 30, 'Site');
    s.getState().dragTo(site.id, -98, 31);
    s.getState().dropDrag();
    expect(s.getState().candidates[0]).toMatchObject({ lon: -98, lat: 31 });
    s.getState().undo();
    expect(s.getState().candidates[0]).toMatchObject({ lon: -97, lat: 30 });
    s.getState().toggleStar(site.id);
    s.getState().setProp(site.id, 'notes', 'call');
    expect(s.getState().history.past.map((h) => h.label).slice(-2)).toEqual(['star Site', 'edit notes']);
    s.getState().addCandidates([1, 2, 3].map((i) => ({ id: `x${i}`, name: `X${i}`, lon: -90, lat: 30 + i, starred: false, props: {}, addedAt: '' })));
    expect(s.getState().history.past.at(-1)?.label).toBe('import 3 sites');
    const before = s.getState().candidates;
    s.getState().batch('star 3 sites', () => ['x1', 'x2', 'x3'].forEach((id) => s.getState().toggleStar(id)));
    expect(s.getState().candidates.filter((c) => c.starred)).toHaveLength(4);
    s.getState().undo();
    expect(s.getState().candidates).toBe(before);
  });

  it('keeps at most HISTORY_LIMIT steps, and undo with nothing to undo does nothing', () => {
    const s = createCandidatesStore(memoryStorage());
    s.getState().undo();
    expect(s.getState().candidates).toEqual([]);
    const site = s.getState().addAt(-97, 30, 'S');
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) s.getState().toggleStar(site.id);
    expect(s.getState().history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('keys: Ctrl/Cmd+Z undoes, with Shift (or Ctrl+Y) redoes, never inside a text field', () => {
    const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }>) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
    expect(undoKey(k('z', { ctrlKey: true }), false)).toBe('undo');
    expect(undoKey(k('z', { metaKey: true }), false)).toBe('undo');
    expect(undoKey(k('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(undoKey(k('y', { ctrlKey: true }), false)).toBe('redo');
    expect(undoKey(k('z', {}), false)).toBeNull();
    expect(undoKey(k('z', { ctrlKey: true }), true)).toBeNull();
  });
});

describe('bulk actions', () => {
  it('shortlist and delete many sites as one undo step each', () => {
    const s = createCandidatesStore(memoryStorage());
    s.getState().addCandidates(Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, name: `S${i}`, lon: -97, lat: 30 + i, starred: i === 0, props: {}, addedAt: '' })));
    s.getState().setStarred(['s0', 's1', 's2'], true);
    expect(s.getState().history.past.at(-1)?.label).toBe('shortlist 2 sites');
    expect(s.getState().candidates.filter((c) => c.starred).map((c) => c.id)).toEqual(['s0', 's1', 's2']);
    s.getState().toggleCompare('s3');
    s.getState().select('s4');
    s.getState().removeMany(['s3', 's4']);
    expect(names(s)).toEqual(['S0', 'S1', 'S2']);
    expect(s.getState().compareIds).toEqual([]);
    expect(s.getState().selectedId).toBeNull();
    s.getState().undo();
    expect(names(s)).toEqual(['S0', 'S1', 'S2', 'S3', 'S4']);
    s.getState().undo();
    expect(s.getState().candidates.filter((c) => c.starred).map((c) => c.id)).toEqual(['s0']);
  });
});
