// npx tsx scripts/bench-point-query.ts (also run by npm run bench) — the point query with and without the nearby-power facts
// (plants within 50 km, nearest plant ≥ 100 MW, nearest lines ≥ 230 and ≥ 345 kV), at 2,000 land
// points spread over the study area, after a warm-up that builds the indexes. Medians of 5 rounds of
// per-point times. The last line is machine-readable:
//   point_query_us=<median µs per query, with power> point_query_base_us=<without>
import { pathToFileURL } from 'node:url';
import { queryPoint, type QueryContext } from '../src/data/pointQuery';
import { loadPowerContextNode, loadQueryContextNode } from './lib/nodeData';

const POINTS = 2000;
const ROUNDS = 5;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function landPoints(ctx: QueryContext): [number, number][] {
  const rnd = lcg(13);
  const out: [number, number][] = [];
  while (out.length < POINTS) {
    const lon = -128 + 62 * rnd();
    const lat = 15 + 45 * rnd();
    if (ctx.regionIndex.regionAt(lon, lat)) out.push([lon, lat]);
  }
  return out;
}

/** Median over rounds of the median per-point time, µs. */
function measure(ctx: QueryContext, points: [number, number][]): number {
  for (const [lon, lat] of points.slice(0, 200)) queryPoint(ctx, lon, lat);
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const times = points.map(([lon, lat]) => {
      const t = performance.now();
      queryPoint(ctx, lon, lat);
      return performance.now() - t;
    });
    rounds.push(median(times) * 1000);
  }
  return median(rounds);
}

/** The point query's median µs at land points, with and without the nearby-power facts. */
export function benchPointQuery(): { withPowerUs: number; baseUs: number } {
  const base = loadQueryContextNode();
  const t = performance.now();
  const withPower: QueryContext = { ...base, power: loadPowerContextNode() };
  queryPoint(withPower, -97, 31);
  console.log(`point query: power data decoded and indexed in ${(performance.now() - t).toFixed(0)} ms`);
  const points = landPoints(base);
  const baseUs = measure(base, points);
  const withPowerUs = measure(withPower, points);
  console.log(`point query at ${POINTS} land points: ${baseUs.toFixed(0)} µs without nearby power, ${withPowerUs.toFixed(0)} µs with it (median)`);
  return { withPowerUs, baseUs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchPointQuery();
  console.log(`point_query_us=${r.withPowerUs.toFixed(0)} point_query_base_us=${r.baseUs.toFixed(0)}`);
}
