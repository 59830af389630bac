import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForMapIdle, watchPage, type AppSession, type PageWatch } from './harness';

const geojsonhint = createRequire(import.meta.url)('@mapbox/geojsonhint') as { hint(s: string): unknown[] };
const FIXTURE = new URL('../fixtures/candidates/journey.csv', import.meta.url).pathname;

let app: AppSession;
let page: Page;
let watch: PageWatch;
const requested: string[] = [];

beforeAll(async () => {
  app = await startApp();
  page = await app.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  watch = watchPage(page, app.baseUrl);
  page.on('request', (r) => void requested.push(r.url()));
  await page.goto(app.baseUrl);
  await waitForMapIdle(page);
});
afterAll(async () => {
  await app?.close();
});

type MapHandle = { project(l: [number, number]): { x: number; y: number }; queryRenderedFeatures(o: { layers: string[] }): unknown[] };

/** Candidate circles drawn on the map canvas right now. */
const circlesOnMap = () => page.evaluate(() => (window as unknown as { __gridscoutMap: MapHandle }).__gridscoutMap.queryRenderedFeatures({ layers: ['candidates-circles'] }).length);

async function screenPoint(lon: number, lat: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  const xy = await page.evaluate(([lo, la]) => (window as unknown as { __gridscoutMap: MapHandle }).__gridscoutMap.project([lo, la]), [lon, lat]);
  return { x: box!.x + xy.x, y: box!.y + xy.y };
}

