// Screenshots of the layout at phone and desktop sizes, for looking at what we build:
//   npm run build && tsx scripts/screenshot-layout.ts [outDir]
// Phone (390×844): the collapsed sheet, the half sheet, the point card, the candidate list in the full
// sheet, the comparison. Desktop (1400×900): the candidate list and the comparison over the map (two
// sites of the same name). Prints the measured widths and heights.
import { plainsSitesCsv, screenPoint, startApp, waitForMapIdle, watchPage } from '../test/browser/harness';
import type { Page } from 'playwright-core';

const outDir = process.argv[2] ?? '.';
const csv = plainsSitesCsv(6, { names: ['Montréal QC', 'Montréal QC', 'Abilene West', 'Monterrey Norte'] });

async function importSites(page: Page) {
  await page.getByRole('tab', { name: 'Candidates' }).click();
  await page.getByRole('button', { name: 'Import candidates' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles({ name: 'sites.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await page.getByText('6 sites', { exact: true }).waitFor();
}
// A string, not a function: tsx would wrap an inner function in a helper the page does not have.
const MEASURE = `(() => {
  const h = (sel) => { const r = document.querySelector(sel)?.getBoundingClientRect(); return r ? { w: Math.round(r.width), h: Math.round(r.height) } : null; };
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth, header: h('.app-header'), map: h('.maplibregl-canvas'), sheet: h('.side-panel'), card: h('.point-card'), drawer: h('.compare-drawer'), candidateTable: h('.candidate-table') };
})()`;
const measure = (page: Page) => page.evaluate(MEASURE);
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(1200);
  const path = `${outDir}/${name}.png`;
  await page.screenshot({ path });
  console.log(path, JSON.stringify(await measure(page)));
};

const app = await startApp();
try {
  const phone = await app.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const wp = watchPage(phone, app.baseUrl);
  await phone.goto(app.baseUrl);
  await waitForMapIdle(phone);
  await phone.locator('.sheet-handle').waitFor();
  await shot(phone, 'phone-collapsed');
  await phone.locator('.sheet-handle').click();
  await shot(phone, 'phone-half-layers');
  await phone.locator('.sheet-handle').focus();
  await phone.keyboard.press('Home');
  const p = await screenPoint(phone, -98, 38.5);
  await phone.mouse.click(p.x, p.y);
  await phone.getByRole('region', { name: 'Point details' }).waitFor();
  await shot(phone, 'phone-point-card');
  await phone.getByRole('button', { name: 'Close point details' }).click();
  await importSites(phone);
  await phone.locator('.sheet-handle').focus();
  await phone.keyboard.press('End');
  await shot(phone, 'phone-full-candidates');
  await phone.getByRole('checkbox', { name: 'Compare Montréal QC' }).nth(0).check();
  await phone.getByRole('checkbox', { name: 'Compare Montréal QC' }).nth(1).check();
  await phone.getByRole('checkbox', { name: 'Compare Abilene West' }).check();
  await phone.getByRole('tab', { name: 'Compare' }).click();
  await shot(phone, 'phone-full-compare');
  await phone.locator('.sheet-handle').focus();
  await phone.keyboard.press('ArrowDown');
  await shot(phone, 'phone-half-compare');
  console.log('phone', wp);

  const desk = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const wd = watchPage(desk, app.baseUrl);
  await desk.goto(app.baseUrl);
  await waitForMapIdle(desk);
  await desk.getByRole('tab', { name: 'Layers' }).waitFor();
  await shot(desk, 'desktop-layers');
  await importSites(desk);
  await shot(desk, 'desktop-candidates');
  for (const n of [0, 1]) await desk.getByRole('checkbox', { name: 'Compare Montréal QC' }).nth(n).check();
  await desk.getByRole('checkbox', { name: 'Compare Abilene West' }).check();
  await desk.getByRole('checkbox', { name: 'Compare Monterrey Norte' }).check();
  await desk.getByRole('tab', { name: 'Compare' }).click();
  await desk.locator('.compare-drawer .compare-table').waitFor();
  await shot(desk, 'desktop-compare');
  console.log('desktop', wd);
} finally {
  await app.close();
}
