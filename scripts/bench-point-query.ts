// npx tsx scripts/bench-point-query.ts — the point query alone (npm run bench runs it too).
import { benchPointQuery } from './lib/pointQueryBench';

const { medianUs, landPoints } = benchPointQuery();
console.log(`point query: ${landPoints.toLocaleString('en-US')} land points, median of 7 rounds: ${medianUs.toFixed(1)} µs/point`);
console.log(`point_query_us=${medianUs.toFixed(1)}`);
