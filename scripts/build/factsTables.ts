// Schemas of the fact tables in data/ and their validation. Each table gets the region codes it may
// use: the boundaries' ISO codes always, plus pseudo-codes only where named here (national rows,
// eGRID subregions, NASS farm production regions). A bad cell fails with file, row and column.
import { DataValidationError, parseAndValidate, type TableSpec } from './validateTable';
import { QUALITIES } from '../../src/data/quality';

const COUNTRY = ['US', 'CA', 'MX'] as const;

/**
 * What a retail price covers: all_in = every charge of the bill (EIA revenue ÷ sales, a bill at a set
 * load, a source that says it includes demand charges); energy_only = an energy charge alone;
 * not_stated = the source does not say.
 */
export const PRICE_BASES = ['all_in', 'energy_only', 'not_stated'] as const;

/** National rows: allowed in prices, carbon and land (never mapped onto a region by themselves). */
export const NATIONAL_CODES = ['US', 'CA', 'MX'] as const;

/** The 27 eGRID2023 subregions (grid-carbon.csv rows with level=egrid_subregion). */
export const EGRID_SUBREGIONS = [
  'AKGD', 'AKMS', 'AZNM', 'CAMX', 'ERCT', 'FRCC', 'HIMS', 'HIOA', 'MROE', 'MROW', 'NEWE', 'NWPP', 'NYCW', 'NYLI',
  'NYUP', 'PRMS', 'RFCE', 'RFCM', 'RFCW', 'RMPA', 'SPNO', 'SPSO', 'SRMV', 'SRMW', 'SRSO', 'SRTV', 'SRVC',
] as const;

/** USDA NASS farm production regions: made-up codes used by land-values.csv (no ISO code exists). */
export const NASS_REGION_CODES = [
  'US-APPALACHIA-REGION', 'US-CORNBELT-REGION', 'US-DELTA-REGION', 'US-LAKE-REGION', 'US-MOUNTAIN-REGION',
  'US-NE-REGION', 'US-NPLAINS-REGION', 'US-PACIFIC-REGION', 'US-SE-REGION', 'US-SPLAINS-REGION',
] as const;

const POWER_PRICES: TableSpec = {
  file: 'data/power-prices.csv',
  columns: [
    { name: 'region_code', type: 'regionCode', required: true },
    { name: 'region_name', type: 'string', required: true },
    { name: 'country', type: 'enum', required: true, values: COUNTRY },
    { name: 'sector', type: 'enum', required: true, values: ['residential', 'commercial', 'industrial', 'all'] },
    // Empty only for undated sources, and then the notes must say so (checked below).
    { name: 'year', type: 'year', min: 1990, max: 2030 },
    { name: 'price', type: 'number', required: true, min: 0, max: 100 },
    // USD_per_kWh: a Mexican all-in figure published in US dollars per kWh, kept as published.
    { name: 'unit', type: 'enum', required: true, values: ['USD_cents_per_kWh', 'CAD_cents_per_kWh', 'MXN_per_kWh', 'USD_per_kWh'] },
    { name: 'source', type: 'string', required: true },
    { name: 'source_url', type: 'url', required: true },
    { name: 'quality', type: 'enum', required: true, values: QUALITIES },
    { name: 'notes', type: 'string' },
    // What the price covers; only all_in rows feed the retail criterion (see pickRetail).
    { name: 'price_basis', type: 'enum', required: true, values: PRICE_BASES },
  ],
};

const WHOLESALE_HUBS: TableSpec = {
  file: 'data/wholesale-hubs.csv',
  columns: [
    { name: 'hub_id', type: 'string', required: true },
    { name: 'hub_name', type: 'string', required: true },
    { name: 'market', type: 'string', required: true },
    { name: 'lat', type: 'number', required: true, min: 14, max: 84 },
    { name: 'lon', type: 'number', required: true, min: -170, max: -50 },
    { name: 'location_note', type: 'string', required: true },
    { name: 'year', type: 'year', required: true, min: 2000, max: 2030 },
    { name: 'avg_price', type: 'number', required: true, min: -100, max: 1000 },
    { name: 'unit', type: 'enum', required: true, values: ['USD_per_MWh', 'CAD_per_MWh', 'CAD_cents_per_kWh', 'MXN_per_MWh'] },
    { name: 'price_type', type: 'string', required: true },
    { name: 'source', type: 'string', required: true },
    { name: 'source_url', type: 'url', required: true },
    { name: 'quality', type: 'enum', required: true, values: QUALITIES },
  ],
};

