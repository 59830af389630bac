// County grid strength, natural hazard and the serving utility at a point, checked against figures
// read by hand in the raw files (ReEDS county interfaces, EIA-861 2017, OpenEI 2020), which the
// tests do not read: the raw numbers are written out here.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadBaseQueryContextNode, loadQueryContextWithAreasNode, publicDataPath, readPublicJson } from '../../scripts/lib/nodeData';
import { buildAreas } from '../../scripts/build/areas';
import { readRepoText } from '../../scripts/build/repoSources';
import { countyTransferCapability, industrialRate, MIN_INDUSTRIAL_SALES_MWH } from '../../scripts/extract/gridAreasRules';
import type { PublicDataReader } from '../../src/data/loadQueryContext';
import { queryPoint } from '../../src/data/pointQuery';
import { createWorkerData } from '../../src/workers/workerData';
import { approxAreaKm2, createPolygonIndex } from '../../src/geo/polygonIndex';
import { pointFactSections } from '../../src/ui/pointFactRows';

const ctx = loadQueryContextWithAreasNode();
const areas = ctx.areas!;
const table = (name: string) => Papa.parse<Record<string, string>>(readRepoText(`data/${name}`), { header: true, skipEmptyLines: true }).data;

/** ReEDS interfaces of Milam (48331) and Presidio (48377) counties, MW_f0 / MW_r0 as in the raw file. */
const MILAM_RAW = [
  { from: '48027', to: '48331', forwardMw: 2177.6033, reverseMw: 2664.0 },
  { from: '48145', to: '48331', forwardMw: 16.9838, reverseMw: 60.0916 },
  { from: '48331', to: '48395', forwardMw: 317.2192, reverseMw: 204.5046 },
  { from: '48331', to: '48453', forwardMw: 2144.0, reverseMw: 2144.0 },
  { from: '48331', to: '48491', forwardMw: 287.3314, reverseMw: 134.249 },
];
const PRESIDIO_RAW = [
  { from: '48043', to: '48377', forwardMw: 54.3186, reverseMw: 47.6827 },
  { from: '48243', to: '48377', forwardMw: 20.0, reverseMw: 20.0 },
  { from: '48371', to: '48377', forwardMw: 65.2017, reverseMw: 151.0 },
];

describe('grid strength (county AC transfer capability)', () => {
  it('sums each interface at its larger direction, and keeps into/out of the county beside it', () => {
    const milam = countyTransferCapability(MILAM_RAW).get('48331')!;
    expect(milam.transferMw).toBeCloseTo(2664 + 60.0916 + 317.2192 + 2144 + 287.3314, 3);
    expect(milam.importMw).toBeCloseTo(2177.6033 + 16.9838 + 204.5046 + 2144 + 134.249, 3);
    expect(milam.exportMw).toBeCloseTo(2664 + 60.0916 + 317.2192 + 2144 + 287.3314, 3);
    expect(milam.interfaces).toBe(5);
    expect(countyTransferCapability(PRESIDIO_RAW).get('48377')!.transferMw).toBeCloseTo(54.3186 + 20 + 151, 3);
  });

  it('a point in Milam County TX resolves to Milam with its MW; Presidio County is far weaker', () => {
    const cameron = queryPoint(ctx, -96.977, 30.853).areas!;
    expect(cameron.county).toEqual({ fips: '48331', name: 'Milam', state: 'TX' });
    expect(cameron.gridStrength).toMatchObject({ value: 5472.6, unit: 'MW', year: 2024 });
    const marfa = queryPoint(ctx, -104.02, 30.309).areas!;
    expect(marfa.county?.fips).toBe('48377');
    expect(marfa.gridStrength?.value).toBe(225.3);
  });

  it('the table gives the whole raw file: 3,108 counties, 10th and 90th percentiles near 90 and 7,000 MW', () => {
    const mw = table('county-transfer-capability.csv').map((r) => Number(r.transfer_mw)).sort((a, b) => a - b);
    expect(mw).toHaveLength(3108);
    const pct = (q: number) => mw[Math.round(q * (mw.length - 1))];
    expect(pct(0.1)).toBeGreaterThan(80);
    expect(pct(0.1)).toBeLessThan(110);
    expect(pct(0.9)).toBeGreaterThan(6500);
    expect(pct(0.9)).toBeLessThan(7500);
  });

  it('no figure is no data with its reason, never 0: Connecticut, Alaska, outside the US', () => {
    const hartford = queryPoint(ctx, -72.68, 41.76).areas!;
    expect(hartford.county?.state).toBe('CT');
    expect(hartford.gridStrength).toBeNull();
    expect(hartford.gridStrengthNoData).toMatch(/planning regions/);
    expect(queryPoint(ctx, -149.9, 61.2).areas!.gridStrengthNoData).toMatch(/contiguous/);
    const montreal = queryPoint(ctx, -73.5673, 45.5017).areas!;
    expect(montreal.county).toBeNull();
    expect(montreal.gridStrength).toBeNull();
    expect(montreal.naturalHazard).toBeNull();
  });
});

