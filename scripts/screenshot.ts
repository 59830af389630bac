// Screenshot of the built app in headless Chromium, for looking at what we build:
//   npm run build && tsx scripts/screenshot.ts out.png [--layers "Climate,Known sites"] [--off "Suitability score"]
//        [--tab Scoring] [--click lon,lat] [--hover lon,lat] [--path /#…] [--size 390x844]
import { screenPoint, startApp, waitForMapIdle, watchPage } from '../test/browser/harness';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--')) ?? 'screenshot.png';
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const lonLat = (s: string | undefined) => (s ? (s.split(',').map(Number) as [number, number]) : null);

const app = await startApp();
try {
  const [width, height] = (opt('size') ?? '1400x900').split('x').map(Number);
  const page = await app.browser.newPage({ viewport: { width, height }, ...(width < 700 ? { isMobile: true, hasTouch: true } : {}) });
  const watch = watchPage(page, app.baseUrl);
  const t0 = Date.now();
  await page.goto(app.baseUrl + (opt('path') ?? '/'));
  await waitForMapIdle(page);
  console.log(`map idle after ${Date.now() - t0} ms`);
  for (const name of (opt('off') ?? '').split(',').filter(Boolean)) await page.getByRole('checkbox', { name, exact: true }).uncheck();
  for (const name of (opt('layers') ?? '').split(',').filter(Boolean)) await page.getByRole('checkbox', { name, exact: true }).check();
  const project = (ll: [number, number]) => screenPoint(page, ll[0], ll[1]);
  const click = lonLat(opt('click'));
  if (click) {
    const p = await project(click);
    await page.mouse.click(p.x, p.y);
  }
  const tab = opt('tab');
  if (tab) await page.getByRole('tab', { name: tab }).click();
  await page.waitForTimeout(1500);
  const hover = lonLat(opt('hover'));
  if (hover) {
    const p = await project(hover);
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(400);
  }
  await page.screenshot({ path: out });
  console.log({ out, ...watch });
} finally {
  await app.close();
}
