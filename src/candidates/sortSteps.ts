// A sort that can be paused: sorts an index array in place, yielding after bounded pieces of work, so
// 100,000 rows are ordered across many short tasks (drainSliced) instead of one 100–250 ms task.
// Short runs are sorted with the built-in sort, then merged bottom-up. The comparator must be a total
// order (ties broken by index), so the result equals a one-go sort with the same comparator.

/** Sorts `order` in place; each yield marks a bounded amount of work done (~RUN elements). */
export function* sortSteps(order: Uint32Array, compare: (a: number, b: number) => number, run = 2048): Generator<void, void, undefined> {
  const n = order.length;
  for (let lo = 0; lo < n; lo += run) {
    order.subarray(lo, Math.min(n, lo + run)).sort(compare);
    yield;
  }
  let src: Uint32Array = order;
  let dst: Uint32Array = new Uint32Array(n);
  for (let width = run; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        dst[k++] = compare(src[i], src[j]) <= 0 ? src[i++] : src[j++];
        if (k % run === 0) yield;
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    [src, dst] = [dst, src];
  }
  if (src !== order) order.set(src);
}