const GRID_CARBON: TableSpec = {
  file: 'data/grid-carbon.csv',
  columns: [
    { name: 'region_code', type: 'regionCode', required: true },
    { name: 'region_name', type: 'string', required: true },
    { name: 'level', type: 'enum', required: true, values: ['state', 'egrid_subregion', 'country', 'province'] },
    { name: 'year', type: 'year', required: true, min: 2015, max: 2030 },
    // lb/MWh up to ~2,000 (coal-heavy states); g/kWh up to ~1,000; t/MWh below 1.
    { name: 'co2_rate', type: 'number', required: true, min: 0, max: 2500 },
    { name: 'unit', type: 'enum', required: true, values: ['lb_per_MWh', 'g_per_kWh', 't_per_MWh'] },
    { name: 'metric', type: 'string', required: true },
    { name: 'source', type: 'string', required: true },
    { name: 'source_url', type: 'url', required: true },
    { name: 'quality', type: 'enum', required: true, values: QUALITIES },
    { name: 'notes', type: 'string' },
  ],
};

const LAND_VALUES: TableSpec = {
  file: 'data/land-values.csv',
  columns: [
    { name: 'region_code', type: 'regionCode', required: true },
    { name: 'region_name', type: 'string', required: true },
    { name: 'country', type: 'enum', required: true, values: ['US', 'CA'] },
    { name: 'year', type: 'year', required: true, min: 2015, max: 2030 },
    { name: 'measure', type: 'enum', required: true, values: ['farm_real_estate_value', 'cropland_value', 'pasture_value', 'farmland_value_per_acre'] },
    { name: 'value', type: 'number', required: true, min: 1, max: 100000 },
    { name: 'unit', type: 'enum', required: true, values: ['USD_per_acre', 'CAD_per_acre'] },
    { name: 'source', type: 'string', required: true },
    { name: 'source_url', type: 'url', required: true },
    { name: 'quality', type: 'enum', required: true, values: QUALITIES },
    { name: 'notes', type: 'string' },
  ],
};

const DC_TAX_INCENTIVES: TableSpec = {
  file: 'data/dc-tax-incentives.csv',
  columns: [
    { name: 'region_code', type: 'regionCode', required: true },
    { name: 'region_name', type: 'string', required: true },
    { name: 'country', type: 'enum', required: true, values: COUNTRY },
    { name: 'incentive', type: 'string', required: true },
    { name: 'applies_to', type: 'string' },
    { name: 'min_investment_usd', type: 'number', min: 0 },
    { name: 'min_jobs', type: 'string' },
    { name: 'enacted_or_updated', type: 'string', required: true },
    { name: 'status', type: 'enum', required: true, values: ['active', 'expired', 'proposed', 'moratorium', 'pause'] },
    { name: 'source', type: 'string', required: true },
    { name: 'source_url', type: 'url', required: true },
    { name: 'quality', type: 'enum', required: true, values: QUALITIES },
    { name: 'notes', type: 'string' },
  ],
};

const ECONOMICS: TableSpec = {
  file: 'data/economics.csv',
  columns: [
    { name: 'parameter', type: 'string', required: true },
    // Mostly numbers, but a few rows are ranges ("8-10") or timestamps; only numeric rows are used.
    { name: 'value', type: 'string', required: true },
    { name: 'unit', type: 'string', required: true },
    { name: 'as_of', type: 'string', required: true },
    { name: 'scope', type: 'string' },
    { name: 'source', type: 'string', required: true },
    { name: 'source_url', type: 'url', required: true },
    { name: 'quality', type: 'enum', required: true, values: QUALITIES },
    { name: 'notes', type: 'string' },
  ],
};

const FX_RATES: TableSpec = {
  file: 'data/fx-rates.csv',
  columns: [
    { name: 'currency', type: 'enum', required: true, values: ['CAD', 'MXN'] },
    { name: 'year', type: 'year', required: true, min: 2000, max: 2030 },
    // Units of the currency per U.S. dollar, as the Federal Reserve and Bank of Canada print them.
    { name: 'rate', type: 'number', required: true, min: 0.5, max: 50 },
    { name: 'unit', type: 'enum', required: true, values: ['CAD_per_USD', 'MXN_per_USD'] },
    { name: 'source_short', type: 'string', required: true },
    { name: 'source', type: 'string', required: true },
    { name: 'source_url', type: 'url', required: true },
    { name: 'quality', type: 'enum', required: true, values: QUALITIES },
    { name: 'notes', type: 'string' },
  ],
};

