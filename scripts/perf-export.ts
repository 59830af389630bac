// "Export all" at 100,000 candidates, in headless Chromium on the built app:
//   npm run perf:export     (builds first)
//   env: PERF_RUNS=3 (page loads, default 1), EXPORT_ROWS (default 100000), EXPORT_FORMATS=geojson,csv,
//        PERF_VERBOSE=1 (list the long tasks), PROFILE_DIR=<dir> (a CPU profile of each export)
// Imports a 100,000-row CSV through the file input (as test/browser/scale.browser.test.ts does), waits
// until every site is listed and scored and the map has them, then clicks "Export all" (GeoJSON) and
// "Export all as CSV" and prints, per export: time from the click to the download starting and to the
// file being saved, file size, sites in the file, the longest main-thread task during the export
// (PerformanceObserver 'longtask'), the longest gap between animation frames and the page's peak JS
// heap (CDP). Not part of `npm test` (a run takes 35–50 s): on a shared 2-core machine these are
// figures to read, not assertions. The last line is machine-readable.
import { createReadStream, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { longTasksSince, plainsSitesCsv, recordLongTasks, startApp, waitForMapIdle } from '../test/browser/harness';

const ROWS = Number(process.env.EXPORT_ROWS ?? 100_000);
const RUNS = Number(process.env.PERF_RUNS ?? 1);

/** Occurrences of `needle` in a file, streamed (the file can be ~400 MB), plus its first and last bytes. */
async function scan(path: string, needle: string): Promise<{ count: number; head: string; tail: string }> {
  const n = Buffer.from(needle);
  let count = 0;
  let carry = Buffer.alloc(0);
  let head = '';
  let last = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 }) as AsyncIterable<Buffer>) {
    if (!head) head = chunk.subarray(0, 60).toString('utf8');
    const buf = Buffer.concat([carry, chunk]);
    for (let i = buf.indexOf(n); i !== -1; i = buf.indexOf(n, i + n.length)) count++;
    carry = buf.subarray(Math.max(0, buf.length - n.length + 1));
    last = Buffer.concat([last, chunk]).subarray(-60);
  }
  return { count, head, tail: last.toString('utf8') };
}

interface ExportRun {
  format: 'geojson' | 'csv';
  startedMs: number;
  savedMs: number;
  mb: number;
  sites: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
  frames: number;
  tasksOver50: number;
  tasksOver100: number;
  peakHeapMb: number;
  valid: boolean;
}