describe('natural hazard (FEMA NRI)', () => {
  it('Harris County TX has its composite score and FEMA rating', () => {
    const houston = queryPoint(ctx, -95.37, 29.76).areas!;
    expect(houston.county?.fips).toBe('48201');
    expect(houston.naturalHazard).toMatchObject({ value: 80.62, unit: 'score 0–100', period: '2021–2022', note: 'FEMA rating: Very High' });
  });
});

describe('serving utility and its industrial rate', () => {
  it('Grant County PUD vs Seattle City Light: the raw EIA-861 2017 revenue ÷ sales, bundled, and the 2020 figures', () => {
    // EIA-861 2017 (CORGIS): Grant PUD industrial revenue 124,531 k$, sales 3,346,586 MWh; Seattle 82,413 k$, 986,372 MWh.
    expect(industrialRate({ industrialRevenueKusd: 124531, industrialSalesMwh: 3346586, deliveryRevenueKusd: 0 }).usdPerMwh).toBeCloseTo(37.21, 2);
    expect(industrialRate({ industrialRevenueKusd: 82413, industrialSalesMwh: 986372, deliveryRevenueKusd: 0 }).usdPerMwh).toBeCloseTo(83.55, 2);
    const ephrata = queryPoint(ctx, -119.553, 47.318).areas!.utility;
    expect(ephrata.utility).toMatchObject({ eiaId: '14624', name: 'PUD No 2 of Grant County', state: 'WA' });
    expect(ephrata.industrialRate).toMatchObject({ value: 37.2, unit: 'USD/MWh', year: 2017 });
    // OpenEI 2020, bundled: ind_rate 0.039015499 and 0.087128512 USD/kWh.
    expect(ephrata.industrialRate2020).toMatchObject({ value: 39, year: 2020 });
    const seattle = queryPoint(ctx, -122.3321, 47.6062).areas!.utility;
    expect(seattle.utility).toMatchObject({ eiaId: '16868', name: 'City of Seattle' });
    expect(seattle.industrialRate).toMatchObject({ value: 83.6, year: 2017 });
    expect(seattle.industrialRate2020?.value).toBe(87.1);
  });

  it('delivery service and small sales give no rate, with the reason', () => {
    // Niagara Mohawk 2017: 164,419.3 k$ over 9,912,059 MWh = 16.6 USD/MWh, a wires charge (delivery revenue 616,566.3 k$).
    expect(industrialRate({ industrialRevenueKusd: 164419.3, industrialSalesMwh: 9912059, deliveryRevenueKusd: 616566.3 })).toEqual({ usdPerMwh: null, status: 'delivery_service' });
    expect(industrialRate({ industrialRevenueKusd: 100, industrialSalesMwh: MIN_INDUSTRIAL_SALES_MWH - 1, deliveryRevenueKusd: 0 }).status).toBe('below_min_sales');
    expect(industrialRate({ industrialRevenueKusd: 0, industrialSalesMwh: 0, deliveryRevenueKusd: 0 }).status).toBe('no_industrial_sales');
    expect(areas.utilities.file.utilities['13573']).toMatchObject({ rateUsdPerMwh: null, status: 'delivery_service' });
  });

  it('overlapping territories: the smallest serves, the others are listed', () => {
    const p = queryPoint(ctx, -95.37, 29.76).areas!.utility;
    expect(p.others.length).toBeGreaterThan(0);
    const area = (e: string) => approxAreaKm2(areas.utilities.features.features.find((f) => f.properties.e === e)!.geometry);
    for (const o of p.others) expect(area(p.utility!.eiaId)).toBeLessThanOrEqual(area(o.eiaId));
  });

  it('outside every territory: no utility and the reason, no rate', () => {
    const p = queryPoint(ctx, -73.5673, 45.5017).areas!.utility;
    expect(p.utility).toBeNull();
    expect(p.noTerritoryReason).toMatch(/ZIP/);
    expect(p.industrialRate).toBeNull();
  });
});

