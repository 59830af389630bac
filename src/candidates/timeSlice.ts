// Runs a loop over many items in slices of a few milliseconds, yielding to the browser in between, so
// input and rendering stay responsive (no long task) while 100,000 sites are scored or exported.
export interface SliceOptions {
  /** Work per slice before yielding, ms. */
  sliceMs?: number;
  onProgress?(done: number, total: number): void;
  /** Checked between slices: return true to stop (e.g. the inputs changed). */
  cancelled?(): boolean;
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
