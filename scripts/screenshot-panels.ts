// Screenshots of panels that need a few clicks first, desktop and phone, for looking at them:
//   npm run build && tsx scripts/screenshot-panels.ts <out-dir> [workspaces|regions ...]
import type { Page } from 'playwright-core';
import { startApp, waitForMapIdle } from '../test/browser/harness';

const SCENES: Record<string, (page: Page) => Promise<void>> = {
  // The workspace menu with two workspaces and a delete confirmation.
  async workspaces(page) {
    await page.getByRole('button', { name: /^Workspace/ }).click();
    await page.getByRole('dialog', { name: 'Workspaces' }).getByRole('button', { name: 'New workspace' }).click();
    await page.getByLabel('Name of the new workspace').fill('Permian hosting sites');
    await page.getByLabel('Name of the new workspace').press('Enter');
    await page.getByRole('dialog', { name: 'Workspaces' }).getByRole('button', { name: /^Delete My workspace/ }).click();
  },
  // Find regions run at the default threshold, the best region chosen.
  async regions(page) {
    // On a phone the panel is a bottom sheet: pull it up to half (one tap on its handle).
    if ((page.viewportSize()?.width ?? 1400) < 700) await page.locator('.sheet-handle').click();
    await page.getByLabel('Suitability score legend').waitFor();
    const box = page.getByRole('region', { name: 'Find regions' });
    await box.scrollIntoViewIfNeeded();
    await box.getByRole('button', { name: 'Find regions', exact: true }).click();
    await box.getByRole('button', { name: /^#1 / }).click();
    await page.waitForTimeout(1000);
  },
};

const [dir = '.', ...names] = process.argv.slice(2);
const app = await startApp();
try {
  for (const scene of names.length ? names : Object.keys(SCENES)) {
    for (const [name, width, height] of [['desktop', 1400, 900], ['phone', 390, 844]] as const) {
      const page = await app.browser.newPage({ viewport: { width, height }, ...(width < 700 ? { isMobile: true, hasTouch: true } : {}) });
      await page.goto(app.baseUrl);
      await waitForMapIdle(page);
      await SCENES[scene](page);
      await waitForMapIdle(page);
      await page.screenshot({ path: `${dir}/${scene}-${name}.png` });
      await page.close();
    }
  }
} finally {
  await app.close();
}
