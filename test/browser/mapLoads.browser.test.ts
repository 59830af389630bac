import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourStats } from './pixels';
import { startApp, waitForMapIdle, watchPage, type AppSession } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the offline map', () => {
  it('renders North America with borders and names, no console errors, no foreign requests', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page, app.baseUrl);
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);

    const canvas = page.locator('.maplibregl-canvas');
    const stats = colourStats(await canvas.screenshot());
    // Water, land, region fill and border lines at least; a blank canvas has one colour.
    expect(stats.distinct).toBeGreaterThan(5);
    expect(stats.dominantShare).toBeLessThan(0.8);

    for (const name of ['Texas', 'Québec', 'Alaska', 'Ontario']) {
      await expect(page.getByText(name, { exact: true }).first().isVisible()).resolves.toBe(true);
    }
    await expect(page.getByRole('combobox', { name: 'Facility type' }).isVisible()).resolves.toBe(true);

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});
