import { PNG } from 'pngjs';

/** Counts colours over a sample of a screenshot's pixels (quantised to 4 bits per channel). */
export function colourStats(pngBuffer: Buffer, samples = 5000): { distinct: number; dominantShare: number } {
  const png = PNG.sync.read(pngBuffer);
  const counts = new Map<number, number>();
  const total = png.width * png.height;
  const step = Math.max(1, Math.floor(total / samples));
  let n = 0;
  for (let i = 0; i < total; i += step, n++) {
    const o = i * 4;
    const key = ((png.data[o] >> 4) << 8) | ((png.data[o + 1] >> 4) << 4) | (png.data[o + 2] >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { distinct: counts.size, dominantShare: Math.max(...counts.values()) / n };
}
