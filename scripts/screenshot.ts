// Takes a screenshot of the built app: `npm run build && tsx scripts/screenshot.ts out.png [path]`.
import { startApp, waitForMapIdle, watchPage } from '../test/browser/harness';

const out = process.argv[2] ?? 'screenshot.png';
const path = process.argv[3] ?? '/';
const app = await startApp();
try {
  const page = await app.browser.newPage({ viewport: { width: 1400, height: 860 } });
  const watch = watchPage(page, app.baseUrl);
  const t0 = Date.now();
  await page.goto(app.baseUrl + path);
  await waitForMapIdle(page);
  console.log(`map idle after ${Date.now() - t0} ms`);
  await page.screenshot({ path: out });
  console.log({ out, ...watch });
} finally {
  await app.close();
}
