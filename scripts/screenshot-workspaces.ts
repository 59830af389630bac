// Screenshots of the workspace menu (desktop and phone), for looking at it:
//   npm run build && tsx scripts/screenshot-workspaces.ts <out-dir>
import { startApp, waitForMapIdle } from '../test/browser/harness';

const dir = process.argv[2] ?? '.';
const app = await startApp();
try {
  for (const [name, width, height] of [['desktop', 1400, 900], ['phone', 390, 844]] as const) {
    const page = await app.browser.newPage({ viewport: { width, height }, ...(width < 700 ? { isMobile: true, hasTouch: true } : {}) });
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: /^Workspace/ }).click();
    await page.getByRole('dialog', { name: 'Workspaces' }).getByRole('button', { name: 'New workspace' }).click();
    await page.getByLabel('Name of the new workspace').fill('Permian hosting sites');
    await page.getByLabel('Name of the new workspace').press('Enter');
    await page.getByRole('dialog', { name: 'Workspaces' }).getByRole('button', { name: /^Delete My workspace/ }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${dir}/workspaces-${name}.png` });
    await page.close();
  }
} finally {
  await app.close();
}
