// "Find regions" on the real surface: contiguous cells at or above the threshold become listed
// regions, a region outlines and fits on the map, and the export is valid GeoJSON with one
// polygon per listed region.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForMapIdle, watchPage, type AppSession, type PageWatch } from './harness';

const geojsonhint = createRequire(import.meta.url)('@mapbox/geojsonhint') as { hint(s: string): unknown[] };

let app: AppSession;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  app = await startApp();
  page = await app.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  watch = watchPage(page, app.baseUrl);
  await page.goto(app.baseUrl);
  await waitForMapIdle(page);
  await page.getByLabel('Suitability score legend').waitFor();
});
afterAll(async () => {
  await app?.close();
});

type MapHandle = { getSource(id: string): { serialize(): { data: { features: unknown[] } } } | undefined };
const outlined = () => page.evaluate(() => (window as unknown as { __gridscoutMap: MapHandle }).__gridscoutMap.getSource('found-regions')?.serialize().data.features.length ?? 0);

describe('Find regions', () => {
  it('lists regions at the default threshold with area, scores and the nearest market', async () => {
    const box = page.getByRole('region', { name: 'Find regions' });
    await box.getByText(/Groups cells scoring 70 or more/).waitFor();
    await box.getByRole('button', { name: 'Find regions', exact: true }).click();
    await box.getByRole('status').filter({ hasText: /regions? at 70 or more for Hybrid/ }).waitFor();
    const items = box.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().innerText()).toMatch(/^#1 [\d,]+ km² · best \d+, mean \d+ · best cell [\d,]+ km from [A-Z]/);
    expect(await outlined()).toBe(await items.count());
  });

  it('a region fits the map to it and is drawn heavier; the export holds one polygon per listed region', async () => {
    const box = page.getByRole('region', { name: 'Find regions' });
    const first = box.getByRole('button', { name: /^#1 / });
    await first.click();
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('true');
    await waitForMapIdle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Export regions (GeoJSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('gridscout-regions-hybrid-70.geojson');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(geojsonhint.hint(text)).toEqual([]);
    const fc = JSON.parse(text) as { features: { geometry: { type: string }; properties: Record<string, unknown> }[] };
    expect(fc.features).toHaveLength(await box.getByRole('listitem').count());
    expect(fc.features[0].geometry.type).toBe('Polygon');
    expect(fc.features[0].properties).toMatchObject({ rank: 1, facility_type: 'Hybrid (AI + flexible mining)', threshold: 70 });
    expect(Object.keys(fc.features[0].properties)).toEqual(['rank', 'area_km2', 'cells', 'best_score', 'mean_score', 'best_point', 'nearest_market', 'market_distance_km', 'facility_type', 'threshold', 'generated_at']);
  });

  it('a new threshold marks the list stale and takes the outlines off; too high a threshold says so', async () => {
    const box = page.getByRole('region', { name: 'Find regions' });
    const slider = page.getByRole('slider', { name: /Hide cells below/ });
    await slider.fill('99');
    await box.getByRole('status').filter({ hasText: 'changed since these regions were found' }).waitFor();
    await expect.poll(outlined).toBe(0);
    await box.getByRole('button', { name: 'Find regions', exact: true }).click();
    await box.getByRole('status').filter({ hasText: /^No group of 4 or more cells scores 99 or more for Hybrid \(AI \+ flexible mining\): lower the threshold\.$/ }).waitFor();
    expect(watch.consoleErrors).toEqual([]);
  });
});
