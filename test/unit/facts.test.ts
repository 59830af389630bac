import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFacts, type FactsInput, type FactsOutput } from '../../scripts/build/facts';
import { repoBuildSources } from '../../scripts/build/repoSources';
import { restrictsMining } from '../../scripts/build/factsSelect';
import { EGRID_SUBREGIONS, NASS_REGION_CODES, NATIONAL_CODES } from '../../scripts/build/factsTables';
import { mergeDatasets } from '../../scripts/build/datasets';
import { loadBoundariesNode, readPublicJson } from '../../scripts/lib/nodeData';
import type { DatasetCatalog, DatasetInfo, Fact, FactsBundle } from '../../src/data/types';

let input: FactsInput;
let out: FactsOutput;
let bundle: FactsBundle;

beforeAll(() => {
  // The committed boundaries stand in for the boundaries step (which needs the Natural Earth download).
  input = { ...repoBuildSources(), regions: loadBoundariesNode().index };
  out = buildFacts(input);
  bundle = out.bundle;
});

const rowsOf = (file: string) =>
  Papa.parse<Record<string, string>>(input.readText(file), { header: true, skipEmptyLines: 'greedy' }).data;

/** Per table: which columns hold the value, unit and year (names differ between tables). */
const TABLES: { file: string; value: string; unit: string; year: string }[] = [
  { file: 'data/power-prices.csv', value: 'price', unit: 'unit', year: 'year' },
  { file: 'data/wholesale-hubs.csv', value: 'avg_price', unit: 'unit', year: 'year' },
  { file: 'data/grid-carbon.csv', value: 'co2_rate', unit: 'unit', year: 'year' },
  { file: 'data/land-values.csv', value: 'value', unit: 'unit', year: 'year' },
  { file: 'data/economics.csv', value: 'value', unit: 'unit', year: 'as_of' },
  { file: 'data/fx-rates.csv', value: 'rate', unit: 'unit', year: 'year' },
];

