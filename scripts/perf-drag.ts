// Dragging the selected site's pin among 100,000 candidates, in headless Chromium on a built app:
//   npx vite build && npx tsx scripts/perf-drag.ts
// Imports 100,000 sites (the CSV of test/browser/scale.browser.test.ts), waits until they are listed,
// scored and drawn, selects one, then drags its pin with the mouse over ~1 s in 30 steps, DRAGS times.
// Per drag it reports the longest main-thread task (PerformanceObserver 'longtask') and the frames
// (requestAnimationFrame callbacks) during the drag, and the longest task in the 2 s after the drop
// (the one commit of the move). Figures to read, not assertions: the machine is shared.
//   PERF_DIST=<dir>  serve another build (e.g. one made with `vite build --outDir /tmp/x`), default dist/
//   PERF_ROWS=<n>    list size (default 100000); DRAGS=<n> drags (default 5)
//   PERF_PROFILE=1   also prints the functions with the most self time during each drag (CDP Profiler)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { plainsSitesCsv, recordLongTasks, startApp, waitForMapIdle } from '../test/browser/harness';

const ROWS = Number(process.env.PERF_ROWS ?? 100_000);
const DRAGS = Number(process.env.DRAGS ?? 5);
const STEPS = 30;
const DRAG_MS = 1000;
const DIST = resolve(process.env.PERF_DIST ?? 'dist');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
type W = { __longTasks: { start: number; duration: number }[]; __frames: number[]; __countFrames: boolean };

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }

/** Self time per function over a CPU profile, top `top`. */
function hotFunctions(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, top = 12): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
}

async function drag(page: Page, n: number, cdp: CDPSession | null) {
  const pin = page.locator('.maplibregl-marker[aria-label^="Selected candidate"]');
  const box = (await pin.boundingBox())!;
  const x0 = box.x + box.width / 2, y0 = box.y + box.height / 2;
  // Out and back, so repeated drags stay in view.
  const dir = n % 2 === 0 ? 1 : -1;
  await page.mouse.move(x0, y0);
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  const t0 = await page.evaluate(`(() => {
    const w = window;
    w.__frames = [];
    w.__countFrames = true;
    const tick = (t) => {
      if (!w.__countFrames) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  })()`) as number;
  if (cdp) await cdp.send('Profiler.start');
  await page.mouse.down();
  const wall = Date.now();
  for (let i = 1; i <= STEPS; i++) {
    await page.mouse.move(x0 + dir * i * 6, y0 + dir * i * 3);
    const wait = wall + (i * DRAG_MS) / STEPS - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
  }
  const t1 = await page.evaluate(() => performance.now());
  await page.mouse.up();
  if (cdp) console.log(`  self time during drag ${n + 1}:\n${hotFunctions((await cdp.send('Profiler.stop')).profile as never)}`);
  await page.waitForTimeout(2000);
  return page.evaluate(
    ([a, b]) => {
      const w = window as unknown as W;
      w.__countFrames = false;
      const during = w.__longTasks.filter((t) => t.start >= a && t.start < b);
      const after = w.__longTasks.filter((t) => t.start >= b && t.start < b + 2000);
      const frames = w.__frames.filter((t) => t >= a && t < b);
      let gap = 0;
      for (let i = 1; i < frames.length; i++) gap = Math.max(gap, frames[i] - frames[i - 1]);
      return {
        ms: b - a,
        longest: Math.max(0, ...during.map((t) => t.duration)),
        longTasks: during.length,
        frames: frames.length,
        worstGap: gap,
        afterDrop: Math.max(0, ...after.map((t) => t.duration)),
      };
    },
    [t0, t1],
  );
}

const file = join(mkdtempSync(join(tmpdir(), 'gridscout-drag-')), 'sites.csv');
writeFileSync(file, plainsSitesCsv(ROWS));
const app = await startApp(DIST);
try {
  const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
  await recordLongTasks(page);
  let cdp: CDPSession | null = null;
  if (process.env.PERF_PROFILE) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  }
  await page.goto(app.baseUrl);
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Candidates' }).click();
  await page.getByRole('button', { name: 'Import candidates' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm import' }).click({ timeout: 60_000 });
  await page.getByText(`${ROWS.toLocaleString('en-US')} sites`, { exact: true }).waitFor({ timeout: 60_000 });
  await page.locator('.list-head [role="status"]').waitFor({ state: 'detached', timeout: 90_000 });
  await page.locator('.candidate-table tbody tr.candidate-row th button').nth(3).click();
  await page.waitForTimeout(2500); // fly-to
  await waitForMapIdle(page);
  await page.waitForTimeout(1000);
  const runs = [];
  for (let n = 0; n < DRAGS; n++) {
    const r = await drag(page, n, cdp);
    runs.push(r);
    console.log(`drag ${n + 1}: ${r.ms.toFixed(0)} ms, longest task ${r.longest.toFixed(0)} ms (${r.longTasks} > 50 ms), ${r.frames} frames (worst gap ${r.worstGap.toFixed(0)} ms); after the drop: longest task ${r.afterDrop.toFixed(0)} ms`);
  }
  console.log(
    `perf-drag ${ROWS} sites, ${DIST}: ${STEPS} moves meant for ${DRAG_MS} ms took a median ${median(runs.map((r) => r.ms)).toFixed(0)} ms; median longest task ${median(runs.map((r) => r.longest)).toFixed(0)} ms, median frames ${median(runs.map((r) => r.frames))} ` +
      `(fps ${median(runs.map((r) => (r.frames * 1000) / r.ms)).toFixed(1)}), median worst frame gap ${median(runs.map((r) => r.worstGap)).toFixed(0)} ms, median longest task after drop ${median(runs.map((r) => r.afterDrop)).toFixed(0)} ms`,
  );
} finally {
  await app.close();
}
