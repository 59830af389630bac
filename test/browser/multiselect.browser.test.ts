// Picking several sites in the candidate list (ctrl/cmd-click, shift-click, the row's Select box) and
// acting on them at once; the keyboard path from a row into Compare and back; and, on a phone, the
// score explanation's values kept whole on one line.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { plainsSitesCsv, startApp, waitForMapIdle, watchPage, type AppSession, type PageWatch } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function importSites(page: Page, count: number): Promise<void> {
  await page.getByRole('tab', { name: 'Candidates' }).click();
  await page.getByRole('button', { name: 'Import candidates' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles({ name: 'sites.csv', mimeType: 'text/csv', buffer: Buffer.from(plainsSitesCsv(count)) });
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(`${count} sites`, { exact: true }).waitFor();
}

const nameButton = (page: Page, name: string) => page.locator('.candidate-table').getByRole('button', { name, exact: true });
const pickedNames = async (page: Page) => (await page.locator('.candidate-row--picked th').allInnerTexts()).sort();
const starredCount = (page: Page) => page.locator('.candidate-table .star[aria-pressed="true"]').count();
/** What has focus: its accessible label or text. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');

describe('multi-select on a wide screen', () => {
  let page: Page;
  let watch: PageWatch;
  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    watch = watchPage(page, app.baseUrl);
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);
    await importSites(page, 8);
  });

  it('ctrl-click two rows and shift-click a third: the range is added; a bulk shortlist is one Ctrl+Z', async () => {
    await nameButton(page, 'Site 1').click({ modifiers: ['Control'] });
    await nameButton(page, 'Site 3').click({ modifiers: ['Control'] });
    await nameButton(page, 'Site 5').click({ modifiers: ['Shift'] });
    const bar = page.getByRole('group', { name: 'Act on the selected sites' });
    await bar.getByText('4 selected', { exact: true }).waitFor();
    expect(await pickedNames(page)).toEqual(['Site 1', 'Site 3', 'Site 4', 'Site 5']);
    expect(await page.locator('.candidate-row[aria-selected="true"]').count()).toBe(4);
    // Ctrl-click again takes a row out; a plain click opens one site and leaves the selection alone.
    await nameButton(page, 'Site 4').click({ modifiers: ['Control'] });
    await bar.getByText('3 selected', { exact: true }).waitFor();
    await nameButton(page, 'Site 0').click();
    await page.getByRole('region', { name: 'Candidate details' }).waitFor();
    expect(await pickedNames(page)).toEqual(['Site 1', 'Site 3', 'Site 5']);

    await bar.getByRole('button', { name: 'Shortlist selected', exact: true }).click();
    await expect.poll(() => starredCount(page)).toBe(3);
    await page.keyboard.press('Control+z');
    await expect.poll(() => starredCount(page)).toBe(0);
    await bar.getByRole('button', { name: 'Clear selection' }).click();
    await expect(bar.count()).resolves.toBe(0);
  });

  it('selects every site shown; compare says it holds 6 at most; export and delete act on the selection only', async () => {
    await page.getByRole('button', { name: 'Select all 8 sites', exact: true }).click();
    const bar = page.getByRole('group', { name: 'Act on the selected sites' });
    await bar.getByText('8 selected', { exact: true }).waitFor();
    await expect(bar.getByRole('button', { name: 'Compare selected' }).isDisabled()).resolves.toBe(true);
    expect(await bar.innerText()).toContain('Compare shows at most 6 sites; 8 are selected.');
    await bar.getByRole('button', { name: 'Clear selection' }).click();

    await page.getByRole('checkbox', { name: 'Select Site 2', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Select Site 6', exact: true }).check();
    await bar.getByText('2 selected', { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Export selected as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^gridscout-selection-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
    const nameAt = lines[0].split(',').indexOf('name');
    expect(lines.slice(1).map((l) => l.split(',')[nameAt]).sort()).toEqual(['Site 2', 'Site 6']);

    await bar.getByRole('button', { name: 'Delete selected' }).click();
    await page.getByText('6 sites', { exact: true }).waitFor();
    await expect(bar.count()).resolves.toBe(0); // the deleted sites left the selection
    await page.keyboard.press('Control+z');
    await page.getByText('8 sites', { exact: true }).waitFor();
  });

  it('keyboard only: from a row to its compare box, then into Compare and back with Escape', async () => {
    await nameButton(page, 'Site 0').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Compare Site 0');
    await page.keyboard.press('Space');
    // rename, delete, then the next row's select box, star, name and compare box.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Compare Site 1');
    await page.keyboard.press('Space');
    // Back up to the list head's Compare button.
    for (let i = 0; i < 40 && (await focused(page)) !== 'Compare 2 sites'; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Compare 2 sites');
    await page.keyboard.press('Enter');
    const drawer = page.locator('.compare-drawer');
    await drawer.waitFor();
    expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.locator('.compare-drawer .compare-table').waitFor();
    await page.keyboard.press('Tab'); // into the drawer's controls; Escape still closes it
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Compare 2 sites');
    // The row's Select box picks it with Space.
    await page.getByRole('checkbox', { name: 'Select Site 7', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByText('1 selected', { exact: true }).waitFor();
  });

  it('logged no console errors', () => {
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe('phone (390×844)', () => {
  it('the explanation table keeps each value on one line and the page does not scroll sideways', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);
    await importSites(page, 3);
    await nameButton(page, 'Site 1').click();
    const cells = page.locator('.candidate-details .explain-table tbody td');
    await cells.first().waitFor({ timeout: 20_000 });
    // Lines a cell's text sits on: one per distinct top of its text's boxes.
    const lines = await cells.evaluateAll((tds) =>
      tds.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return { text: td.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
      }),
    );
    expect(lines.length).toBeGreaterThan(8);
    expect(lines.filter((l) => l.lines !== 1)).toEqual([]);
    const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(scroll).toBeLessThanOrEqual(inner);
    const box = (await page.locator('.candidate-details .explain-scroll').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('"Choose sites" shows the rows\' Select boxes (44 px) in place of rename and delete; the list still fits', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);
    await importSites(page, 3);
    const select = page.getByRole('checkbox', { name: 'Select Site 0', exact: true });
    expect(await select.isVisible()).toBe(false);
    const choose = page.getByRole('button', { name: 'Choose sites', exact: true });
    await choose.click();
    await expect(choose.getAttribute('aria-pressed')).resolves.toBe('true');
    await select.check();
    await page.getByText('1 selected', { exact: true }).waitFor();
    const target = (await page.locator('.select-toggle').first().boundingBox())!;
    expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44);
    expect(await page.getByRole('button', { name: 'Rename Site 0' }).isVisible()).toBe(false);
    const list = (await page.locator('.candidate-table').boundingBox())!;
    expect(list.x + list.width).toBeLessThanOrEqual(390);
    // Clearing the selection ends the picking: rename and delete come back.
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.getByRole('button', { name: 'Rename Site 0' }).waitFor();
    await page.close();
  });
});
