// Screenshots of "Find regions" (desktop and phone), for looking at it:
//   npm run build && tsx scripts/screenshot-regions.ts <out-dir>
import { startApp, waitForMapIdle } from '../test/browser/harness';

const dir = process.argv[2] ?? '.';
const app = await startApp();
try {
  for (const [name, width, height] of [['desktop', 1400, 900], ['phone', 390, 844]] as const) {
    const page = await app.browser.newPage({ viewport: { width, height }, ...(width < 700 ? { isMobile: true, hasTouch: true } : {}) });
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);
    if (width < 700) await page.getByRole('button', { name: /sheet|panel/i }).first().click().catch(() => {});
    await page.getByLabel('Suitability score legend').waitFor();
    const box = page.getByRole('region', { name: 'Find regions' });
    await box.scrollIntoViewIfNeeded();
    await box.getByRole('button', { name: 'Find regions', exact: true }).click();
    await box.getByRole('button', { name: /^#1 / }).click();
    await page.waitForTimeout(1500);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${dir}/regions-${name}.png` });
    await page.close();
  }
} finally {
  await app.close();
}
