// Screenshots of the candidate workflow for looking at it: import preview, Candidates tab, Compare tab.
//   npm run build && tsx scripts/screenshot-candidates.ts [outDir]
import { openAppPage } from '../test/browser/harness';

const outDir = process.argv[2] ?? '.';
const fixture = new URL('../test/fixtures/candidates/journey.csv', import.meta.url).pathname;
const { app, page, watch } = await openAppPage();
try {
  await page.getByRole('tab', { name: 'Candidates' }).click();
  await page.locator('input[type="file"]').setInputFiles(fixture);
  await page.getByRole('dialog').waitFor();
  await page.screenshot({ path: `${outDir}/candidates-import.png` });
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await page.getByRole('button', { name: 'Shortlist Abilene West' }).click();
  for (const name of ['Abilene West', 'Monterrey Norte', 'Montréal <b>Est</b>']) await page.getByRole('checkbox', { name: `Compare ${name}` }).check();
  await page.getByRole('button', { name: 'Abilene West', exact: true }).click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${outDir}/candidates-panel.png` });
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${outDir}/candidates-compare.png` });
  console.log(watch);
} finally {
  await app.close();
}
