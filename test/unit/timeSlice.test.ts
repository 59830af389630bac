import { describe, expect, it } from 'vitest';
import { drainSliced, forEachSliced } from '../../src/candidates/timeSlice';

function* steps(n: number, msEach: number) {
  for (let i = 0; i < n; i++) {
    const end = performance.now() + msEach;
    while (performance.now() < end);
    yield i;
  }
}

describe('drainSliced', () => {
  it('pulls every value, in order, a slice at a time, yielding in between', async () => {
    const slices: number[][] = [];
    let timersRan = 0;
    const tick = setInterval(() => timersRan++, 0);
    const ok = await drainSliced(steps(40, 1), { sliceMs: 5, onSlice: (v) => slices.push(v) });
    clearInterval(tick);
    expect(ok).toBe(true);
    expect(slices.flat()).toEqual([...Array(40).keys()]);
    expect(slices.length).toBeGreaterThan(3);
    expect(Math.max(...slices.map((s) => s.length))).toBeLessThan(40);
    expect(timersRan).toBeGreaterThan(0);
  });

  it('an empty iterator gives one empty slice and resolves true', async () => {
    const slices: number[][] = [];
    expect(await drainSliced(steps(0, 0), { onSlice: (v) => slices.push(v) })).toBe(true);
    expect(slices).toEqual([[]]);
  });

  it('stops between slices when cancelled', async () => {
    let seen = 0;
    const ok = await drainSliced(steps(100, 1), { sliceMs: 3, onSlice: (v) => (seen += v.length), cancelled: () => seen > 10 });
    expect(ok).toBe(false);
    expect(seen).toBeLessThan(100);
  });
});

describe('forEachSliced', () => {
  it('visits every item and reports progress', async () => {
    const seen: number[] = [];
    const progress: number[] = [];
    await forEachSliced([...Array(100).keys()], (x) => void seen.push(x), { onProgress: (d) => progress.push(d) });
    expect(seen).toHaveLength(100);
    expect(progress.at(-1)).toBe(100);
  });
});
