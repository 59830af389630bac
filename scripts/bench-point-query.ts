// Point query timing with the county and utility facts joined: median µs per queryPoint over random
// points in the contiguous US, plus the area lookups alone. Prints point_query_us= for the budget (≤ 1,000 µs).
//   npx tsx scripts/bench-point-query.ts
import { queryAreas } from '../src/data/areaFacts';
import { queryPoint } from '../src/data/pointQuery';
import { loadQueryContextWithAreasNode } from './lib/nodeData';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const ctx = loadQueryContextWithAreasNode();
const rand = lcg(13);
const points = Array.from({ length: 2000 }, () => [-124 + rand() * 57, 25 + rand() * 24] as const);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function perPointUs(run: (lon: number, lat: number) => unknown): number {
  const batches: number[] = [];
  for (let b = 0; b < 9; b++) {
    const t = performance.now();
    for (const [lon, lat] of points) run(lon, lat);
    batches.push(((performance.now() - t) * 1000) / points.length);
  }
  return median(batches);
}

perPointUs((lon, lat) => queryPoint(ctx, lon, lat)); // warm-up
const full = perPointUs((lon, lat) => queryPoint(ctx, lon, lat));
const areas = perPointUs((lon, lat) => queryAreas(ctx.areas!, lon, lat));
const served = points.filter(([lon, lat]) => queryAreas(ctx.areas!, lon, lat).utility.utility !== null).length;
console.log(`point query with county and utility facts: ${points.length} random points (${served} inside a utility territory), median of 9 batches`);
console.log(`point_query_us=${full.toFixed(1)} area_lookup_us=${areas.toFixed(1)}`);
