// Cluster count labels: above 5,000 sites the candidate layer is clustered, and each cluster in view
// shows its number of sites as DOM text (no glyphs offline). The labels must match the clusters'
// point_count, sit on their circles, let clicks through to the map, and go away when the list drops
// below the clustering threshold or is emptied (here by another tab, through localStorage).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForMapIdle, watchPage, type AppSession, type PageWatch } from './harness';
import { formatCount, MAX_CLUSTER_LABELS } from '../../src/map/clusterLabels';

const ROWS = 6000;

/** 6,000 distinct points on a grid over central Texas. */
function csv(): string {
  const lines = ['name,lat,lon'];
  for (let i = 0; i < ROWS; i++) lines.push(`Site ${i},${(31 + Math.floor(i / 100) * 0.05).toFixed(3)},${(-101 + (i % 100) * 0.05).toFixed(3)}`);
  return lines.join('\n');
}

let app: AppSession;
let page: Page;
let other: Page;
let watch: PageWatch;
let file: string;

beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), 'gridscout-clusters-')), 'sites-6k.csv');
  writeFileSync(file, csv());
  app = await startApp();
  // Two tabs of one browser profile: they share localStorage.
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  watch = watchPage(page, app.baseUrl);
  await page.goto(app.baseUrl);
  await waitForMapIdle(page);
  other = await context.newPage();
});
afterAll(async () => {
  await app?.close();
});

interface Cluster { id: number; count: number; x: number; y: number }
interface Label { text: string; count: number; x: number; y: number }

