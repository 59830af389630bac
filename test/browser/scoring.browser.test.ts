import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppPage, screenPoint as pagePoint, type AppSession, type PageWatch } from './harness';
import { PROFILES } from '../../src/scoring/profiles';

let app: AppSession;
let page: Page;
let watch: PageWatch;

/** A cheap fingerprint of the map canvas pixels (changes when the surface is recoloured). */
async function canvasHash(): Promise<string> {
  const png = await page.locator('.maplibregl-canvas').screenshot();
  let h = 0;
  for (let i = 0; i < png.length; i += 7) h = (h * 31 + png[i]) | 0;
  return `${png.length}:${h}`;
}

const screenPoint = (lon: number, lat: number) => pagePoint(page, lon, lat);

beforeAll(async () => {
  ({ app, page, watch } = await openAppPage());
  await page.getByLabel('Suitability score legend').waitFor();
});
afterAll(async () => {
  await app?.close();
});

describe('suitability scoring', () => {
  it('shows the surface by default with a score legend', async () => {
    const legend = await page.getByLabel('Suitability score legend').innerText();
    expect(legend).toMatch(/score 0–100/);
    expect(legend).toMatch(/Hybrid/);
  });

  it('recolours the surface when the facility type changes', async () => {
    const before = await canvasHash();
    await page.getByRole('combobox', { name: 'Facility type' }).selectOption('mining');
    await expect.poll(canvasHash, { timeout: 10_000 }).not.toBe(before);
    await expect(page.getByLabel('Suitability score legend').innerText()).resolves.toMatch(/Bitcoin mining/);
  });

  it('recolours the surface when a weight moves, and shows the effective share', async () => {
    await page.getByRole('tab', { name: 'Scoring' }).click();
    const slider = page.getByRole('slider', { name: 'Industrial retail power price' });
    const before = await canvasHash();
    await slider.fill('0');
    await expect.poll(canvasHash, { timeout: 10_000 }).not.toBe(before);
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('0 (0 % effective)');
    await page.getByRole('button', { name: 'Reset weights to defaults' }).click();
    await expect(slider.inputValue()).resolves.toBe(String(PROFILES.mining.weights.retail_price));
  });

  it('a click shows scores for all three facility types and explains the active one', async () => {
    const { x, y } = await screenPoint(-97.74, 30.27);
    await page.mouse.click(x, y);
    const card = page.getByRole('region', { name: 'Point details' });
    await card.waitFor();
    for (const profile of ['mining', 'ai', 'hybrid']) {
      const value = await card.locator(`[data-profile="${profile}"] .score-badge__value`).innerText();
      expect(Number(value)).toBeGreaterThanOrEqual(0);
      expect(Number(value)).toBeLessThanOrEqual(100);
    }
    const table = await card.locator('.explain-table').innerText();
    expect(table).toMatch(/Industrial retail power price/);
    expect(table).toMatch(/USD\/MWh/);
    await expect(card.innerText()).resolves.toMatch(/Energy\s+[\d,]+ MWh\/yr/);
    await page.keyboard.press('Escape');
  });

  it('a point with missing data shows its range and what it rests on, not one flattering number', async () => {
    // Monterrey: no hub price, land value or tax coverage in the data (Mexico).
    const { x, y } = await screenPoint(-100.3161, 25.6866);
    await page.mouse.click(x, y);
    const card = page.getByRole('region', { name: 'Point details' });
    await card.waitFor();
    const badge = card.locator('[data-profile="mining"]');
    const [lo, hi] = (await badge.locator('.score-badge__value').innerText()).split('–').map(Number);
    expect(lo).toBeLessThan(hi);
    await expect(badge.locator('.score-badge__note').innerText()).resolves.toMatch(/% of the weight had data; \d+ re-weighted/);
    await expect(card.innerText()).resolves.toMatch(/ranks by the lower\s+end/);
    await page.keyboard.press('Escape');
  });

  it('a constraint excludes with the reason stated', async () => {
    await page.getByRole('textbox', { name: 'Max retail price' }).fill('20');
    await page.getByRole('textbox', { name: 'Max retail price' }).press('Enter');
    const { x, y } = await screenPoint(-97.74, 30.27);
    await page.mouse.click(x, y);
    const card = page.getByRole('region', { name: 'Point details' });
    await expect(card.getByRole('status').innerText()).resolves.toMatch(/Excluded: .*retail price/i);
    // The map says a constraint is on (it survives reloads).
    await page.getByText('1 constraint active').waitFor();
    await page.keyboard.press('Escape');
    // A negative limit is refused with a message and changes nothing.
    await page.getByRole('textbox', { name: 'Max retail price' }).fill('-5');
    await page.getByRole('textbox', { name: 'Max retail price' }).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'must be at least 0' }).waitFor();
    await page.getByText('1 constraint active').waitFor();
    await page.getByRole('textbox', { name: 'Max retail price' }).fill('');
    await page.getByRole('textbox', { name: 'Max retail price' }).press('Enter');
    await page.keyboard.press('Escape');
  });

  it('all weights at zero: the panel and the map say nothing can be scored', async () => {
    for (const slider of await page.getByRole('slider').all()) await slider.fill('0');
    await page.getByText(/Every weight of .* is 0: nothing is scored/).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Every weight is 0' }).waitFor();
    await page.getByRole('button', { name: 'Reset weights to defaults' }).click();
    await expect(page.getByText(/Every weight of .* is 0/).count()).resolves.toBe(0);
  });

  it('made no foreign requests and logged no errors', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