describe('data/ fact tables', () => {
  it.each(TABLES)('$file: every row has value, unit, year (or an explained null), source, URL and quality', (t) => {
    const rows = rowsOf(t.file);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((r, i) => {
      const where = `${t.file} row ${i + 2}`;
      expect(r[t.value]?.trim(), `${where} value`).toBeTruthy();
      expect(r[t.unit]?.trim(), `${where} unit`).toBeTruthy();
      if (!r[t.year]?.trim()) expect(r.notes ?? '', `${where}: empty year must be explained`).toMatch(/undated/i);
      expect(r.source?.trim(), `${where} source`).toBeTruthy();
      expect(r.source_url, `${where} source_url`).toMatch(/^https?:\/\//);
      expect(['primary', 'secondary', 'low'], `${where} quality`).toContain(r.quality);
    });
  });

  it('dc-tax-incentives.csv: every rule has status, date, source, URL and quality', () => {
    rowsOf('data/dc-tax-incentives.csv').forEach((r) => {
      expect(r.status && r.enacted_or_updated && r.source).toBeTruthy();
      expect(r.source_url).toMatch(/^https?:\/\//);
      expect(['primary', 'secondary', 'low']).toContain(r.quality);
    });
  });

  it('region codes resolve to boundaries, or to a pseudo-code allowed for that table', () => {
    const codes = new Set(input.regions.regions.map((r) => r.code));
    const allowed: Record<string, readonly string[]> = {
      'data/power-prices.csv': NATIONAL_CODES,
      'data/grid-carbon.csv': [...NATIONAL_CODES, ...EGRID_SUBREGIONS],
      'data/land-values.csv': ['US', 'CA', ...NASS_REGION_CODES],
      'data/dc-tax-incentives.csv': [],
    };
    for (const [file, extra] of Object.entries(allowed)) {
      for (const r of rowsOf(file)) expect(codes.has(r.region_code) || extra.includes(r.region_code), `${file}: ${r.region_code}`).toBe(true);
    }
    for (const code of Object.keys(bundle.regions)) expect(codes.has(code)).toBe(true);
    expect(Object.keys(bundle.regions).length).toBe(codes.size);
  });
});

describe('validation fails with file, row and column', () => {
  const withEdit = (file: string, edit: (text: string) => string): FactsInput => ({
    ...input,
    readText: (path) => (path === file ? edit(input.readText(path)) : input.readText(path)),
  });

  it('a non-numeric price', () => {
    const bad = withEdit('data/power-prices.csv', (t) => t.replace('US-TX,Texas,US,industrial,2023,6.60,', 'US-TX,Texas,US,industrial,2023,six,'));
    const lines = input.readText('data/power-prices.csv').split('\n');
    const row = lines.findIndex((l) => l.startsWith('US-TX,Texas,US,industrial,2023,6.60,')) + 1;
    expect(() => buildFacts(bad)).toThrow(`data/power-prices.csv row ${row}, column "price": "six" is not a number`);
  });

  it('a region code that is not in the boundaries', () => {
    const bad = withEdit('data/land-values.csv', (t) => t.replace(/\nUS-IA,/, '\nUS-XX,'));
    expect(() => buildFacts(bad)).toThrow(/data\/land-values\.csv row \d+, column "region_code": region code "US-XX" does not exist/);
  });

  it('an empty year that the notes do not explain', () => {
    const bad = withEdit('data/power-prices.csv', (t) => t.replace('US-TX,Texas,US,industrial,2023,', 'US-TX,Texas,US,industrial,,'));
    expect(() => buildFacts(bad)).toThrow(/data\/power-prices\.csv row \d+, column "year": is empty and the notes do not say/);
  });

  it('a price basis outside all_in / energy_only / not_stated', () => {
    const bad = withEdit('data/power-prices.csv', (t) => t.replace(/,all_in(,[^\n]*)?\n/, ',all-in$1\n'));
    expect(() => buildFacts(bad)).toThrow(/data\/power-prices\.csv row 2, column "price_basis"/);
  });

  it('an FX unit that does not match its currency', () => {
    const bad = withEdit('data/fx-rates.csv', (t) => t.replace('CAD,2022,1.3014,CAD_per_USD', 'CAD,2022,1.3014,MXN_per_USD'));
    expect(() => buildFacts(bad)).toThrow(/data\/fx-rates\.csv row \d+, column "unit"/);
  });
});

describe('spot checks against the source tables', () => {
  const r = (code: string) => bundle.regions[code];

  it('industrial prices: EIA 2023 ¢/kWh × 10 (TX 6.60, CA 18.64), Wyoming 2019 (6.73)', () => {
    expect(r('US-TX').retailIndustrial).toMatchObject({ value: 66, unit: 'USD/MWh', year: 2023, quality: 'primary' });
    expect(r('US-CA').retailIndustrial).toMatchObject({ value: 186.4, year: 2023 });
    expect(r('US-WY').retailIndustrial).toMatchObject({ value: 67.3, year: 2019, quality: 'secondary' });
    expect(r('US-TX').retailCommercial).toMatchObject({ value: 88.2, year: 2023 });
  });

  it('Canada: Hydro-Québec 2022 city bill for QC (5.33 CAD ¢) at the 2022 rate; AB from the low, undated blog', () => {
    const qc = r('CA-QC').retailIndustrial!;
    expect(qc.value).toBeCloseTo((5.33 * 10) / 1.3014, 2);
    expect(qc).toMatchObject({ year: 2022, quality: 'primary' });
    expect(qc.conversion).toContain('2022 annual average, Federal Reserve G.5A');
    expect(qc.note).toMatch(/city bill/);
    const ab = r('CA-AB').retailIndustrial!;
    expect(ab).toMatchObject({ year: null, quality: 'low' });
    expect(ab.value).toBeCloseTo((14.08 * 10) / 1.3494, 2);
    expect(ab.note).toMatch(/Undated source/);
  });

  it('Mexico: the all-in national average (0.117 USD/kWh, undated, low) for every state; energy-only CFE charges never', () => {
    for (const code of ['MX-CMX', 'MX-QUE', 'MX-NLE', 'MX-JAL']) {
      expect(r(code).retailIndustrial, code).toMatchObject({ value: 117, unit: 'USD/MWh', year: null, quality: 'low' });
      expect(r(code).retailIndustrial!.note).toMatch(/including demand charges/);
    }
    expect(r('MX-CMX').retailIndustrial!.note).toMatch(/National figure/);
    // The base-hour charges (1.0576, 1.0871 MXN/kWh) would give ~60 USD/MWh: they are in the table but not used.
    const energyOnly = rowsOf('data/power-prices.csv').filter((x) => x.country === 'MX' && x.price_basis === 'energy_only');
    expect(energyOnly.map((x) => x.price).sort()).toEqual(['0.9772', '1.0576', '1.0773', '1.0871']);
    expect(r('MX-CMX').retailCommercial).toBeUndefined();
  });

  it('retail: every Fact comes from an all-in row; the blog rows (9 provinces and territories) stay low and say why', () => {
    const rows = rowsOf('data/power-prices.csv');
    for (const [code, rf] of Object.entries(bundle.regions)) {
      const f = rf.retailIndustrial;
      if (!f) continue;
      const from = rows.filter((x) => x.source_url === f.sourceUrl && (x.region_code === code || x.region_code === code.slice(0, 2)));
      expect(from.length, code).toBeGreaterThan(0);
      for (const x of from) expect(x.price_basis, code).toBe('all_in');
    }
    const blog = rows.filter((x) => /circuitenergy/.test(x.source_url));
    expect(blog.length).toBe(14);
    for (const x of blog) expect(x).toMatchObject({ quality: 'low' });
    const onBlog = ['CA-AB', 'CA-SK', 'CA-NB', 'CA-NS', 'CA-NL', 'CA-PE', 'CA-YT', 'CA-NT', 'CA-NU'];
    for (const code of onBlog) {
      expect(r(code).retailIndustrial, code).toMatchObject({ quality: 'low', year: null });
      expect(r(code).retailIndustrial!.note, code).toMatch(/Low confidence.*method/);
    }
  });

  it('carbon: one basis, CO2e: eGRID CO2e lb/MWh × 0.45359237 for TX and VT; ECCC 2024 for every province (PEI too); national factor for Mexico', () => {
    expect(r('US-TX').carbon).toMatchObject({ value: 349.8, unit: 'gCO2e/kWh', year: 2023, quality: 'primary' });
    // Vermont: CO2e 52.239 lb/MWh, not the CO2-only 42.981 (19.5 g/kWh) the table also holds.
    expect(r('US-VT').carbon).toMatchObject({ value: 23.7, unit: 'gCO2e/kWh' });
    expect(r('US-VT').carbon!.note).toMatch(/^CO2e, generation-based/);
    expect(r('CA-QC').carbon).toMatchObject({ value: 2.6, unit: 'gCO2e/kWh', year: 2024, quality: 'secondary' });
    expect(r('CA-AB').carbon).toMatchObject({ value: 346, year: 2024 });
    expect(r('CA-ON').carbon).toMatchObject({ value: 73, year: 2024 });
    expect(r('CA-PE').carbon).toMatchObject({ value: 265, year: 2024 });
    for (const code of ['CA-NL', 'CA-NS', 'CA-NB', 'CA-MB', 'CA-SK', 'CA-BC', 'CA-YT', 'CA-NT', 'CA-NU']) expect(r(code).carbon!.year, code).toBe(2024);
    expect(r('MX-NLE').carbon).toMatchObject({ value: 444, year: 2024 });
    expect(r('MX-NLE').carbon!.note).toMatch(/National factor/);
  });

  it('carbonAlt: Electricity Maps where a zone maps cleanly, labelled, nowhere else', () => {
    expect(r('CA-QC').carbonAlt).toMatchObject({ value: input.electricityMaps.zones['CA-QC'].carbonIntensity, year: input.electricityMaps.year });
    expect(r('CA-QC').carbonAlt!.source).toMatch(/^Electricity Maps yearly average/);
    expect(r('US-HI').carbonAlt).toBeDefined();
    expect(r('US-TX').carbonAlt).toBeUndefined();
    expect(r('MX-JAL').carbonAlt!.note).toMatch(/country-level/);
  });

  it('land: NASS newest year for states, StatCan CAD/acre at the rate of its year, none for Mexico, AK and HI', () => {
    expect(r('US-IA').landValue).toMatchObject({ value: 9790, unit: 'USD/acre', year: 2025, quality: 'secondary' });
    // Read in a third-party list, not in the NASS report: low, cited to the report, and the note says so
    // (where it was read is kept in the table's provenance column, not shown).
    expect(r('US-TX').landValue).toMatchObject({ value: 2970, year: 2025, quality: 'low', source: 'USDA NASS, Land Values 2025 Summary (Aug 1, 2025)' });
    expect(r('US-TX').landValue!.sourceUrl).toBe('https://www.nass.usda.gov/Publications/Todays_Reports/reports/land0825.pdf');
    expect(r('US-TX').landValue!.note).toMatch(/not checked against the NASS report/);
    expect(r('US-GA').landValue).toMatchObject({ value: 4720, year: 2025, quality: 'low' });
    expect(r('CA-ON').landValue).toMatchObject({ value: Math.round(20785 / 1.3698), year: 2024 });
    expect(r('CA-ON').landValue!.note).toMatch(/2025: 21073 CAD\/acre/);
    for (const code of ['MX-NLE', 'US-AK', 'US-HI']) expect(r(code).landValue).toBeUndefined();
  });

  it('incentives: mining moratoria and connection pauses restrict mining, tax-incentive pauses do not', () => {
    for (const code of ['CA-BC', 'CA-QC', 'CA-MB', 'CA-NB']) expect(r(code).incentives.some((i) => i.restrictsMining), code).toBe(true);
    for (const code of ['US-IL', 'US-OH', 'US-TX', 'US-NY']) expect(r(code).incentives.some((i) => i.restrictsMining), code).toBe(false);
    expect(restrictsMining({ status: 'active', incentive: 'crypto mining rule', applies_to: '', notes: '' })).toBe(false);
    expect(r('US-TX').incentives.find((i) => /151\.359|data centers/.test(i.incentive))?.minInvestmentUsd).toBe(200000000);
  });

  it('wholesale hubs: newest year per hub, CAD prices converted, region found by position', () => {
    const aeso = bundle.hubs.find((h) => h.id === 'AESO_POOL')!;
    expect(aeso).toMatchObject({ year: 2024, regionCode: 'CA-AB', quality: 'secondary' });
    expect(aeso.price.value).toBeCloseTo(62.78 / 1.3698, 2);
    expect(bundle.hubs.find((h) => h.id === 'ERCOT_HB_NORTH')).toMatchObject({ year: 2024, regionCode: 'US-TX' });
    expect(new Set(bundle.hubs.map((h) => h.id)).size).toBe(bundle.hubs.length);
  });

  it('wholesale hubs: every hub shows a 2023 or later figure', () => {
    for (const h of bundle.hubs) expect(h.year, h.id).toBeGreaterThanOrEqual(2023);
  });

  it('Ontario: market price + Class B Global Adjustment (2024, 10.38 CAD ¢/kWh); no HOEP-only hub; 2025 waits for its rate', () => {
    const on = bundle.hubs.filter((h) => h.regionCode === 'CA-ON');
    expect(on.map((h) => h.id)).toEqual(['IESO_TOTAL_B']);
    expect(on[0]).toMatchObject({ year: 2024, quality: 'secondary' });
    expect(on[0].price.value).toBeCloseTo((10.38 * 10) / 1.3698, 2);
    expect(on[0].priceType).toMatch(/Global Adjustment/);
    expect(on[0].price.note).toMatch(/newer figure not shown \(2025: 10\.96/);
    expect(rowsOf('data/wholesale-hubs.csv').some((x) => x.hub_id === 'IESO_HOEP')).toBe(false);
  });

  it('Mid-C: the 2025 on-peak mean of the EIA/ICE daily prices, labelled as computed, not the 2009 FERC figure', () => {
    const midc = bundle.hubs.find((h) => h.id === 'MIDC')!;
    expect(midc).toMatchObject({ year: 2025, regionCode: 'US-WA', quality: 'secondary' });
    expect(midc.price.value).toBe(47.2);
    expect(midc.priceType).toMatch(/On-peak hours only.*not a published annual average/);
    expect(bundle.hubs.find((h) => h.id === 'CAISO_NP15')).toMatchObject({ quality: 'low' });
  });

  it('economics: every numeric row, nothing else', () => {
    const rows = rowsOf('data/economics.csv');
    const numeric = rows.filter((x) => /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(x.value));
    expect(bundle.economics.length).toBe(numeric.length);
    expect(bundle.economics.find((e) => e.parameter === 'btc_halving_2024_block_height')?.value).toBe(840000);
  });
});

describe('facts.json', () => {
  it('every Fact carries value, unit, year (or a note on its absence), source, URL and quality', () => {
    const facts: Fact[] = Object.values(bundle.regions).flatMap((r) =>
      [r.retailIndustrial, r.retailCommercial, r.carbon, r.carbonAlt, r.landValue].filter((f): f is Fact => !!f));
    facts.push(...bundle.hubs.map((h) => h.price));
    for (const f of facts) {
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.unit).toMatch(/^(USD\/MWh|gCO2e\/kWh|USD\/acre)$/);
      expect(f.sourceUrl).toMatch(/^https?:\/\//);
      expect(f.source).toBeTruthy();
      if (f.year === null) expect(f.note).toMatch(/undated|year unknown/i);
    }
  });

  it('public/data/facts.json equals what buildFacts produces from data/ now', () => {
    expect(readPublicJson<FactsBundle>('facts.json')).toEqual(JSON.parse(out.files['facts.json']));
  });

  it('public/data/datasets.json lists every facts dataset as built now', () => {
    const catalog = readPublicJson<DatasetCatalog>('datasets.json');
    expect(catalog).toEqual(expect.arrayContaining(out.datasets));
  });

  it('the catalog merge rejects a dataset id given twice and sorts by id', () => {
    const d = (id: string) => ({ id }) as DatasetInfo;
    expect(mergeDatasets([d('b'), d('a')]).map((x) => x.id)).toEqual(['a', 'b']);
    expect(() => mergeDatasets([d('a'), d('a')])).toThrow(/given twice/);
  });
});