/** The clusters drawn now (once each) and the labels shown, both in page pixels. */
const read = () =>
  page.evaluate(() => {
    type F = { properties: { cluster_id?: number; point_count?: number }; geometry: { coordinates: [number, number] } };
    const map = (window as unknown as { __gridscoutMap: { queryRenderedFeatures(o: { layers: string[] }): F[]; project(l: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } }).__gridscoutMap;
    const box = map.getCanvas().getBoundingClientRect();
    const clusters = new Map<number, { id: number; count: number; x: number; y: number }>();
    for (const f of map.queryRenderedFeatures({ layers: ['candidates-circles'] })) {
      const { cluster_id: id, point_count: count } = f.properties;
      if (id === undefined || count === undefined || clusters.has(id)) continue;
      const p = map.project(f.geometry.coordinates);
      clusters.set(id, { id, count, x: box.left + p.x, y: box.top + p.y });
    }
    const labels = [...document.querySelectorAll<HTMLElement>('.cluster-label')]
      .filter((el) => !el.hidden && !el.closest('[hidden]'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', count: Number(el.dataset.count), x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
    return { clusters: [...clusters.values()], labels, containers: document.querySelectorAll('.cluster-labels').length };
  });

const mapIdle = () => page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: 30_000 });

/** 'ok' when every cluster (up to the cap, largest first) has one label with its count, centred on its circle (within 2 px), else what differs. */
function mismatch(clusters: Cluster[], labels: Label[]): string {
  if (clusters.length === 0) return 'no clusters drawn';
  // At most MAX_CLUSTER_LABELS, the largest clusters first.
  if (Math.min(clusters.length, MAX_CLUSTER_LABELS) !== labels.length) return `${clusters.length} clusters, ${labels.length} labels`;
  const free = [...clusters];
  for (const l of labels) {
    const i = free.findIndex((c) => c.count === l.count && Math.abs(c.x - l.x) <= 2 && Math.abs(c.y - l.y) <= 2);
    if (i < 0) return `label ${l.text} (${l.count}) at ${l.x.toFixed(1)},${l.y.toFixed(1)} is on no cluster of that count: ${JSON.stringify(clusters.filter((c) => c.count === l.count))}`;
    if (l.text !== formatCount(l.count)) return `label ${l.text} for ${l.count}`;
    free.splice(i, 1);
  }
  const smallestLabelled = Math.min(...labels.map((l) => l.count));
  if (free.some((c) => c.count > smallestLabelled)) return `a cluster of ${Math.max(...free.map((c) => c.count))} has no label, one of ${smallestLabelled} has`;
  return 'ok';
}

const labelsMatch = async () => {
  const r = await read();
  return mismatch(r.clusters, r.labels);
};

/** Another tab saves a list of `n` of the sites: this tab reloads it (storage event). */
async function otherTabKeeps(n: number) {
  await other.evaluate((keep) => {
    const stored = JSON.parse(localStorage.getItem('gridscout.candidates')!);
    stored.state.candidates = stored.state.candidates.slice(0, keep);
    localStorage.setItem('gridscout.candidates', JSON.stringify(stored));
  }, n);
}

describe('cluster count labels', () => {
  it('label every cluster in view with its count, on its circle, as text the map clicks go through', { timeout: 120_000 }, async () => {
    await page.getByRole('tab', { name: 'Candidates' }).click();
    await page.getByRole('button', { name: 'Import candidates' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm import' }).click({ timeout: 30_000 });
    await page.getByText('6,000 sites', { exact: true }).waitFor({ timeout: 30_000 });
    await page.evaluate(() => (window as unknown as { __gridscoutMap: { jumpTo(o: object): void } }).__gridscoutMap.jumpTo({ center: [-98.5, 32.5], zoom: 6 }));
    await mapIdle();
    await expect.poll(labelsMatch, { timeout: 30_000 }).toBe('ok');
    const { clusters, labels } = await read();
    // A real split into several clusters, and the counts add up to the sites in view.
    expect(clusters.length).toBeGreaterThan(5);
    expect(labels.reduce((n, l) => n + l.count, 0)).toBe(clusters.reduce((n, c) => n + c.count, 0));

    // Not announced (the list says how many sites there are), not markup, not in the way of clicks.
    const container = page.locator('.cluster-labels');
    await expect(container.getAttribute('aria-hidden')).resolves.toBe('true');
    await expect(page.locator('.cluster-label *').count()).resolves.toBe(0);
    expect(await page.locator('.cluster-label').first().evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    // A click on a label reaches the cluster under it, which zooms in (6 → 8); the labels follow
    // (now more clusters than the cap of 300 are in view: the largest are labelled).
    const biggest = labels.reduce((a, b) => (b.count > a.count ? b : a));
    await page.mouse.click(biggest.x, biggest.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __gridscoutMap: { getZoom(): number } }).__gridscoutMap.getZoom()), { timeout: 10_000 }).toBeGreaterThan(7.9);
    await mapIdle();
    await expect.poll(labelsMatch, { timeout: 30_000 }).toBe('ok');
    expect(watch.consoleErrors).toEqual([]);
  });

  it('go away when the list drops below the clustering threshold or is emptied', { timeout: 90_000 }, async () => {
    await page.evaluate(() => (window as unknown as { __gridscoutMap: { jumpTo(o: object): void } }).__gridscoutMap.jumpTo({ center: [-98.5, 32.5], zoom: 6 }));
    // The import was saved (6,000 sites fit browser storage); another tab keeps 4,000 of them.
    await other.goto(app.baseUrl);
    await expect.poll(() => other.evaluate(() => JSON.parse(localStorage.getItem('gridscout.candidates') ?? '{"state":{"candidates":[]}}').state.candidates.length), { timeout: 20_000 }).toBe(ROWS);
    await otherTabKeeps(4000);
    await page.getByText('4,000 sites', { exact: true }).waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await read()).containers, { timeout: 10_000 }).toBe(0);
    await mapIdle();
    const unclustered = await read();
    expect(unclustered.labels).toEqual([]);
    expect(unclustered.clusters).toEqual([]);

    // Back above the threshold (the 4,000 plus 2,000 copies further north): labelled again; then the
    // other tab empties the list.
    await other.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('gridscout.candidates')!);
      const base = stored.state.candidates as { id: string; lat: number; name: string }[];
      const more = base.slice(0, 2000).map((c) => ({ ...c, id: `${c.id}-copy`, name: `${c.name} copy`, lat: c.lat + 3.2 }));
      stored.state.candidates = base.concat(more);
      localStorage.setItem('gridscout.candidates', JSON.stringify(stored));
    });
    await page.getByText('6,000 sites', { exact: true }).waitFor({ timeout: 20_000 });
    await mapIdle();
    await expect.poll(labelsMatch, { timeout: 30_000 }).toBe('ok');
    await otherTabKeeps(0);
    await page.getByText('0 sites', { exact: true }).waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await read()).containers, { timeout: 10_000 }).toBe(0);
    await expect(page.locator('.cluster-label').count()).resolves.toBe(0);
    expect(watch.consoleErrors).toEqual([]);
  });
});
