// Where the main thread's long tasks go during a 100,000-row import, in headless Chromium:
//   npx vite build --minify false && npx tsx scripts/profile-import.ts
// Imports the scale test's CSV (test/browser/scale.browser.test.ts), records a Chrome trace and a CPU
// profile from "Confirm import" until every site is scored, and prints each main-thread task over
// 100 ms with the call stacks (our code: innermost frames in dist/assets) that its samples fell in,
// plus any WebGL call that waited on the GPU process (shader compiles). A tool for finding what to fix,
// not a benchmark: tracing and profiling slow the page down (build without minify for readable names).
//   RUNS=<n> page loads (default 1); DEPTH=<n> frames per stack (default 4); GRIDSCOUT_DIST=<dir> build
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainsSitesCsv, startApp, waitForMapIdle } from '../test/browser/harness';

/** The parts of a CDP Profiler.Profile read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

// A plain string: page.addInitScript(fn) would carry tsx's __name() helpers into the page.
const INIT = `
  window.__glWaits = [];
  for (const name of ['getProgramParameter', 'getShaderParameter', 'readPixels']) {
    const orig = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function (...a) {
      const t = performance.now();
      const r = orig.apply(this, a);
      if (performance.now() - t > 5) window.__glWaits.push(name + ' ' + (performance.now() - t).toFixed(0) + ' ms');
      return r;
    };
  }
`;

const DEPTH = Number(process.env.DEPTH ?? 4);
const dir = mkdtempSync(join(tmpdir(), 'gridscout-profile-'));
const file = join(dir, 'sites-100k.csv');
writeFileSync(file, plainsSitesCsv(100_000));

/** Samples of `profile` within [from, to] (trace clock, µs), counted by their innermost app frames. */
function stacksIn(profile: CpuProfile, from: number, to: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
  const counts = new Map<string, number>();
  let at = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    at += profile.timeDeltas?.[i] ?? 0;
    if (at < from || at > to) return;
    const chain: string[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (f.url.includes('/assets/')) chain.push(`${f.functionName || '(anonymous)'}:${f.lineNumber}`);
      else if (chain.length === 0 && f.functionName) chain.push(`[${f.functionName}]`);
    }
    const key = chain.slice(0, DEPTH).join(' < ') || '(no JS)';
    counts.set(key, (counts.get(key) ?? 0) + interval);
  });
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
}

const app = await startApp();
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 1); run++) {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(INIT);
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);
    // As the scale test: after the start-up shader warm-up (src/map/candidateCircles.ts).
    await page.waitForFunction(() => (window as unknown as { __gridscoutPerf: { candidateShaderWarmAt?: number } }).__gridscoutPerf.candidateShaderWarmAt !== undefined, undefined, { timeout: 20_000 });
    await page.getByRole('tab', { name: 'Candidates' }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Confirm import' });
    await confirm.waitFor({ timeout: 60_000 });
    const tracePath = join(dir, `trace-${run}.json`);
    await app.browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await confirm.click();
    await page.getByText('100,000 sites', { exact: true }).waitFor({ timeout: 30_000 });
    await page.locator('.list-head [role="status"]').waitFor({ state: 'detached', timeout: 60_000 });
    await page.waitForTimeout(2000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await app.browser.stopTracing();
    const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
    const threads = new Map<string, string>();
    for (const e of trace.traceEvents) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    const tasks = trace.traceEvents.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 100_000 && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
    console.log(`run ${run}: ${tasks.length} main-thread tasks over 100 ms after Confirm import`);
    for (const t of tasks) {
      console.log(`  task of ${((t.dur ?? 0) / 1000).toFixed(0)} ms:`);
      for (const [stack, ms] of stacksIn(profile, t.ts, t.ts + (t.dur ?? 0))) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${stack}`);
    }
    console.log(`  WebGL calls that waited > 5 ms: ${(await page.evaluate(() => (window as unknown as { __glWaits: string[] }).__glWaits)).join(', ') || 'none'}`);
    await page.close();
  }
} finally {
  await app.close();
}
