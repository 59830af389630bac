// Narrow screens (390×844, a phone): the side panel is a bottom sheet under a full-width map, nothing
// scrolls sideways, touch targets are 44 px. Wide screens: the side panel keeps one width on every
// tab, and Compare opens over the map, tolerates two sites of the same name and exports as CSV.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { plainsSitesCsv, screenPoint, startApp, waitForMapIdle, watchPage, type AppSession, type PageWatch } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const PHONE = { width: 390, height: 844 };
// Two sites share a name (and "Montréal QC" must not break inside a word in the compare table's head).
const SITES_CSV = plainsSitesCsv(4, { names: ['Montréal QC', 'Montréal QC', 'Abilene West'] });

async function importSites(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Candidates' }).click();
  await page.getByRole('button', { name: 'Import candidates' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles({ name: 'sites.csv', mimeType: 'text/csv', buffer: Buffer.from(SITES_CSV) });
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('4 sites', { exact: true }).waitFor();
}

const sheetSize = (page: Page) => page.locator('.side-panel').getAttribute('data-sheet');
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const docWidth = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));

describe('phone (390×844)', () => {
  let page: Page;
  let watch: PageWatch;
  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, acceptDownloads: true });
    watch = watchPage(page, app.baseUrl);
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);
    await page.locator('.sheet-handle').waitFor();
  });

  it('shows the map over the full width and at least half the screen; nothing scrolls sideways', async () => {
    expect(await sheetSize(page)).toBe('collapsed');
    const canvas = await box(page, '.maplibregl-canvas');
    expect(canvas.width).toBe(PHONE.width);
    expect(canvas.height).toBeGreaterThanOrEqual(PHONE.height / 2);
    const header = await box(page, '.app-header');
    expect(header.height).toBeLessThanOrEqual(56);
    const sheet = await box(page, '.side-panel');
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(PHONE.height + 0.5);
    const { scroll, inner } = await docWidth(page);
    expect(scroll).toBeLessThanOrEqual(inner);
  });

  it('the handle cycles the sheet (tap, keys, drag) and the map takes the space left', async () => {
    const handle = page.locator('.sheet-handle');
    const canvasHeight = async () => (await box(page, '.maplibregl-canvas')).height;
    const mapHeightOf = async () => (await box(page, '.map-wrap')).height;
    const collapsedMap = await canvasHeight();
    await handle.click();
    expect(await sheetSize(page)).toBe('half');
    await expect.poll(canvasHeight).toBeCloseTo(await mapHeightOf(), 0); // map.resize(): the canvas fills its new box
    const halfMap = await canvasHeight();
    expect(halfMap).toBeLessThan(collapsedMap);
    expect(halfMap).toBeGreaterThanOrEqual(PHONE.height / 2);
    await expect(page.getByRole('tabpanel').isVisible()).resolves.toBe(true);
    await handle.click();
    expect(await sheetSize(page)).toBe('full');
    await expect.poll(canvasHeight).toBeLessThan(100);
    await handle.click();
    expect(await sheetSize(page)).toBe('collapsed');
    await expect.poll(canvasHeight).toBeCloseTo(collapsedMap, 0);
    expect(await page.getByRole('tabpanel').isVisible()).toBe(false);

    // Keyboard: a focusable button; arrows grow and shrink, Enter cycles.
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    expect(await sheetSize(page)).toBe('half');
    await page.keyboard.press('ArrowUp');
    expect(await sheetSize(page)).toBe('full');
    await page.keyboard.press('ArrowDown');
    expect(await sheetSize(page)).toBe('half');
    await page.keyboard.press('Enter');
    expect(await sheetSize(page)).toBe('full');
    await page.keyboard.press('Home');
    expect(await sheetSize(page)).toBe('collapsed');
    expect(await handle.getAttribute('aria-label')).toMatch(/collapsed/);

    // Drag the handle up most of the screen: it settles fully open; down to the bottom: collapsed.
    const h = await handle.boundingBox();
    await page.mouse.move(h!.x + h!.width / 2, h!.y + 20);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(h!.x + h!.width / 2, h!.y + 20 - i * 65);
    await page.mouse.up();
    expect(await sheetSize(page)).toBe('full');
    const top = await handle.boundingBox();
    await page.mouse.move(top!.x + top!.width / 2, top!.y + 20);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(top!.x + top!.width / 2, top!.y + 20 + i * 75);
    await page.mouse.up();
    expect(await sheetSize(page)).toBe('collapsed');
  });

  it('a tab chosen in the collapsed sheet opens it halfway; its controls are at least 44 px high', async () => {
    await page.getByRole('tab', { name: 'Scoring' }).click();
    expect(await sheetSize(page)).toBe('half');
    const heights = await page.evaluate(() => {
      const els = [...document.querySelectorAll<HTMLElement>('.sheet-handle, [role="tab"], .tab-body button, .tab-body select, .tab-body input:not([type="checkbox"]):not([type="radio"]):not([type="range"])')];
      return els.filter((e) => e.offsetParent !== null).map((e) => ({ what: e.getAttribute('aria-label') ?? e.textContent ?? e.tagName, h: e.getBoundingClientRect().height }));
    });
    expect(heights.length).toBeGreaterThan(6);
    expect(heights.filter((x) => x.h < 44)).toEqual([]);
    await page.locator('.sheet-handle').focus();
    await page.keyboard.press('Home');
  });

  it('the point card fits the screen', async () => {
    const p = await screenPoint(page, -98, 38.5);
    await page.mouse.click(p.x, p.y);
    const card = page.getByRole('region', { name: 'Point details' });
    await card.waitFor();
    const b = (await card.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
    expect(b.y + b.height).toBeLessThanOrEqual(PHONE.height);
    expect(await card.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect((await docWidth(page)).scroll).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: 'Close point details' }).click();
  });

  it('the candidate list and the comparison fit the sheet; nothing scrolls sideways', async () => {
    await importSites(page);
    await page.locator('.sheet-handle').focus();
    await page.keyboard.press('End');
    expect((await docWidth(page)).scroll).toBeLessThanOrEqual(PHONE.width);
    const list = await box(page, '.candidate-table');
    expect(list.x + list.width).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('checkbox', { name: 'Compare Montréal QC' }).nth(0).check();
    await page.getByRole('checkbox', { name: 'Compare Abilene West' }).check();
    await page.getByRole('tab', { name: 'Compare' }).click();
    // In the sheet (already the screen's width), not in a drawer over the small map.
    await page.locator('.tab-body .compare-table').waitFor();
    expect(await page.locator('.compare-drawer').count()).toBe(0);
    expect((await docWidth(page)).scroll).toBeLessThanOrEqual(PHONE.width);
    await expect(page.locator('.compare-marker').count()).resolves.toBe(2);
  });

  it('logged no console errors', () => {
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe('desktop (1400×900)', () => {
  let page: Page;
  let watch: PageWatch;
  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    watch = watchPage(page, app.baseUrl);
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: 'Layers' }).waitFor();
  });

  it('the side panel has one width on every tab, so the map does not move', async () => {
    const widths: Record<string, [number, number]> = {};
    for (const name of ['Layers', 'Scoring', 'Candidates', 'Compare', 'Data', 'Layers']) {
      await page.getByRole('tab', { name }).click();
      await page.waitForTimeout(300);
      widths[name] = [(await box(page, '.side-panel')).width, (await box(page, '.maplibregl-canvas')).width];
    }
    const distinct = new Set(Object.values(widths).map((w) => w.join('/')));
    expect(distinct.size, JSON.stringify(widths)).toBe(1);
    expect(await page.locator('.sheet-handle').count()).toBe(0);
  });

  it('Compare opens wide over the map, shows two sites of the same name, marks them on the map and exports them as CSV', async () => {
    await importSites(page);
    const same = page.getByRole('checkbox', { name: 'Compare Montréal QC' });
    await expect(same.count()).resolves.toBe(2);
    await same.nth(0).check();
    await same.nth(1).check();
    await page.getByRole('tab', { name: 'Compare' }).click();
    const drawer = page.getByRole('region', { name: 'Comparison' });
    await drawer.locator('.compare-table').waitFor();
    const d = (await drawer.boundingBox())!;
    const mapBox = await box(page, '.map-wrap');
    expect(d.width).toBeCloseTo(mapBox.width, 0); // the map's full width, not the side panel's 440 px
    expect(d.width).toBeGreaterThan(900);
    await expect(drawer.locator('thead th .compare-name').allInnerTexts()).resolves.toEqual(['Montréal QC', 'Montréal QC']);
    await expect(drawer.locator('.contrib-row').count()).resolves.toBe(2);
    // No word of a header is split over two lines.
    const splitWords = await drawer.locator('thead th .compare-name').evaluateAll((els) =>
      els.flatMap((el) => {
        const text = el.firstChild as Text;
        const out: string[] = [];
        for (const m of text.data.matchAll(/\S+/g)) {
          const r = document.createRange();
          r.setStart(text, m.index);
          r.setEnd(text, m.index + m[0].length);
          if (r.getClientRects().length > 1) out.push(m[0]);
        }
        return out;
      }),
    );
    expect(splitWords).toEqual([]);
    // Marked on the map with the numbers of their columns.
    await expect(page.locator('.compare-marker').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).resolves.toEqual(['Compared site 1: Montréal QC', 'Compared site 2: Montréal QC']);

    // "Show them on the map" brings both badges into the part of the map the drawer leaves visible.
    await drawer.getByRole('button', { name: 'Show them on the map' }).click();
    const inView = async () => {
      const badges = await page.locator('.compare-marker').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      const top = (await drawer.boundingBox())!.y;
      return badges.every((b) => b.bottom <= top && b.left >= mapBox.x && b.right <= mapBox.x + mapBox.width && b.top >= mapBox.y);
    };
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('button', { name: 'Export these sites as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^gridscout-compare-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    const nameAt = lines[0].split(',').indexOf('name');
    expect(nameAt).toBeGreaterThanOrEqual(0);
    expect(lines.slice(1).map((l) => l.split(',')[nameAt])).toEqual(['Montréal QC', 'Montréal QC']);

    // Removing the first of the two keeps the other (keyed by site, not by name).
    await drawer.getByRole('button', { name: 'Remove site 1, Montréal QC, from comparison' }).click();
    await drawer.waitFor({ state: 'detached' }); // one site left: nothing to compare side by side
    await expect(page.locator('.compare-marker').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Candidates' }).click();
    await expect(page.getByRole('checkbox', { name: 'Compare Montréal QC' }).nth(1).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Compare Montréal QC' }).nth(0).isChecked()).resolves.toBe(false);
  });

  it('the drawer closes with ×', async () => {
    await page.getByRole('checkbox', { name: 'Compare Abilene West' }).check();
    await page.getByRole('tab', { name: 'Compare' }).click();
    const drawer = page.getByRole('region', { name: 'Comparison' });
    await drawer.waitFor();
    await drawer.getByRole('button', { name: 'Close comparison' }).click();
    await drawer.waitFor({ state: 'detached' });
    await expect(page.getByRole('tab', { name: 'Candidates' }).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('logged no console errors and made no foreign requests', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