describe('candidates journey', () => {
  it('imports a CSV through the file input with a preview of rejected rows', async () => {
    await page.getByRole('tab', { name: 'Candidates' }).click();
    await page.getByRole('button', { name: 'Import candidates' }).waitFor(); // the tab's code loads on first open
    await page.locator('input[type="file"]').setInputFiles(FIXTURE);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByText(/rows? read/).waitFor(); // read and checked in the import worker
    // Keyboard users stay in the modal: Tab past the last control wraps to the first.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    const text = await dialog.innerText();
    expect(text).toMatch(/5 rows read \(CSV, semicolon-separated\): 3 to import, 2 rejected/);
    expect(text).toMatch(/outside the study area/);
    expect(text).toMatch(/not a number/);
    expect(text).toMatch(/decimal comma/);
    await expect(dialog.getByLabel('Latitude column').inputValue()).resolves.toBe('Latitude');
    await dialog.getByRole('button', { name: 'Confirm import' }).click();
    await dialog.waitFor({ state: 'detached' }); // the candidates come back from the worker first
  });

  it('shows list rows with scores and markers on the map', async () => {
    await page.getByText('3 sites', { exact: true }).waitFor();
    const rows = page.locator('.candidate-table tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    // The HTML in a name is shown as text, never parsed.
    await page.getByRole('button', { name: 'Montréal <b>Est</b>', exact: true }).waitFor();
    await expect(page.locator('.candidate-table b').count()).resolves.toBe(0);
    await expect.poll(async () => (await rows.first().innerText()).match(/\d+/g)?.length ?? 0, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(circlesOnMap, { timeout: 15_000 }).toBe(3);
  });

  it('compares two candidates side by side with best values and a chart', async () => {
    await page.getByRole('checkbox', { name: 'Compare Abilene West' }).check();
    await page.getByRole('checkbox', { name: 'Compare Monterrey Norte' }).check();
    await page.getByRole('tab', { name: 'Compare' }).click();
    const table = page.locator('.compare-table');
    await table.waitFor();
    const head = await table.locator('thead').innerText();
    expect(head).toContain('Abilene West');
    expect(head).toContain('Monterrey Norte');
    const body = await table.locator('tbody').innerText();
    expect(body).toMatch(/USD\/MWh/);
    expect(body).toMatch(/Contribution/);
    expect(body).toMatch(/Margin before capex/);
    expect(await table.locator('td.best').count()).toBeGreaterThan(3);
    expect(await page.locator('.contrib-row').count()).toBe(2);
    await page.getByRole('tab', { name: 'Candidates' }).click();
  });

  it('stars two sites and exports the shortlist as valid GeoJSON', async () => {
    for (const name of ['Abilene West', 'Monterrey Norte']) {
      const star = page.getByRole('button', { name: `Shortlist ${name}` });
      await star.click();
      await expect(star.getAttribute('aria-pressed')).resolves.toBe('true');
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export shortlist', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^gridscout-shortlist-\d{4}-\d{2}-\d{2}\.geojson$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(geojsonhint.hint(text)).toEqual([]);
    const fc = JSON.parse(text) as { features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(fc.features.map((f) => f.properties.name).sort()).toEqual(['Abilene West', 'Monterrey Norte']);
    const abilene = fc.features.find((f) => f.properties.name === 'Abilene West')!;
    expect(abilene.geometry.coordinates).toEqual([-99.7331, 32.4487]);
    expect(abilene.properties).toMatchObject({ region_code: 'US-TX', shortlisted: true, Owner: 'Ranch Co', profile: 'hybrid' });
    expect(typeof abilene.properties.score_mining).toBe('number');
    expect(abilene.properties.app_version).toMatch(/^\d+\.\d+\.\d+/);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all as CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^gridscout-all-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync((await csv.path())!, 'utf8').trim().split('\n')).toHaveLength(4);
  });

  it('adds a site in Add site mode without opening the point card; Esc leaves the mode', async () => {
    await page.getByRole('button', { name: 'Add site', exact: true }).click();
    const { x, y } = await screenPoint(-101.8, 35.2);
    await page.mouse.click(x, y);
    await page.getByText('4 sites', { exact: true }).waitFor();
    await expect(page.getByRole('region', { name: 'Point details' }).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Add site', exact: true }).getAttribute('aria-pressed')).resolves.toBe('false');
  });

  it('a click on a site selects it, a click beside the sites opens the point card (one owner of map clicks)', async () => {
    const card = page.getByRole('region', { name: 'Point details' });
    const abilene = await screenPoint(-99.7331, 32.4487);
    await page.mouse.click(abilene.x, abilene.y);
    await expect.poll(() => page.locator('.candidate-row[aria-selected="true"]').innerText()).toContain('Abilene West');
    await expect(card.count()).resolves.toBe(0);
    // The site's details: its scores, the column it was imported with, and notes kept with it.
    const details = page.getByRole('region', { name: 'Candidate details' });
    await details.getByText('Abilene West').waitFor();
    await details.locator('[data-profile="ai"] .score-badge__value').waitFor({ timeout: 20_000 });
    await expect(details.innerText()).resolves.toMatch(/Owner\s+Ranch Co/);
    await details.getByLabel('Notes').fill('call the co-op about the 138 kV tap');
    await details.getByLabel('Notes').blur();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('gridscout.candidates') ?? '')).toContain('call the co-op about the 138 kV tap');
    // A click beside the sites: the point card takes the details' place, and offers to add the point.
    const kansas = await screenPoint(-98, 38.5);
    await page.mouse.click(kansas.x, kansas.y);
    await card.waitFor();
    await expect(details.count()).resolves.toBe(0);
    await card.getByRole('button', { name: 'Add this point as a site' }).waitFor();
    await page.getByRole('button', { name: 'Close point details' }).click();
  });

  it('adds by typed coordinates and by the offline place search (loaded only when first used)', async () => {
    const gazetteerRequests = () => requested.filter((u) => u.includes('gazetteer.json')).length;
    expect(gazetteerRequests()).toBe(0);
    await page.getByLabel('Coordinates (lat, lon)').fill('-97.74, 30.27');
    await page.getByRole('button', { name: 'Add coordinates' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'latitude first' }).count()).toBe(1);
    // Paris reads as a point but is outside the study area: refused with the import's message, not added.
    await page.getByLabel('Coordinates (lat, lon)').fill('48.85, 2.35');
    await page.getByRole('button', { name: 'Add coordinates' }).click();
    await page.getByRole('alert').filter({ hasText: '48.85, 2.35 is outside the study area (more than 10 km from any US state, Canadian province or territory, or Mexican state)' }).waitFor();
    await page.getByLabel('Coordinates (lat, lon)').fill('30.27, -97.74');
    await page.getByRole('button', { name: 'Add coordinates' }).click();
    await page.getByText('5 sites', { exact: true }).waitFor();
    await page.getByLabel('Search places').fill('abilene, tx');
    // By keyboard: the arrows move through the results, Enter adds, and focus moves to the new site's details.
    await page.getByRole('option', { name: /^Add Abilene, US-TX/ }).waitFor();
    await page.getByLabel('Search places').press('ArrowDown');
    await expect(page.getByRole('option', { name: /^Add Abilene, US-TX/ }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByLabel('Search places').press('Enter');
    await page.getByText('6 sites', { exact: true }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Candidate details');
    expect(gazetteerRequests()).toBe(1);
    await page.getByRole('button', { name: 'Delete Abilene', exact: true }).click();
    await page.getByRole('button', { name: 'Delete Site 5' }).click();
  });

  it('dragging the selected site\'s pin moves it', async () => {
    const name = page.getByRole('button', { name: 'Site 4', exact: true });
    await name.click();
    const before = await name.getAttribute('title');
    await page.waitForTimeout(1500); // fly-to
    await waitForMapIdle(page);
    const pin = page.locator('.maplibregl-marker[aria-label^="Selected candidate"]');
    const box = (await pin.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + i * 15, box.y + box.height / 2 + i * 5);
    await page.mouse.up();
    await expect.poll(() => name.getAttribute('title')).not.toBe(before);
  });

  it('deletes with undo, and keeps candidates across a reload', async () => {
    await page.getByRole('button', { name: 'Delete Site 4' }).click();
    await page.getByText('3 sites', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByText('4 sites', { exact: true }).waitFor();
    await page.goto(app.baseUrl);
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: 'Candidates' }).click();
    await page.getByText('4 sites', { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Shortlist Abilene West' }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('three deletes and three Ctrl+Z bring all three back; Ctrl+Shift+Z redoes', async () => {
    const rowNames = async () => (await page.locator('.candidate-row').allInnerTexts()).map((t) => t.split('\t')[1]);
    const before = await rowNames();
    for (let i = 0; i < 3; i++) await page.locator('.candidate-row').first().getByRole('button', { name: /^Delete / }).click();
    await page.getByText('1 site', { exact: true }).waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await page.getByText('4 sites', { exact: true }).waitFor();
    await expect(rowNames()).resolves.toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    await page.getByText('3 sites', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^Undo delete/ }).click();
    await page.getByText('4 sites', { exact: true }).waitFor();
    // A bulk action on every site shown is one step too.
    const abilene = page.getByRole('button', { name: 'Shortlist Abilene West' });
    await page.getByRole('button', { name: 'Un-shortlist all 4 sites' }).click();
    await expect.poll(() => abilene.getAttribute('aria-pressed')).toBe('false');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => abilene.getAttribute('aria-pressed')).toBe('true');
  });

  it('logged no console errors and made no foreign requests', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('stored state and share links', () => {
  it('a corrupt stored state is backed up and the app starts clean with a visible message', async () => {
    const p = await app.browser.newPage({ viewport: { width: 1200, height: 800 } });
    const w = watchPage(p, app.baseUrl);
    await p.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('gridscout.candidates', '{"state": {"candidates": [tru');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await p.goto(app.baseUrl);
    await waitForMapIdle(p);
    const alert = p.getByRole('alert').filter({ hasText: 'could not be restored' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/gridscout\.candidates\.backup-/);
    const backups = await p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gridscout.candidates.backup-')).map((k) => localStorage.getItem(k)));
    expect(backups).toEqual(['{"state": {"candidates": [tru']);
    await p.getByRole('tab', { name: 'Candidates' }).click();
    await p.getByText('0 sites', { exact: true }).waitFor();
    expect(w.consoleErrors).toEqual([]);
    await p.close();
  });

  it('a share link restores facility type, weights and map view', async () => {
    const p = await app.browser.newPage({ viewport: { width: 1200, height: 800 } });
    await p.goto(`${app.baseUrl}/#type=ai&w=latency:80&map=-97.5,31.25,6`);
    await waitForMapIdle(p);
    await expect(p.getByLabel('Facility type').inputValue()).resolves.toBe('ai');
    const view = await p.evaluate(() => {
      const m = (window as unknown as { __gridscoutMap: { getCenter(): { lng: number; lat: number }; getZoom(): number } }).__gridscoutMap;
      return { ...m.getCenter(), zoom: m.getZoom() };
    });
    expect(view.lng).toBeCloseTo(-97.5, 1);
    expect(view.lat).toBeCloseTo(31.25, 1);
    expect(view.zoom).toBeCloseTo(6, 1);
    const weights = await p.evaluate(() => JSON.parse(localStorage.getItem('gridscout.scoring') ?? '{}').state?.weights?.ai);
    expect(weights).toEqual({ latency: 80 });
    // Applied once: the hash is cleared, so an edit after it survives a reload.
    await expect.poll(() => p.evaluate(() => location.hash)).toBe('');
    await p.getByRole('tab', { name: 'Scoring' }).click();
    await p.getByRole('slider', { name: 'Round trip to nearest data-center market or IXP' }).fill('5');
    await p.reload();
    await waitForMapIdle(p);
    await p.getByRole('tab', { name: 'Scoring' }).click();
    await expect(p.getByRole('slider', { name: 'Round trip to nearest data-center market or IXP' }).inputValue()).resolves.toBe('5');
    await p.close();
  });

  it('a copied share link carries constraints, economics and the shortlist to another browser', async () => {
    const ctx = await app.browser.newContext({ viewport: { width: 1200, height: 800 } });
    const a = await ctx.newPage();
    await a.goto(app.baseUrl);
    await waitForMapIdle(a);
    await a.evaluate(() => localStorage.clear());
    await a.getByRole('tab', { name: 'Scoring' }).click();
    await a.getByRole('textbox', { name: 'Max estimated PUE' }).fill('1.3');
    await a.getByRole('textbox', { name: 'Max estimated PUE' }).press('Enter');
    await a.getByRole('textbox', { name: /^IT load/ }).fill('80');
    await a.getByRole('textbox', { name: /^IT load/ }).press('Enter');
    await a.getByRole('tab', { name: 'Candidates' }).click();
    await a.getByLabel('Coordinates (lat, lon)').fill('32.4487, -99.7331');
    await a.getByRole('button', { name: 'Add coordinates' }).click();
    await a.locator('.candidate-row').first().getByRole('button', { name: /^Shortlist / }).click();
    await a.getByRole('button', { name: 'Copy share link' }).click();
    // The link is also shown (the clipboard may be refused).
    const url = await a.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(url).toMatch(/#v=2&type=.*&c=maxPue:1\.3.*&e=itMw:80.*&s=/);
    expect(await a.evaluate(() => location.hash)).toBe('');
    await ctx.close();
    const other = await app.browser.newContext({ viewport: { width: 1200, height: 800 } });
    const b = await other.newPage();
    await b.goto(url);
    await waitForMapIdle(b);
    await b.getByRole('tab', { name: 'Candidates' }).click();
    await b.getByText('1 site', { exact: true }).waitFor();
    await b.getByRole('tab', { name: 'Scoring' }).click();
    await expect(b.getByRole('textbox', { name: 'Max estimated PUE' }).inputValue()).resolves.toBe('1.3');
    await expect(b.getByRole('textbox', { name: /^IT load/ }).inputValue()).resolves.toBe('80');
    await other.close();
  });
});
