// Browser-test harness: serves the built app (dist/) with vite preview on a free local port and
// drives the system Chromium headless through playwright-core (WebGL via SwiftShader).
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface AppSession {
  baseUrl: string;
  browser: Browser;
  server: PreviewServer;
  close(): Promise<void>;
}

/** Serves a built app: dist/, or another build (e.g. to compare two builds) given here or by GRIDSCOUT_DIST. */
export async function startApp(dist = process.env.GRIDSCOUT_DIST ?? 'dist'): Promise<AppSession> {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npm run build\` first`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    baseUrl,
    browser,
    server,
    async close() {
      await browser.close();
      await new Promise<void>((res) => server.httpServer.close(() => res()));
    },
  };
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Records console errors, page errors and every request that leaves the local server. */
export function watchPage(page: Page, baseUrl: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  return watch;
}

export async function waitForMapIdle(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: timeoutMs });
}

/** Page coordinates of a lon/lat on the map canvas (via the map that startMap exposes). */
export async function screenPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('map canvas not visible');
  const xy = await page.evaluate(
    ([lo, la]) => (window as unknown as { __gridscoutMap: { project(l: [number, number]): { x: number; y: number } } }).__gridscoutMap.project([lo, la]),
    [lon, lat] as [number, number],
  );
  return { x: box.x + xy.x, y: box.y + xy.y };
}

/** Serves the app, opens one page on it and waits for the map: the usual start of a browser test file. */
export async function openAppPage(viewport = { width: 1400, height: 900 }): Promise<{ app: AppSession; page: Page; watch: PageWatch }> {
  const app = await startApp();
  const page = await app.browser.newPage({ viewport });
  const watch = watchPage(page, app.baseUrl);
  await page.goto(app.baseUrl);
  await waitForMapIdle(page);
  return { app, page, watch };
}

/**
 * A CSV of `rows` distinct sites on a grid over the southern plains (all land, all in covered regions):
 * name,lat,lon,owner,mw. `names` replace the first names (CSV-quoted here); `extraLines` are appended
 * as written (e.g. bad rows). The scale test, the perf scripts and the import profiler share it.
 */
export function plainsSitesCsv(rows: number, opts: { names?: readonly string[]; extraLines?: readonly string[] } = {}): string {
  const lines = ['name,lat,lon,owner,mw'];
  for (let i = 0; i < rows; i++) {
    const lat = 33 + Math.floor(i / 400) * 0.028;
    const lon = -105 + (i % 400) * 0.0375;
    const given = opts.names?.[i];
    const name = given === undefined ? `Site ${i}` : `"${given.replace(/"/g, '""')}"`;
    lines.push(`${name},${lat.toFixed(4)},${lon.toFixed(4)},Owner ${i % 50},${i % 300}`);
  }
  lines.push(...(opts.extraLines ?? []));
  return lines.join('\n');
}

export interface LongTask {
  start: number;
  duration: number;
}

/** From the next navigation on, records the page's long tasks (PerformanceObserver 'longtask'). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Long tasks recorded (recordLongTasks) that started at or after `since` (performance.now()). */
export function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  return page.evaluate((from) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((t) => t.start >= from), since);
}
