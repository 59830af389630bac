// npx tsx scripts/bench-surface-paint.ts — the main-thread work of reading the suitability surface
// at 1,000,000+ cells, on a synthetic grid laid out like the real one (land in contiguous runs, so
// branches behave as on a map; scores random within land):
//   1. repaint of every pixel for a new threshold (what one step of the slider costs before the
//      canvas upload), into the one reused RGBA buffer;
//   2. the histogram's single pass over scores and coverage (once per new set of scores).
// The last line is machine-readable: threshold_repaint_1m_ms=<median> histogram_1m_ms=<median>
import { SCORE_SCALE } from '../src/map/layers/suitability';
import { paintScoresByCoverage } from '../src/map/surfaceRaster';
import { scoreHistogram } from '../src/scoring/scoreHistogram';

const COLS = 1200;
const ROWS = 884; // ≈ the 0.1° North America grid: 1,060,800 cells
const CELLS = COLS * ROWS;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const random = lcg(15);
const scores = new Float32Array(CELLS);
const coverage = new Uint8Array(CELLS);
let landCells = 0;
for (let i = 0; i < CELLS; i++) {
  // A diagonal banding: ~46 % scored land, ~4 % insufficient, ~2 % excluded land, the rest sea.
  const band = ((i % COLS) / COLS + Math.floor(i / COLS) / ROWS) % 1;
  if (band < 0.52) landCells++;
  if (band < 0.46) {
    scores[i] = random() * 100;
    coverage[i] = 50 + Math.floor(random() * 51);
  } else {
    scores[i] = Number.NaN;
    coverage[i] = band < 0.5 ? 30 : 0;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(runs: number, f: (run: number) => void): number {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f(r);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const rgba = new Uint8ClampedArray(CELLS * 4);
const repaintMs = time(41, (r) => paintScoresByCoverage(scores, coverage, COLS, SCORE_SCALE, rgba, r === 0 ? null : (r * 7) % 101));
let scored = 0;
const histogramMs = time(41, () => void (scored = scoreHistogram(scores, coverage, landCells).scored));

console.log(`surface reading: ${CELLS.toLocaleString('en-US')} cells (${scored.toLocaleString('en-US')} scored), node ${process.version}, median of 41 runs`);
console.log(`  threshold repaint (pixels only, one reused ${(rgba.byteLength / 1e6).toFixed(1)} MB buffer): ${repaintMs.toFixed(1)} ms`);
console.log(`  histogram (one pass): ${histogramMs.toFixed(1)} ms`);
console.log(`threshold_repaint_1m_ms=${repaintMs.toFixed(1)} histogram_1m_ms=${histogramMs.toFixed(1)}`);
