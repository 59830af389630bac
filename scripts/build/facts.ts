// Facts step of build:data: validates the fact tables in data/, picks one figure per region and
// criterion (rules in factsSelect.ts), converts units (units.ts) and returns
// public/data/facts.json plus the Data panel entries. File reading and the regions are injected
// (scripts/build/pipeline.ts hands over the boundaries built in the same run).
import type { DatasetInfo, FactsBundle, RegionFacts } from '../../src/data/types';
import { fxTable, round, type FxRate } from './units';
import type { RegionIndex } from '../../src/geo/regionIndex';
import type { ElectricityMapsYear } from './electricityMaps';
import { economicsFacts, incentiveRules, pickCarbon, pickCarbonAlt, pickLand, pickRetail, wholesaleHubs } from './factsSelect';
import { readFactTables, type Row } from './factsTables';

export interface FactsInput {
  /** Reads a repository file, e.g. readText('data/power-prices.csv'). */
  readText(path: string): string;
  regions: Pick<RegionIndex, 'regions' | 'regionAt'>;
  electricityMaps: ElectricityMapsYear;
}

export interface FactsOutput {
  bundle: FactsBundle;
  files: Record<string, string>;
  datasets: DatasetInfo[];
  warnings: string[];
}

function fxRates(rows: readonly Row[]): FxRate[] {
  return rows.map((r) => ({
    currency: r.currency as 'CAD' | 'MXN',
    year: Number(r.year),
    unitsPerUsd: Number(r.rate),
    label: r.source_short,
    source: r.source,
    sourceUrl: r.source_url,
    quality: r.quality as FxRate['quality'],
  }));
}

export function buildFacts(input: FactsInput): FactsOutput {
  const warnings: string[] = [];
  const codes = new Set(input.regions.regions.map((r) => r.code));
  const t = readFactTables(input.readText, codes);
  const rates = fxRates(t.fxRates);
  const fx = fxTable(rates);

  const regions: Record<string, RegionFacts> = {};
  for (const props of [...input.regions.regions].sort((a, b) => a.code.localeCompare(b.code))) {
    const code = props.code;
    const rf: RegionFacts = { code, name: props.name, country: props.country, incentives: incentiveRules(t.incentives, code) };
    const retailIndustrial = pickRetail(t.powerPrices, code, 'industrial', fx);
    const retailCommercial = pickRetail(t.powerPrices, code, 'commercial', fx);
    const carbon = pickCarbon(t.gridCarbon, code);
    const carbonAlt = pickCarbonAlt(input.electricityMaps, code);
    const landValue = pickLand(t.landValues, code, fx);
    if (retailIndustrial) rf.retailIndustrial = retailIndustrial;
    if (retailCommercial) rf.retailCommercial = retailCommercial;
    if (carbon) rf.carbon = carbon;
    if (carbonAlt) rf.carbonAlt = carbonAlt;
    if (landValue) rf.landValue = landValue;
    regions[code] = rf;
  }

  const bundle: FactsBundle = {
    regions,
    hubs: wholesaleHubs(t.wholesaleHubs, fx, (lon, lat) => input.regions.regionAt(lon, lat), (w) => warnings.push(w)),
    economics: economicsFacts(t.economics),
    fx: [...rates]
      .sort((a, b) => a.currency.localeCompare(b.currency) || a.year - b.year)
      // usdPerUnit is 1 ÷ the published rate; conversions themselves divide by the published rate.
      .map((r) => ({ currency: r.currency, year: r.year, usdPerUnit: round(1 / r.unitsPerUsd, 6), source: r.source, sourceUrl: r.sourceUrl, quality: r.quality })),
  };

  return {
    bundle,
    files: { 'facts.json': `${JSON.stringify(bundle, null, 1)}\n` },
    datasets: factsDatasets(t, input.electricityMaps, bundle),
    warnings,
  };
}

function yearSpan(years: readonly (number | null)[], undatedLabel = 'undated rows'): string {
  const known = years.filter((y): y is number => y !== null);
  const span = known.length === 0 ? 'n.d.' : Math.min(...known) === Math.max(...known) ? `${Math.min(...known)}` : `${Math.min(...known)}–${Math.max(...known)}`;
  return known.length < years.length ? `${span} (plus ${undatedLabel})` : span;
}

/** Unique sources by URL, in table order. */
function sourcesOf(rows: readonly Row[]): { name: string; url: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.source_url)) seen.set(r.source_url, r.source);
  return [...seen].map(([url, name]) => ({ name, url }));
}

const yearsOf = (rows: readonly Row[], column = 'year') => rows.map((r) => (r[column] === '' ? null : Number(r[column])));

