// Point-query timing: queryPoint at random land points of the USA, Canada and Mexico over the
// shipped data (all lookups: region, eGRID subregion, ISO footprint, shale play, climate, latency).
import { queryPoint } from '../../src/data/pointQuery';
import { loadQueryContextNode } from './nodeData';

/** Median µs per point over `rounds` rounds of `points` points (the first round warms up). */
export function benchPointQuery(points = 2000, rounds = 7): { medianUs: number; landPoints: number } {
  const ctx = loadQueryContextNode();
  let seed = 42;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pts: [number, number][] = [];
  while (pts.length < points) {
    const lon = -168 + rand() * 116;
    const lat = 15 + rand() * 57;
    if (ctx.regionIndex.regionAt(lon, lat)) pts.push([lon, lat]);
  }
  const perRound: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds + 1; r++) {
    const t = performance.now();
    for (const [lon, lat] of pts) sink += queryPoint(ctx, lon, lat).carbon?.value ?? 0;
    if (r > 0) perRound.push(((performance.now() - t) * 1000) / pts.length);
  }
  if (!Number.isFinite(sink)) throw new Error('unreachable');
  perRound.sort((a, b) => a - b);
  return { medianUs: perRound[Math.floor(perRound.length / 2)], landPoints: pts.length };
}
