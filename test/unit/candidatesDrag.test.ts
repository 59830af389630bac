// Dragging a site: the position lives in the store's drag preview until the drop, then the list gets
// it in one update (one save).
import { describe, expect, it } from 'vitest';
import { CANDIDATES_KEY, createCandidatesStore } from '../../src/state/candidatesStore';
import { memoryStorage } from '../../src/state/guardedStorage';

const site = (id: string, lon: number, lat: number) => ({ id, name: id, lon, lat, starred: false, props: {}, addedAt: '2026-11-01T00:00:00.000Z' });

describe('drag preview', () => {
  it('keeps the list and the saved state unchanged during a drag and commits once at the drop', () => {
    const storage = memoryStorage();
    let saves = 0;
    const counting = { ...storage, setItem: (k: string, v: string) => (k === CANDIDATES_KEY && saves++, storage.setItem(k, v)) };
    const s = createCandidatesStore(counting);
    s.getState().addCandidates([site('a', -99.7, 32.4), site('b', -97.7, 30.3)]);
    const list = s.getState().candidates;
    const savesBefore = saves;
    for (let i = 1; i <= 30; i++) s.getState().dragTo('a', -99.7 + i * 0.01, 32.4 + i * 0.001);
    expect(s.getState().candidates).toBe(list);
    expect(s.getState().dragPreview).toEqual({ id: 'a', lon: -99.4, lat: 32.43 });
    expect(saves).toBe(savesBefore);
    s.getState().dropDrag();
    expect(s.getState().dragPreview).toBeNull();
    expect(s.getState().candidates[0]).toMatchObject({ id: 'a', lon: -99.4, lat: 32.43 });
    expect(s.getState().candidates[1]).toBe(list[1]);
    expect(saves).toBe(savesBefore + 1);
    expect(JSON.parse(storage.getItem(CANDIDATES_KEY)!).state.candidates[0]).toMatchObject({ lon: -99.4, lat: 32.43 });
  });

  it('a drop where the drag started, or of a deleted site, leaves the list as it was', () => {
    const s = createCandidatesStore(memoryStorage());
    s.getState().addCandidates([site('a', -99.7, 32.4)]);
    const list = s.getState().candidates;
    s.getState().dragTo('a', -99.7, 32.4);
    s.getState().dropDrag();
    expect(s.getState().candidates).toBe(list);
    s.getState().dragTo('a', -99, 33);
    s.getState().remove('a');
    expect(s.getState().dragPreview).toBeNull();
    s.getState().dropDrag();
    expect(s.getState().candidates).toEqual([]);
  });
});
