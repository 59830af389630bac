// First map idle, and when the suitability surface is first drawn, for two builds, page loads
// interleaved (A B A B …) so that a shared machine's noise falls on both alike:
//   npx vite build --outDir /tmp/a && (change something) && npx vite build --outDir /tmp/b
//   DIST_A=/tmp/a DIST_B=/tmp/b RUNS=8 npx tsx scripts/compare-builds.ts
import { startApp, waitForMapIdle, type AppSession } from '../test/browser/harness';

const dists = [process.env.DIST_A ?? 'dist', process.env.DIST_B ?? 'dist'];
const sessions: AppSession[] = [];
for (const d of dists) sessions.push(await startApp(d));
const results: number[][] = [[], []];
const loads: number[][] = [[], []];
const surface: number[][] = [[], []];
try {
  for (let r = 0; r < Number(process.env.RUNS ?? 5); r++) {
    for (let i = 0; i < 2; i++) {
      const s = sessions[i];
      const context = await s.browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(s.baseUrl);
      await waitForMapIdle(page);
      await page.waitForFunction(() => (window as unknown as { __gridscoutPerf?: { surfaceRecolouredAt?: number } }).__gridscoutPerf?.surfaceRecolouredAt !== undefined, undefined, { timeout: 20000 });
      const m = await page.evaluate(() => (window as unknown as { __gridscoutPerf: { mapIdleAt: number; boundariesAt: number; surfaceRecolouredAt: number } }).__gridscoutPerf);
      surface[i].push(m.surfaceRecolouredAt);
      results[i].push(m.mapIdleAt);
      loads[i].push(m.boundariesAt);
      await context.close();
    }
  }
} finally {
  for (const s of sessions) await s.close();
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let i = 0; i < 2; i++) console.log(`${dists[i]}: first idle median ${med(results[i]).toFixed(0)} ms [${results[i].map((x) => x.toFixed(0)).join(', ')}]; boundaries decoded median ${med(loads[i]).toFixed(0)}; surface drawn median ${med(surface[i]).toFixed(0)}`);
