import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppPage, screenPoint as pagePoint, waitForMapIdle, type AppSession, type PageWatch } from './harness';
import { colourStats } from './pixels';

const LAYERS = ['Retail power price', 'Wholesale hub prices', 'Power plants', 'Transmission lines', 'Grid carbon intensity', 'Climate', 'Land value', 'Connectivity', 'Known sites', 'Incentives and rules', 'Flared gas'];

let app: AppSession;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  ({ app, page, watch } = await openAppPage());
});
afterAll(async () => {
  await app?.close();
});

const screenPoint = (lon: number, lat: number) => pagePoint(page, lon, lat);

/** Hovers until the tooltip shows: layers draw a frame or two after their checkbox is ticked. */
async function hoverForTooltip(x: number, y: number): Promise<string> {
  const tip = page.getByRole('tooltip');
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.mouse.move(x + (attempt % 2), y);
    if ((await tip.count()) > 0) return tip.innerText();
    await page.waitForTimeout(250);
  }
  throw new Error(`no tooltip at ${x},${y}`);
}

/** The canvas once two consecutive screenshots agree (the last layer change has been drawn). */
async function settledCanvas(): Promise<Buffer> {
  let prev = await page.locator('.maplibregl-canvas').screenshot();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(200);
    const next = await page.locator('.maplibregl-canvas').screenshot();
    if (next.equals(prev)) return next;
    prev = next;
  }
  return prev;
}

async function canvasColours(): Promise<number> {
  return colourStats(await page.locator('.maplibregl-canvas').screenshot()).distinct;
}

describe('data layers', () => {
  it('each layer toggles on with a legend that states unit, year and source, then off again', async () => {
    for (const name of LAYERS) {
      const box = page.getByRole('checkbox', { name, exact: true });
      await expect(box.isEnabled({ timeout: 10_000 })).resolves.toBe(true);
      await box.check();
      const legend = page.getByLabel(`${name} legend`);
      await legend.waitFor();
      const text = await legend.innerText();
      expect(text).toMatch(/Unit:/);
      expect(text).toMatch(/Year:/);
      expect(text).toMatch(/Source/);
      expect(await legend.locator('a[href^="http"]').count()).toBeGreaterThan(0);
      await box.uncheck();
      await expect(legend.count()).resolves.toBe(0);
    }
  });

  it('retail price colours the map and its tooltip reads Texas value, unit, year and source', async () => {
    // Start from the plain basemap: the suitability surface is on by default.
    await page.getByRole('checkbox', { name: 'Suitability score', exact: true }).uncheck();
    const basemap = await settledCanvas();
    await page.getByRole('checkbox', { name: 'Retail power price', exact: true }).check();
    await expect.poll(async () => (await page.locator('.maplibregl-canvas').screenshot()).equals(basemap), { timeout: 10_000 }).toBe(false);
    expect(await canvasColours()).toBeGreaterThan(colourStats(basemap).distinct);
    const { x, y } = await screenPoint(-99.5, 31.5);
    const text = await hoverForTooltip(x, y);
    expect(text).toContain('Texas');
    expect(text).toMatch(/\d+(\.\d)? USD\/MWh/);
    expect(text).toContain('2023');
    expect(text).toContain('EIA');
    await page.getByRole('checkbox', { name: 'Retail power price', exact: true }).uncheck();
  });

  it('land value says "no data" in Mexico (no source found)', async () => {
    await page.getByRole('checkbox', { name: 'Land value', exact: true }).check();
    await waitForMapIdle(page);
    const mx = await screenPoint(-102.5, 24.0);
    expect(await hoverForTooltip(mx.x, mx.y)).toMatch(/Land value\s+no data/);
    await page.getByRole('checkbox', { name: 'Land value', exact: true }).uncheck();
  });

  it('transmission lines: a western state is masked "no line data" with its reason, and a point card there gives no line distance', async () => {
    await page.getByRole('checkbox', { name: 'Transmission lines', exact: true }).check();
    await page.getByLabel('Transmission lines legend').waitFor();
    await waitForMapIdle(page);
    const nv = await screenPoint(-116.5, 39.0);
    expect(await hoverForTooltip(nv.x, nv.y)).toMatch(/No line data[\s\S]*OSM GridKit 2016 covers/);
    await page.mouse.click(nv.x, nv.y);
    const card = page.getByRole('region', { name: 'Point details' });
    await card.waitFor();
    await expect.poll(async () => card.innerText(), { timeout: 10_000 }).toMatch(/Nearest line ≥ 230 kV\s+no data\s+no line data for this area/);
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: 'Transmission lines', exact: true }).uncheck();
  });

  it('clicking the map opens a card with every layer value at that point', async () => {
    const { x, y } = await screenPoint(-97.7431, 30.2672); // Austin
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    const card = page.getByRole('region', { name: 'Point details' });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Texas (US-TX)');
    for (const heading of ['POWER', 'GRID CARBON', 'CLIMATE', 'LAND', 'CONNECTIVITY', 'INCENTIVES AND RULES']) expect(text.toUpperCase()).toContain(heading);
    expect(text).toMatch(/gCO2e\/kWh/);
    expect(text).toMatch(/°C/);
    await page.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
  });

  it('the Data panel lists every dataset with unit, years, rows and sources', async () => {
    await page.getByRole('tab', { name: 'Data' }).click();
    const items = page.locator('.dataset');
    await items.first().waitFor();
    const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset')));
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const text of await items.allInnerTexts()) {
      expect(text).toMatch(/Unit/);
      expect(text).toMatch(/Rows/);
      expect(text).toMatch(/Known gaps/);
    }
    await page.getByRole('tab', { name: 'Layers' }).click();
  });

  it('made no foreign requests and logged no errors', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