export type Row = Record<string, string>;

export interface FactTables {
  powerPrices: Row[];
  wholesaleHubs: Row[];
  gridCarbon: Row[];
  landValues: Row[];
  incentives: Row[];
  economics: Row[];
  fxRates: Row[];
}

/** Fails like parseAndValidate does, for checks that span more than one cell. */
function rowCheck(spec: TableSpec, rows: Row[], column: string, ok: (r: Row) => boolean, detail: (r: Row) => string): void {
  rows.forEach((r, i) => {
    if (!ok(r)) throw new DataValidationError(spec.file, i + 2, column, detail(r));
  });
}

function noDuplicates(spec: TableSpec, rows: Row[], key: (r: Row) => string, column: string): void {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const k = key(r);
    if (seen.has(k)) throw new DataValidationError(spec.file, i + 2, column, `duplicate row for ${k}`);
    seen.add(k);
  });
}

/** Reads and validates every fact table. `boundaryCodes` = ISO codes present in boundaries.topo.json. */
export function readFactTables(readText: (path: string) => string, boundaryCodes: ReadonlySet<string>): FactTables {
  const codes = (...extra: readonly string[]) => new Set([...boundaryCodes, ...extra]);
  const read = (spec: TableSpec, regionCodes?: ReadonlySet<string>) => parseAndValidate(spec, readText(spec.file), { regionCodes });

  const powerPrices = read(POWER_PRICES, codes(...NATIONAL_CODES));
  rowCheck(POWER_PRICES, powerPrices, 'year', (r) => r.year !== '' || /undated/i.test(r.notes ?? ''),
    () => 'is empty and the notes do not say the source is undated');
  // US rows are EIA (USD) or Hydro-Québec's US-city bills (CAD); Canadian rows CAD; Mexican rows MXN,
  // or USD per kWh where a Mexican source publishes in dollars.
  rowCheck(POWER_PRICES, powerPrices, 'unit',
    (r) => r.country === 'US' || (r.country === 'CA' ? r.unit.startsWith('CAD') : r.unit === 'MXN_per_kWh' || r.unit === 'USD_per_kWh'),
    (r) => `${r.unit} does not match country ${r.country}`);

  const wholesaleHubs = read(WHOLESALE_HUBS);
  noDuplicates(WHOLESALE_HUBS, wholesaleHubs, (r) => `${r.hub_id} ${r.year}`, 'year');

  const gridCarbon = read(GRID_CARBON, codes(...NATIONAL_CODES, ...EGRID_SUBREGIONS));
  rowCheck(GRID_CARBON, gridCarbon, 'region_code',
    (r) => (r.level === 'egrid_subregion') === (EGRID_SUBREGIONS as readonly string[]).includes(r.region_code),
    (r) => `"${r.region_code}" does not fit level ${r.level}`);
  noDuplicates(GRID_CARBON, gridCarbon, (r) => `${r.region_code} ${r.metric} ${r.year}`, 'year');

  const landValues = read(LAND_VALUES, codes('US', 'CA', ...NASS_REGION_CODES));
  rowCheck(LAND_VALUES, landValues, 'unit', (r) => r.unit.startsWith(r.country === 'CA' ? 'CAD' : 'USD'),
    (r) => `${r.unit} does not match country ${r.country}`);
  noDuplicates(LAND_VALUES, landValues, (r) => `${r.region_code} ${r.measure} ${r.year}`, 'year');

  const incentives = read(DC_TAX_INCENTIVES, codes());
  const economics = read(ECONOMICS);

  const fxRates = read(FX_RATES);
  rowCheck(FX_RATES, fxRates, 'unit', (r) => r.unit === `${r.currency}_per_USD`, (r) => `${r.unit} does not match currency ${r.currency}`);
  noDuplicates(FX_RATES, fxRates, (r) => `${r.currency} ${r.year}`, 'year');

  return { powerPrices, wholesaleHubs, gridCarbon, landValues, incentives, economics, fxRates };
}
