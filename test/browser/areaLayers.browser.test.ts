// The county and utility layers: nothing of theirs is fetched until a box is ticked; then each
// draws with a legend (unit, year, source) and answers hover with its figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppPage, screenPoint, type AppSession, type PageWatch } from './harness';

const AREA_FILES = ['counties.topo.json', 'county-facts.json', 'utility-territories.topo.json', 'utilities.json'];

let app: AppSession;
let page: Page;
let watch: PageWatch;
const requested: string[] = [];

beforeAll(async () => {
  ({ app, page, watch } = await openAppPage());
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
});
afterAll(async () => {
  await app?.close();
});

async function hoverText(lon: number, lat: number): Promise<string> {
  const tip = page.getByRole('tooltip');
  for (let attempt = 0; attempt < 80; attempt++) {
    const p = await screenPoint(page, lon, lat);
    await page.mouse.move(p.x + (attempt % 2), p.y);
    if ((await tip.count()) > 0) return tip.innerText();
    await page.waitForTimeout(250);
  }
  throw new Error(`no tooltip at ${lon},${lat}`);
}

describe('county and utility layers', () => {
  it('load nothing before a box is ticked', async () => {
    await page.waitForTimeout(1000);
    expect(requested.filter((p) => AREA_FILES.some((f) => p.endsWith(f)))).toEqual([]);
  });

  it.each([
    ['Grid strength', [-96.977, 30.853], /Milam, TX[\s\S]*5,473 MW/],
    ['Natural hazard', [-95.37, 29.76], /Harris, TX[\s\S]*80\.6 of 100/],
    ['Utility territories', [-119.553, 47.318], /PUD No 2 of Grant County[\s\S]*EIA utility 14624[\s\S]*37\.2 USD\/MWh/],
  ] as const)('%s: legend with unit, year and source; hover gives the figure', async (name, [lon, lat], expected) => {
    const off = page.getByRole('checkbox', { name: 'Suitability score', exact: true });
    if (await off.isChecked()) await off.uncheck();
    const box = page.getByRole('checkbox', { name, exact: true });
    await box.check();
    const legend = page.getByLabel(`${name} legend`);
    await expect.poll(async () => legend.locator('a[href^="http"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const text = await legend.innerText();
    expect(text).toMatch(/Unit: \S/);
    expect(text).toMatch(/Year: [^\n]*\d{4}/);
    expect(await hoverText(lon, lat)).toMatch(expected);
    await box.uncheck();
    await page.mouse.move(5, 5);
  });

  it('logged no console errors and made no foreign requests', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
