// Named workspaces end to end: the first start migrates what localStorage holds; new, switch,
// rename, reload (with undo history), export, delete and open a workspace file; a broken database.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForMapIdle, watchPage, type AppSession, type PageWatch } from './harness';

let app: AppSession;
let page: Page;
let watch: PageWatch;

const legacySites = [
  { id: 'w1', name: 'Abilene West', lon: -99.9, lat: 32.4, starred: true, props: { target_mw: 120 }, addedAt: '2026-01-01T00:00:00.000Z' },
  { id: 'w2', name: 'Pecos Yard', lon: -103.5, lat: 31.4, starred: false, props: {}, addedAt: '2026-01-01T00:00:00.000Z' },
  { id: 'w3', name: 'Odessa North', lon: -102.4, lat: 32.0, starred: false, props: {}, addedAt: '2026-01-01T00:00:00.000Z' },
];

beforeAll(async () => {
  app = await startApp();
  page = await app.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  watch = watchPage(page, app.baseUrl);
  // What an earlier version left in localStorage (no workspaces yet).
  await page.addInitScript((sites) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('gridscout.candidates', JSON.stringify({ state: { candidates: sites, compareIds: [] }, version: 1 }));
    localStorage.setItem('gridscout.app', JSON.stringify({ state: { facilityType: 'mining' }, version: 1 }));
    sessionStorage.setItem('seeded', '1');
  }, legacySites);
  await page.goto(app.baseUrl);
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Candidates' }).click();
});
afterAll(async () => {
  await app?.close();
});

const menuButton = () => page.getByRole('button', { name: /^Workspace/ });
const menu = () => page.getByRole('dialog', { name: 'Workspaces' });
async function openMenu() {
  if ((await menuButton().getAttribute('aria-expanded')) !== 'true') await menuButton().click();
  await menu().waitFor();
}
/** The candidate list's count (not the menu's). */
const sitesShown = (n: number) => expect.poll(() => page.locator('.candidate-list .list-head strong').innerText()).toBe(`${n} site${n === 1 ? '' : 's'}`);
const facilityType = () => page.getByRole('combobox', { name: 'Facility type' }).inputValue();

describe('workspaces', () => {
  it('the first start keeps what the browser held as "My workspace"', async () => {
    await expect.poll(() => menuButton().innerText()).toMatch(/My workspace/);
    await sitesShown(3);
    await openMenu();
    await menu().getByText('3 sites · open').waitFor();
    expect(await facilityType()).toBe('mining');
  });

  it('a new workspace starts empty with default settings; switching brings each one back as it was', async () => {
    await menu().getByRole('button', { name: 'New workspace' }).click();
    await menu().getByLabel('Name of the new workspace').fill('Québec hydro');
    await menu().getByLabel('Name of the new workspace').press('Enter');
    await expect.poll(() => menuButton().innerText()).toMatch(/Québec hydro/);
    await sitesShown(0);
    expect(await facilityType()).toBe('hybrid');
    await page.getByRole('combobox', { name: 'Facility type' }).selectOption('ai');
    await page.getByLabel('Coordinates (lat, lon)').fill('46.81, -71.21');
    await page.getByRole('button', { name: 'Add coordinates' }).click();
    await sitesShown(1);

    await openMenu();
    await menu().getByRole('button', { name: /^My workspace/ }).click();
    await sitesShown(3);
    expect(await facilityType()).toBe('mining');
    await page.getByRole('button', { name: 'Abilene West', exact: true }).waitFor();
    await openMenu();
    await menu().getByRole('button', { name: /^Québec hydro/ }).click();
    await sitesShown(1);
    expect(await facilityType()).toBe('ai');
  });

  it('after a reload the open workspace, its settings and its undo history are still there', async () => {
    // Past the save delay, then reload.
    await page.waitForTimeout(1500);
    await page.reload();
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: 'Candidates' }).click();
    await expect.poll(() => menuButton().innerText()).toMatch(/Québec hydro/);
    await sitesShown(1);
    expect(await facilityType()).toBe('ai');
    // The add is still an undo step.
    await page.getByRole('button', { name: /^Undo add/ }).click();
    await sitesShown(0);
    await page.getByRole('button', { name: /^Redo add/ }).click();
    await sitesShown(1);
  });

  it('rename, export as one file, delete (after a confirmation) and open the file again', async () => {
    await openMenu();
    await menu().getByRole('button', { name: 'Rename Québec hydro' }).click();
    await menu().getByLabel('New name for Québec hydro').fill('Québec sites');
    await menu().getByLabel('New name for Québec hydro').press('Enter');
    await expect.poll(() => menuButton().innerText()).toMatch(/Québec sites/);

    const [download] = await Promise.all([page.waitForEvent('download'), menu().getByRole('button', { name: 'Export workspace file' }).click()]);
    expect(download.suggestedFilename()).toBe('Québec-sites.gridscout.json');
    const path = await download.path();
    const file = JSON.parse(readFileSync(path!, 'utf8'));
    expect(file.format).toBe('gridscout-workspace');
    expect(file.name).toBe('Québec sites');
    expect(file.settings.facilityType).toBe('ai');
    expect(file.candidates).toHaveLength(1);

    await menu().getByRole('button', { name: 'Delete Québec sites' }).click();
    await menu().getByText(/Delete “Québec sites” and its 1 site\? This cannot be undone/).waitFor();
    await menu().getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => menuButton().innerText()).toMatch(/My workspace/);
    await sitesShown(3);
    expect(await menu().getByRole('listitem').count()).toBe(1);

    await menu().getByLabel('Workspace file').setInputFiles(path!);
    await menu().getByText(/^Opened .* as a new workspace\.$/).waitFor();
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/workspaces-menu.png` });
    await expect.poll(() => menuButton().innerText()).toMatch(/Québec sites/);
    await sitesShown(1);
    expect(await facilityType()).toBe('ai');
  });

  it('a file that is not a workspace gets a specific message and changes nothing', async () => {
    await openMenu();
    await menu().getByLabel('Workspace file').setInputFiles({ name: 'sites.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection","features":[]}') });
    await menu().getByRole('alert').filter({ hasText: 'This is a GeoJSON file, not a workspace: open it with Import sites.' }).waitFor();
    expect(await menu().getByRole('listitem').count()).toBe(2);
    await page.keyboard.press('Escape');
    await menu().waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Workspace/);
  });

  it('logged no console errors', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('a database that cannot be used', () => {
  it('the app keeps its sites in localStorage and says workspaces are unavailable', async () => {
    const p = await app.browser.newPage({ viewport: { width: 1200, height: 800 } });
    await p.addInitScript((sites) => {
      // As in a browser that blocks site databases: opening one fails.
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => ({ open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } }) });
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('gridscout.candidates', JSON.stringify({ state: { candidates: sites, compareIds: [] }, version: 1 }));
        sessionStorage.setItem('seeded', '1');
      }
    }, legacySites);
    await p.goto(app.baseUrl);
    await waitForMapIdle(p);
    await p.getByRole('alert').filter({ hasText: /Workspaces are not available: .*kept in local storage only/ }).waitFor();
    await p.getByRole('tab', { name: 'Candidates' }).click();
    await p.getByText('3 sites', { exact: true }).waitFor();
    // Edits still persist (in localStorage) across a reload.
    await p.getByRole('button', { name: 'Delete Pecos Yard' }).click();
    await p.getByText('2 sites', { exact: true }).waitFor();
    await p.reload();
    await waitForMapIdle(p);
    await p.getByRole('tab', { name: 'Candidates' }).click();
    await p.getByText('2 sites', { exact: true }).waitFor();
    await p.close();
  });
});
