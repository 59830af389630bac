// Reading the suitability surface: the histogram under its legend, the threshold that hides cells
// below it (pixels repainted, no re-score) and the outline of the hovered cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppPage, screenPoint, waitForMapIdle, type AppSession, type PageWatch } from './harness';

let app: AppSession;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  ({ app, page, watch } = await openAppPage());
  await page.getByLabel('Suitability score legend').waitFor();
});
afterAll(async () => {
  await app?.close();
});

const histogram = () => page.getByRole('group', { name: 'Score histogram' });
const countOf = async (testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/,/g, ''));

/** Pixels of the painted surface canvas with some alpha (one pixel per grid cell). */
const visibleSurfacePixels = () =>
  page.evaluate(() => {
    const map = (window as unknown as { __gridscoutMap: { getSource(id: string): { getCanvas?(): HTMLCanvasElement; canvas?: HTMLCanvasElement } | undefined } }).__gridscoutMap;
    const source = map.getSource('suitability-surface');
    const canvas = source?.canvas ?? source?.getCanvas?.();
    if (!canvas) throw new Error('no surface canvas');
    const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
    return n;
  });

/** The features in the hovered-cell source (none when it does not exist yet). */
const outlineFeatures = () =>
  page.evaluate(async () => {
    type Src = { getData?(): Promise<{ features?: { geometry: { coordinates: number[][] }; properties: { cell: number } }[] }> };
    const map = (window as unknown as { __gridscoutMap: { getSource(id: string): Src | undefined } }).__gridscoutMap;
    const data = await map.getSource('suitability-hovered-cell')?.getData?.();
    return data?.features ?? [];
  });

describe('reading the suitability surface', () => {
  it('shows a histogram whose counts add up to the land cells drawn on the map', async () => {
    await histogram().waitFor();
    await expect.poll(() => page.locator('.score-histogram__bar').count()).toBe(20);
    const bars = await page.locator('.score-histogram__bar').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    const scored = await countOf('cells-scored');
    const insufficient = await countOf('cells-insufficient');
    expect(scored).toBeGreaterThan(1000);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(scored);
    // Every cell with a score or some data is drawn (coloured or hatched); sea and excluded cells are blank.
    expect(await visibleSurfacePixels()).toBe(scored + insufficient);
    await expect(histogram().innerText()).resolves.toMatch(/Insufficient data[\s\S]*Excluded or no data/);
    await expect(countOf('cells-remaining')).resolves.toBe(scored);
  });

  it('hides the cells below the threshold on the map and dims their bars; Show all brings them back', async () => {
    const scored = await countOf('cells-scored');
    const insufficient = await countOf('cells-insufficient');
    const before = await visibleSurfacePixels();
    const slider = page.getByRole('slider', { name: 'Hide cells below' });
    await slider.fill('60');
    await expect.poll(() => countOf('cells-remaining')).toBeLessThan(scored);
    const remaining = await countOf('cells-remaining');
    await expect.poll(visibleSurfacePixels).toBe(remaining + insufficient);
    expect(remaining + insufficient).toBeLessThan(before);
    // Bars for 0–60 are dimmed, those from 60 up are not.
    await expect(page.locator('.score-histogram__bar--hidden').count()).resolves.toBe(12);
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/^60: [\d,]+ cells remaining$/);
    // Keyboard: one step up keeps at most as many cells.
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider.inputValue()).resolves.toBe('61');
    expect(await countOf('cells-remaining')).toBeLessThanOrEqual(remaining);
    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    await expect.poll(visibleSurfacePixels).toBe(before);
    await expect(countOf('cells-remaining')).resolves.toBe(scored);
    await expect(page.locator('.score-histogram__bar--hidden').count()).resolves.toBe(0);
  });

  it('outlines the hovered land cell and explains that cell in the tooltip', async () => {
    // Zoomed in so a 0.1° cell is ~18 px wide and a one-pixel jiggle stays inside it.
    await page.evaluate(() => (window as unknown as { __gridscoutMap: { jumpTo(o: object): void } }).__gridscoutMap.jumpTo({ center: [-98.25, 38.43], zoom: 8 }));
    await waitForMapIdle(page);
    const { x, y } = await screenPoint(page, -98.25, 38.43); // central Kansas, mid-cell
    const tip = page.getByRole('tooltip');
    let features: Awaited<ReturnType<typeof outlineFeatures>> = [];
    for (let attempt = 0; attempt < 40 && features.length === 0; attempt++) {
      await page.mouse.move(x + (attempt % 2), y);
      await page.waitForTimeout(150);
      features = await outlineFeatures();
    }
    expect(features).toHaveLength(1);
    const ring = features[0].geometry.coordinates;
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    // The hovered point lies inside the outlined cell.
    const lons = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    expect(Math.min(...lons)).toBeLessThanOrEqual(-98.25);
    expect(Math.max(...lons)).toBeGreaterThanOrEqual(-98.25);
    expect(Math.min(...lats)).toBeLessThanOrEqual(38.43);
    expect(Math.max(...lats)).toBeGreaterThanOrEqual(38.43);
    await expect(tip.innerText()).resolves.toMatch(/grid cell centred at/);

    // Once the scoring files are in (a click loads them), two points of the same cell get the same
    // explanation: the cell's, not the pointer's.
    await page.mouse.click(x, y);
    await page.getByRole('region', { name: 'Point details' }).waitFor();
    await page.keyboard.press('Escape');
    await waitForMapIdle(page);
    const [west, east] = [Math.min(...lons), Math.max(...lons)];
    const [south, north] = [Math.min(...lats), Math.max(...lats)];
    const explainedAt = async (lon: number, lat: number) => {
      const p = await screenPoint(page, lon, lat);
      for (let attempt = 0; attempt < 40; attempt++) {
        await page.mouse.move(p.x + (attempt % 2), p.y);
        // Only once the pointer is over the same cell (its outline) and the explanation is in.
        const sameCell = JSON.stringify((await outlineFeatures())[0]?.geometry.coordinates) === JSON.stringify(ring);
        if (sameCell && (await tip.count()) > 0 && /Why this cell/.test(await tip.innerText())) return tip.innerText();
        await page.waitForTimeout(250);
      }
      throw new Error(`no cell explanation at ${lon}, ${lat}`);
    };
    const nearCorner = await explainedAt(west + 0.15 * (east - west), south + 0.15 * (north - south));
    const otherCorner = await explainedAt(east - 0.15 * (east - west), north - 0.15 * (north - south));
    expect(nearCorner).toMatch(/top contributions at the cell’s centre/);
    expect(nearCorner).toMatch(/\+\d+\.\d pts/);
    expect(otherCorner).toBe(nearCorner);

    // Leaving the map removes the outline.
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await outlineFeatures()).length).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
  });
});
