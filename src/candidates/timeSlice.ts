// Runs a loop over many items in slices of a few milliseconds, yielding to the browser in between, so
// input and rendering stay responsive (no long task) while 100,000 sites are scored or exported.
export interface SliceOptions {
  /** Work per slice before yielding, ms. */
  sliceMs?: number;
  onProgress?(done: number, total: number): void;
  /** Checked between slices: return true to stop (e.g. the inputs changed). */
  cancelled?(): boolean;
}

// setTimeout, not scheduler.yield(): in Chromium a scheduler.yield() continuation runs ahead of
// rendering, so a 100,000-site export drew almost no frames (1.4–1.9 s between frames, measured).
export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves true when every item was processed, false when cancelled. */
export async function forEachSliced<T>(items: readonly T[], fn: (item: T, index: number) => void, opts: SliceOptions = {}): Promise<boolean> {
  const sliceMs = opts.sliceMs ?? 12;
  let i = 0;
  while (i < items.length) {
    if (opts.cancelled?.()) return false;
    const end = performance.now() + sliceMs;
    do fn(items[i], i++);
    while (i < items.length && (i & 31 || performance.now() < end));
    opts.onProgress?.(i, items.length);
    if (i < items.length) await yieldToBrowser();
  }
  return !opts.cancelled?.();
}

export interface DrainOptions<T> {
  /** Work per slice before yielding, ms. */
  sliceMs?: number;
  /** Checked between slices: return true to stop. */
  cancelled?(): boolean;
  /** After each slice, with the values it produced (e.g. to hand them on and show progress). */
  onSlice(values: T[]): void;
}

/**
 * Pulls values from an iterator (e.g. a generator that does a bounded piece of work per step) in time
 * slices, yielding to the browser in between. Resolves true when the iterator is exhausted, false
 * when cancelled.
 */
export async function drainSliced<T>(iterator: Iterator<T, unknown, undefined>, opts: DrainOptions<T>): Promise<boolean> {
  const sliceMs = opts.sliceMs ?? 12;
  for (;;) {
    if (opts.cancelled?.()) return false;
    const end = performance.now() + sliceMs;
    const values: T[] = [];
    let r: IteratorResult<T, unknown>;
    do {
      r = iterator.next();
      if (!r.done) values.push(r.value);
    } while (!r.done && performance.now() < end);
    opts.onSlice(values);
    if (r.done) return !opts.cancelled?.();
    await yieldToBrowser();
  }
}