function factsDatasets(t: ReturnType<typeof readFactTables>, em: ElectricityMapsYear, bundle: FactsBundle): DatasetInfo[] {
  const emZones = Object.values(bundle.regions).filter((r) => r.carbonAlt).length;
  const asOfYears = t.economics.map((r) => (/^(\d{4})/.exec(r.as_of) ? Number(/^(\d{4})/.exec(r.as_of)![1]) : null));
  return [
    {
      id: 'power-prices',
      title: 'Retail power prices',
      description:
        'All-in retail electricity prices: average price by US state (EIA, revenue ÷ sales), Canadian city bills at set loads (Hydro-Québec comparison), provincial industrial prices (retailer blog, low confidence) and a Mexican industrial average that includes demand charges (low confidence). Energy-only tariff charges are listed but never used as a price. The map shows the industrial price; commercial is in the tooltip.',
      unit: 'USD/MWh (converted from ¢/kWh, CAD ¢/kWh, MXN/kWh and USD/kWh)',
      years: yearSpan(yearsOf(t.powerPrices), 'undated rows (Circuit Energy, Tetakawi)'),
      sources: sourcesOf(t.powerPrices),
      rowCount: t.powerPrices.length,
      gaps:
        'US: 2023 only (no 2024 state table found); Wyoming is 2019. Canada: no statistics-agency provincial averages — QC, MB, BC and ON use Hydro-Québec 2022 large-power bills for Montréal, Winnipeg, Vancouver and Toronto (city bills, not provincial averages); the other provinces and the territories rest on an undated, low-quality retailer blog (converted at the 2023 rate). Hydro-Québec 2025 small-power bills are not converted (no 2025 CAD rate). Mexico: no current all-in average and no state figures; every state shows one undated, low-confidence national average that includes demand charges (Tetakawi). The 2017 all-in national figure has no exchange rate for its year; CFE base-hour energy charges (2022–2023) leave out demand, capacity and distribution charges and are not used as a price.',
      file: 'data/power-prices.csv',
    },
    {
      id: 'wholesale-hubs',
      title: 'Wholesale hub prices',
      description: 'Annual average wholesale prices at trading hubs or market-wide (ERCOT, PJM, ISO-NE, MISO, SPP, NYISO, AESO, Mexico SEN), Ontario market price plus Global Adjustment (Class B), and on-peak yearly means at Mid-C, Palo Verde, SP15 and NP15 computed from EIA daily ICE prices; the newest year of each hub with an exchange rate is shown.',
      unit: 'USD/MWh (AESO, IESO and Mexico converted from CAD and MXN)',
      years: yearSpan(yearsOf(t.wholesaleHubs)),
      sources: sourcesOf(t.wholesaleHubs),
      rowCount: t.wholesaleHubs.length,
      gaps:
        'No published annual figure for ERCOT West/South/Houston, PJM Western Hub and Dominion, MISO Indiana Hub (MISO-wide only), SPP South Hub (SPP-wide only) or NYISO zones A and J (NYISO-wide only); no SPP or Southeast hub in the ICE files. Mid-C, Palo Verde, SP15 and NP15 are on-peak means of traded days (2025 file ends 10 Dec; NP15 thinly traded, low); ERCOT North 2024 is year-to-date to 23 Dec. Ontario 2025 and Mexico 2024 are in the table but wait for a 2025 CAD and 2024 MXN rate; Ontario 2023 was not found. Ontario is the Class B commodity cost; a Class A load pays less Global Adjustment. Positions are city centres chosen for display.',
      file: 'data/wholesale-hubs.csv',
    },
    {
      id: 'grid-carbon',
      title: 'Grid carbon intensity',
      description:
        'One basis everywhere: CO2e (CO2 plus other greenhouse gases, weighted by warming potential; for eGRID, CH4 and N2O). US: EPA eGRID2023 (rev. 2) total output CO2e rate, generation-based, of the eGRID subregion at the point (see "eGRID subregions"), with the state rate as a second opinion. Canada: ECCC consumption intensity for data year 2024 (electricity consumed, including grid losses). Mexico: SEMARNAT national grid (SEN) emission factor, applied to every state.',
      unit: 'gCO2e/kWh (converted from lb/MWh and t/MWh)',
      years: yearSpan(yearsOf(t.gridCarbon)),
      sources: sourcesOf(t.gridCarbon),
      rowCount: t.gridCarbon.length,
      gaps:
        'Canada\'s 2024 figures were read in a secondary copy of ECCC\'s table, not ECCC\'s own file; 2024 is the newest inventory year and may be revised. The US rate counts generation inside the state, Canada\'s counts consumption, so the two differ in what they include. Mexico has no state factors, and its 2022–2024 factors were read in secondary sources citing the avisos, not in the avisos themselves. eGRID2024 is not used; no balancing-authority or non-baseload rates.',
      file: 'data/grid-carbon.csv',
    },
    {
      id: 'electricity-maps',
      title: 'Grid carbon intensity — second opinion (Electricity Maps)',
      description: `Electricity Maps yearly average carbon intensity for ${em.year}, as republished under the ODbL in the npm package @tgwf/co2 ${em.packageVersion}. Shown beside the primary figure where a zone maps cleanly onto a region.`,
      unit: 'gCO2eq/kWh (as published)',
      years: String(em.year),
      sources: [{ name: `Electricity Maps (via @tgwf/co2 ${em.packageVersion}), methodology`, url: em.methodologyUrl }],
      rowCount: emZones,
      gaps: 'Only Canadian provinces and territories, Hawaii and Mexico (national zone, same value for every state). Other US states span several balancing authorities and get no second opinion.',
      file: `node_modules/@tgwf/co2/dist/cjs/data/electricity-maps/yearly_${em.year}.js`,
    },
    {
      id: 'land-values',
      title: 'Land value',
      description: 'USDA NASS farm real estate value per acre (land and buildings) by US state, and Statistics Canada farmland value per acre (table 32-10-0047) by province, converted to USD with the annual-average rate of its year.',
      unit: 'USD/acre',
      years: yearSpan(yearsOf(t.landValues)),
      sources: sourcesOf(t.landValues),
      rowCount: t.landValues.length,
      gaps:
        'No Mexico (no credible series found), no Alaska or Hawaii (not in the NASS survey), no territories. US 2025 values for 37 states were read in a third-party list of the report\'s state values, not checked against the NASS report (low); the full 2024 state table was not found. BC, NB, NS, PE and NL have 2024 only; Canadian 2025 figures are not shown because no 2025 CAD rate was found. No row was read in the agency\'s own table (none primary).',
      file: 'data/land-values.csv',
    },
    {
      id: 'dc-tax-incentives',
      title: 'Incentives and rules',
      description: 'Data-center sales/use and property tax incentives, and crypto-mining rules (moratoria, connection pauses, right-to-mine laws) by state and province, with status and date.',
      unit: 'status and date',
      years: 'as read up to mid-2026',
      sources: sourcesOf(t.incentives),
      rowCount: t.incentives.length,
      gaps:
        'Statuses change often (2025–2026 repeals and pauses in OH, IL, WA, VA, GA, MN, SC, AL, NJ) — verify before legal or financial use. A paused programme (OH, IL) scores 0.5. An empty minimum investment means it was not read, not that there is none (Nevada\'s thresholds, for one). Some statuses are inferred (NY moratorium lapse, Montana signing, Manitoba after 2026-04-30).',
      file: 'data/dc-tax-incentives.csv',
    },
    {
      id: 'economics',
      title: 'Mining and AI hosting economics',
      description: 'Bitcoin halving, hashprice, hashrate and BTC price over time, ASIC efficiency, miners\' costs, AI/HPC hosting contracts, colocation rates, PUE and rack power — defaults for the scoring model.',
      unit: 'per row (USD/PH/day, J/TH, USD/kW/month, ratio …)',
      years: yearSpan(asOfYears, 'protocol constants'),
      sources: sourcesOf(t.economics),
      rowCount: t.economics.length,
      gaps:
        'Hashprice and hashrate are spot readings (hashprice moves every block). No measured Bitcoin-mine PUE (one low vendor figure). ASIC specs come from secondary or low pages. Contract values are totals over the term for critical IT MW. Rows whose value is a range (e.g. "8-10") or a timestamp are kept in the project\'s table but not shown.',
      file: 'data/economics.csv',
    },
    {
      id: 'fx-rates',
      title: 'Exchange rates (CAD, MXN → USD)',
      description: 'Annual-average exchange rates used to convert Canadian and Mexican figures to USD; each conversion states the rate, its year and source.',
      unit: 'currency units per USD (as published)',
      years: yearSpan(yearsOf(t.fxRates)),
      sources: sourcesOf(t.fxRates),
      rowCount: t.fxRates.length,
      gaps: 'MXN 2024 and CAD/MXN 2025 were not found, so figures of those years are not converted (no data). CAD 2024 is the Bank of Canada average read on a third-party page (secondary); earlier years are Federal Reserve G.5A (primary).',
      file: 'data/fx-rates.csv',
    },
  ];
}
