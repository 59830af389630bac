// How much of the surface's score is "which state or province the cell is in": for each facility
// type, the share of the variance of the ranked cell scores explained by the region (between-region
// sum of squares ÷ total), and the spread of the score inside Texas, New York and Washington.
// Run: npx tsx scripts/score-variance.ts   (reads public/data; ends with one key=value line)
import { readPublicGzip, readPublicJson } from './lib/nodeData';
import { decodeCube, type SuitabilityCubeMeta } from '../src/scoring/suitabilityCube';
import { scoreBatch } from '../src/scoring/batch';
import { compileModel } from '../src/scoring/model';
import { PROFILE_IDS } from '../src/scoring/profiles';

const meta = readPublicJson<SuitabilityCubeMeta>('cube.json');
const cube = decodeCube(meta, readPublicGzip('cube.bin.gz'));
const cols = cube.columns;
const codes = cube.regionCodes;
const regionOf = cube.regionIndex;
const out: string[] = [];
for (const profile of PROFILE_IDS) {
  const scores = new Float32Array(meta.cells);
  scoreBatch(compileModel({ profile }), cols, scores);
  const byRegion = new Map<number, number[]>();
  let n = 0, sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (Number.isNaN(s) || regionOf[i] < 0) continue;
    const list = byRegion.get(regionOf[i]) ?? [];
    list.push(s);
    byRegion.set(regionOf[i], list);
    n++;
    sum += s;
  }
  /** Between-region share of the variance over the regions `keep` selects, %. */
  const shareOf = (keep: (code: string) => boolean) => {
    const lists = [...byRegion].filter(([r]) => keep(codes[r])).map(([, l]) => l);
    const all = lists.flat();
    const mean = all.reduce((a, b) => a + b, 0) / all.length;
    let total = 0, between = 0;
    for (const list of lists) {
      const m = list.reduce((a, b) => a + b, 0) / list.length;
      between += list.length * (m - mean) ** 2;
      for (const s of list) total += (s - mean) ** 2;
    }
    return (100 * between) / total;
  };
  const share = shareOf(() => true);
  const usShare = shareOf((c) => c.startsWith('US-'));
  const spread = (code: string) => {
    const list = byRegion.get(codes.indexOf(code)) ?? [];
    if (!list.length) return 'no ranked cells';
    const sorted = [...list].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    return `${sorted[0].toFixed(1)}–${sorted[sorted.length - 1].toFixed(1)} (10th–90th ${q(0.1).toFixed(1)}–${q(0.9).toFixed(1)}, ${list.length} cells)`;
  };
  console.log(`${profile}: ${n} ranked cells (mean ${(sum / n).toFixed(1)}); variance explained by state/province ${share.toFixed(1)} % (US states only: ${usShare.toFixed(1)} %)`);
  for (const code of ['US-TX', 'US-NY', 'US-WA']) console.log(`  ${code}: ${spread(code)}`);
  out.push(`${profile}_region_share_pct=${share.toFixed(1)} ${profile}_us_state_share_pct=${usShare.toFixed(1)}`);
}
console.log(out.join(' '));