describe('wiring', () => {
  it('without the area files the point query is unchanged (no areas field)', () => {
    expect('areas' in queryPoint(loadBaseQueryContextNode(), -96.977, 30.853)).toBe(false);
  });

  it('the point card shows county, grid strength, hazard and utility rows', () => {
    const rows = pointFactSections(queryPoint(ctx, -96.977, 30.853)).flatMap((s) => s.rows);
    expect(rows.find((r) => r.label === 'County')?.value).toBe('Milam, TX (FIPS 48331)');
    expect(rows.find((r) => r.label.startsWith('Grid strength'))?.value).toBe('5,473 MW');
    expect(rows.find((r) => r.label.startsWith('Natural hazard'))?.year).toBe('2021–2022');
    expect(rows.find((r) => r.label === 'Industrial rate (utility)')).toMatchObject({ value: 'no data' });
  });

  it('the card says loading while the area files load, and the failure if they fail', () => {
    const bare = queryPoint(loadBaseQueryContextNode(), -96.977, 30.853);
    expect(pointFactSections(bare).flatMap((s) => s.rows).find((r) => r.label === 'County and utility')?.value).toBe('loading…');
    expect(pointFactSections(bare, 'HTTP 404').flatMap((s) => s.rows).find((r) => r.label === 'County and utility')).toMatchObject({ value: 'no data', note: expect.stringContaining('HTTP 404') });
  });

  it('a worker loads the area files once, only when asked, and answers as the CLI does', async () => {
    const reads: string[] = [];
    const read: PublicDataReader = {
      json: async (name) => (reads.push(name), readPublicJson(name)),
      bytes: async (name) => (reads.push(name), new Uint8Array(readFileSync(publicDataPath(name))).buffer),
    };
    const data = createWorkerData(read);
    await data.queryContext();
    expect(reads.some((n) => n.includes('count') || n.includes('utilit'))).toBe(false);
    const [a, b] = await Promise.all([data.scoringContext(), data.scoringContext()]);
    expect(a).toBe(b);
    expect(reads.filter((n) => n === 'utility-territories.topo.json')).toHaveLength(1);
    expect(queryPoint(a, -122.3321, 47.6062).areas).toEqual(queryPoint(ctx, -122.3321, 47.6062).areas);
  });

  it('polygon index returns every overlapping polygon', () => {
    const sq = (x0: number, size: number) => ({ type: 'Polygon' as const, coordinates: [[[x0, 0], [x0 + size, 0], [x0 + size, size], [x0, size], [x0, 0]]] });
    const index = createPolygonIndex([sq(0, 10), sq(2, 2), null, sq(20, 1)]);
    expect(index.allAt(3, 1)).toEqual([0, 1]);
    expect(index.allAt(5, 5)).toEqual([0]);
    expect(index.allAt(15, 5)).toEqual([]);
  });
});

describe('area files', () => {
  it('the committed public/data files are what the build step writes', () => {
    const built = buildAreas(readRepoText);
    for (const [name, content] of Object.entries(built.files)) expect(readFileSync(publicDataPath(name), 'utf8')).toBe(content);
  });

  it('size budget: territories ≤ 1.5 MB gzip, county files ≤ 400 KB gzip', () => {
    const gz = (name: string) => gzipSync(readFileSync(publicDataPath(name))).length;
    expect(gz('utility-territories.topo.json')).toBeLessThanOrEqual(1.5e6);
    expect(gz('counties.topo.json') + gz('county-facts.json')).toBeLessThanOrEqual(400e3);
  });
});
