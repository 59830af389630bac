// Dragging the selected site's pin: while the mouse is down the readout beside the pin re-scores the
// site at the pin's position live (region and the three scores) and the list keeps the old position;
// on the drop the list gets the new position once, with the scores the readout showed last.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppPage, screenPoint, waitForMapIdle, type AppSession, type PageWatch } from './harness';

let app: AppSession;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  ({ app, page, watch } = await openAppPage());
});
afterAll(async () => {
  await app?.close();
});

const readout = () => page.getByTestId('drag-readout');
const readoutRegion = () => readout().locator('.drag-readout__region').getAttribute('data-code');
const readoutScores = () => readout().locator('[data-profile] b').allInnerTexts();
const pin = () => page.locator('.maplibregl-marker[aria-label^="Selected candidate"]');
const centre = async () => {
  const b = (await pin().boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

describe('dragging a site', () => {
  it('re-scores it live during the drag and commits the position to the list on the drop', { timeout: 90_000 }, async () => {
    await page.getByRole('tab', { name: 'Candidates' }).click();
    // Wichita Falls, Texas: the Red River (Oklahoma) is ~25 km north.
    await page.getByLabel('Coordinates (lat, lon)').fill('33.90, -98.50');
    await page.getByRole('button', { name: 'Add coordinates' }).click();
    await page.getByText('1 site', { exact: true }).waitFor();
    const name = page.getByRole('button', { name: 'Site 1', exact: true });
    const row = page.locator('.candidate-row').first();
    await expect.poll(() => row.locator('td').nth(1).innerText(), { timeout: 15_000 }).toBe('US-TX');
    const titleBefore = await name.getAttribute('title');
    expect(titleBefore).toBe('33.9000, -98.5000');
    await page.evaluate(() => (window as unknown as { __gridscoutMap: { jumpTo(o: object): void } }).__gridscoutMap.jumpTo({ center: [-98.5, 34.1], zoom: 7 }));
    await waitForMapIdle(page);

    const { x, y } = await centre();
    await expect(readout().isHidden()).resolves.toBe(true);
    await page.mouse.move(x, y);
    await page.mouse.down();
    // A few pixels: still in Texas, scored.
    for (let i = 1; i <= 3; i++) await page.mouse.move(x + i, y - i);
    await expect.poll(readoutRegion).toBe('US-TX');
    await expect(readout().isVisible()).resolves.toBe(true);
    expect(await readout().locator('.drag-readout__name').innerText()).toBe('Site 1');
    const inTexas = await readoutScores();
    expect(inTexas).toHaveLength(3);
    for (const s of inTexas) expect(s).toMatch(/^(\d+|—|excl\.)$/);
    // ~0.6° north, across the Red River: Oklahoma, while the mouse is still down.
    for (let i = 1; i <= 10; i++) await page.mouse.move(x + 3, y - 3 - i * 7);
    await expect.poll(readoutRegion).toBe('US-OK');
    // No hover tooltip while a button is held (it would cover the readout and re-query every move).
    expect(await page.locator('.map-tooltip').count()).toBe(0);
    const inOklahoma = await readoutScores();
    const shownAt = await readout().locator('.drag-readout__pos').innerText();
    expect(shownAt).not.toBe('33.9000, -98.5000');
    // The list still has the old position and region: nothing is committed during the drag.
    await expect(name.getAttribute('title')).resolves.toBe(titleBefore);
    await expect(row.locator('td').nth(1).innerText()).resolves.toBe('US-TX');

    await page.mouse.up();
    // Committed once, where the readout last was, with the same region and scores.
    await expect.poll(() => name.getAttribute('title')).toBe(shownAt);
    await expect.poll(() => row.locator('td').nth(1).innerText()).toBe('US-OK');
    await expect.poll(() => row.locator('td.num').allInnerTexts()).toEqual(inOklahoma);
    await expect(readout().isHidden()).resolves.toBe(true);
    // The pin stays where it was dropped, and the saved list has the new position.
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('gridscout.candidates')!).state.candidates[0]);
    expect(`${saved.lat.toFixed(4)}, ${saved.lon.toFixed(4)}`).toBe(shownAt);
    const after = await centre();
    expect(Math.abs(after.x - (x + 3))).toBeLessThanOrEqual(2);
    expect(Math.abs(after.y - (y - 73))).toBeLessThanOrEqual(2);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('moves the pin with the site when another tab moves it', { timeout: 60_000 }, async () => {
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('gridscout.candidates')!).state.candidates[0] as { lon: number; lat: number });
    const [from, to, before] = [await screenPoint(page, saved.lon, saved.lat), await screenPoint(page, -98.2, 34.3), await centre()];
    // What another tab's save looks like here: the stored list changes and a storage event arrives.
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('gridscout.candidates')!);
      stored.state.candidates[0] = { ...stored.state.candidates[0], lon: -98.2, lat: 34.3 };
      const newValue = JSON.stringify(stored);
      localStorage.setItem('gridscout.candidates', newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: 'gridscout.candidates', newValue }));
    });
    await expect.poll(() => page.getByRole('button', { name: 'Site 1', exact: true }).getAttribute('title')).toBe('34.3000, -98.2000');
    // Pixels between where the pin is and where it should be (it moves by as much as the site).
    const offBy = async () => {
      const moved = await centre();
      return Math.max(Math.abs(moved.x - before.x - (to.x - from.x)), Math.abs(moved.y - before.y - (to.y - from.y)));
    };
    await expect.poll(offBy).toBeLessThanOrEqual(2);
    expect(watch.consoleErrors).toEqual([]);
  });
});