async function exportOnce(page: Page, cdp: CDPSession, format: 'geojson' | 'csv'): Promise<ExportRun> {
  const heapMb = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
  let peak = await heapMb();
  const sampler = setInterval(() => void heapMb().then((h) => (peak = Math.max(peak, h)), () => {}), 250);
  // Frames drawn while the export runs: the longest gap between two animation frames is what a user sees as a freeze.
  // (A string, not a function: tsx would wrap a named inner function in a helper the page does not have.)
  const since = (await page.evaluate(`(() => {
    window.__frameGap = 0;
    window.__frames = 0;
    window.__stopFrames = false;
    let last = performance.now();
    requestAnimationFrame(function tick(t) {
      window.__frameGap = Math.max(window.__frameGap, t - last);
      window.__frames++;
      last = t;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    });
    return performance.now();
  })()`)) as number;
  const button = format === 'geojson' ? page.getByRole('button', { name: 'Export all', exact: true }) : page.getByRole('button', { name: 'Export all as CSV' });
  const profile = process.env.PROFILE_DIR;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  const downloading = page.waitForEvent('download', { timeout: 600_000 });
  downloading.catch(() => {}); // reported below, unless the click itself failed first
  await button.click();
  const download = await downloading;
  const startedMs = Date.now() - t0;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frameGap: number; __frames: number; __stopFrames?: boolean };
    w.__stopFrames = true;
    return { gap: w.__frameGap, count: w.__frames };
  });
  if (profile) writeFileSync(join(profile, `export-${format}-${Date.now()}.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const path = await download.path();
  const savedMs = Date.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, await heapMb());
  // The progress line goes away once the export is done.
  await page.locator('.export-bar [role="status"]').waitFor({ state: 'detached', timeout: 60_000 });
  const tasks = await longTasksSince(page, since);
  const { count, head, tail } = await scan(path!, format === 'geojson' ? '{"type":"Feature",' : '\n');
  const sites = format === 'geojson' ? count : count - 1;
  const valid = format === 'geojson' ? head.startsWith('{"type":"FeatureCollection","features":[') && tail.endsWith('}}]}') : head.startsWith('id,name,lon,lat,') && tail.endsWith('\n');
  if (process.env.PERF_VERBOSE) console.log(`  ${format} tasks > 50 ms (s after the click: ms): ${tasks.map((t) => `${((t.start - since) / 1000).toFixed(1)}:${t.duration.toFixed(0)}`).join(' ')}`);
  return {
    format,
    startedMs,
    savedMs,
    mb: statSync(path!).size / 1e6,
    sites,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longestFrameGapMs: frames.gap,
    frames: frames.count,
    tasksOver50: tasks.length,
    tasksOver100: tasks.filter((t) => t.duration > 100).length,
    peakHeapMb: peak,
    valid,
  };
}

async function main() {
  const file = join(mkdtempSync(join(tmpdir(), 'gridscout-perf-export-')), `sites-${ROWS}.csv`);
  writeFileSync(file, plainsSitesCsv(ROWS));
  const app = await startApp();
  let closing = false;
  app.browser.on('disconnected', () => closing || console.error('browser disconnected'));
  const results: ExportRun[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      await recordLongTasks(page);
      page.on('crash', () => console.error('page crashed'));
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(app.baseUrl);
      await waitForMapIdle(page);
      await page.getByRole('tab', { name: 'Candidates' }).click();
      await page.locator('input[type="file"]').setInputFiles(file);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Confirm import' }).click({ timeout: 120_000 });
      await page.getByText(`${ROWS.toLocaleString('en-US')} sites`, { exact: true }).waitFor({ timeout: 120_000 });
      await page.locator('.list-head [role="status"]').waitFor({ state: 'detached', timeout: 180_000 });
      // Let the map finish taking the 100,000 sites in (its updateData diffs and first draws), so the
      // figures are the export's own.
      await page.waitForFunction(() => (window as unknown as { __gridscoutMap: { loaded(): boolean } }).__gridscoutMap.loaded(), undefined, { timeout: 120_000 });
      await page.waitForTimeout(2000);
      for (const format of (process.env.EXPORT_FORMATS ?? 'geojson,csv').split(',') as ('geojson' | 'csv')[]) {
        const r = await exportOnce(page, cdp, format);
        results.push(r);
        console.log(
          `run ${run + 1} ${format.padEnd(7)}: download starts ${(r.startedMs / 1000).toFixed(1)} s, saved ${(r.savedMs / 1000).toFixed(1)} s after the click; ` +
            `${r.mb.toFixed(1)} MB, ${r.sites.toLocaleString('en-US')} sites${r.valid ? '' : ' (MALFORMED)'}; longest main-thread task ${r.longestTaskMs.toFixed(0)} ms ` +
            `(${r.tasksOver50} tasks > 50 ms, ${r.tasksOver100} > 100 ms), longest gap between frames ${r.longestFrameGapMs.toFixed(0)} ms (${r.frames} frames); peak JS heap ${r.peakHeapMb.toFixed(0)} MB`,
        );
      }
      await page.close();
    }
  } finally {
    closing = true;
    await app.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const of = (f: 'geojson' | 'csv') => results.filter((r) => r.format === f);
  const line = (['geojson', 'csv'] as const)
    .filter((f) => of(f).length > 0)
    .map((f) => `export_${f}_${ROWS}_s=${(median(of(f).map((r) => r.startedMs)) / 1000).toFixed(1)} ${f}_mb=${median(of(f).map((r) => r.mb)).toFixed(1)} ${f}_longest_task_ms=${median(of(f).map((r) => r.longestTaskMs)).toFixed(0)} ${f}_frame_gap_ms=${median(of(f).map((r) => r.longestFrameGapMs)).toFixed(0)}`)
    .join(' ');
  console.log(line);
  if (results.some((r) => !r.valid || r.sites !== ROWS)) process.exitCode = 1;
}

await main();
