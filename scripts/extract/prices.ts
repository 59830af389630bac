// Development-time extract: writes data/power-prices.csv and data/wholesale-hubs.csv from the cited
// tables in ../shared/data (the shared tables, updates-2026-12/ and the raw EIA/ICE daily files).
// Run by hand:  npx tsx scripts/extract/prices.ts [path/to/shared/data]
// The app, its tests and CI never run this or read ../shared; they read the committed data/.
// Every change to a shared row is made here, in code, with the reason beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { readIceFile, yearlyMeans, type IceYearMean } from './iceHubMeans';

type Row = Record<string, string>;

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, process.argv[2] ?? '../shared/data');

function readCsv(path: string): { rows: Row[]; columns: string[] } {
  const p = Papa.parse<Row>(readFileSync(resolve(SHARED, path), 'utf8'), { header: true, skipEmptyLines: 'greedy' });
  if (p.errors.length) throw new Error(`${path}: ${p.errors[0].message} (row ${p.errors[0].row})`);
  return { rows: p.data, columns: p.meta.fields ?? [] };
}

function writeCsv(path: string, rows: readonly Row[], columns: readonly string[]): void {
  for (const r of rows) for (const c of columns) if (r[c] === undefined) throw new Error(`${path}: row without ${c}: ${JSON.stringify(r)}`);
  writeFileSync(resolve(ROOT, path), `${Papa.unparse(rows as Row[], { columns: [...columns], newline: '\n' })}\n`);
  console.log(`wrote ${path} (${rows.length} rows)`);
}

// ---------------------------------------------------------------------------------------------
// Retail prices
// ---------------------------------------------------------------------------------------------

/**
 * What a retail price covers. The retail criterion takes `all_in` rows only: a figure that leaves
 * out demand, capacity or fixed charges is not comparable with EIA's revenue ÷ sales.
 * - all_in: every charge of the bill (EIA revenue ÷ sales; Hydro-Québec bills at a set load, excl.
 *   taxes; sources that say they include demand charges).
 * - energy_only: an energy charge alone (CFE base-hour charges).
 * - not_stated: the source does not say what is included.
 */
export type PriceBasis = 'all_in' | 'energy_only' | 'not_stated';

const CIRCUIT_URL = 'https://circuitenergy.ca/blog/post/how-much-does-electricity-cost-for-industries-in-canada';
const CIRCUIT_NOTE =
  'Low confidence, undated (about 2023): average total cost for a business using 100,000 kWh a month, from an ' +
  'electricity retailer\'s table that does not state its method, taxes or load profile and may mix sources ' +
  '(its Quebec figure equals Hydro-Québec\'s 5,000 kW bill). Use it as a rough guide and get a utility quote';
const WY_NOTE = '2019 figure: the newest EIA average for Wyoming available here (no 2023 Wyoming figure was found); other US states show 2023';

function basisOf(r: Row): PriceBasis {
  if (r.country === 'US' || /Hydro-Quebec/.test(r.source) || r.source_url === CIRCUIT_URL) return 'all_in';
  if (/BASE-HOUR ENERGY CHARGE|base-hour energy charge/.test(r.notes)) return 'energy_only';
  if (/INCLUDING demand charges|including demand charges/.test(r.notes)) return 'all_in';
  return 'not_stated';
}

/**
 * Source labels as a site developer reads them: the publication, not how the compiler came across it
 * (that stays in ../shared's notes; the row's quality says how far to trust it).
 */
function retailSource(r: Row): string {
  if (/tetakawi/.test(r.source_url)) return "Tetakawi, 'Industrial Electricity and Utility Rates for Manufacturing in Mexico' (undated)";
  return r.source;
}

/** Per-row note rewrites: the shared notes speak to the compiler; these speak to a site developer. */
function retailNote(r: Row): string {
  if (r.source_url === CIRCUIT_URL) return CIRCUIT_NOTE;
  if (r.region_code === 'US-WY') return WY_NOTE;
  if (r.country !== 'MX') return r.notes;
  if (/tetakawi/.test(r.source_url)) {
    return 'Undated, low confidence: average paid by manufacturers in established Mexican operations, including demand ' +
      'charges, time-of-use adjustments and power-factor corrections, as published by a shelter-services firm; ' +
      'year, tariff and region not stated. USD per kWh as published';
  }
  if (/sintesis/.test(r.source_url)) {
    return 'August 2018 national price paid by industry under CFE tariff GDMTH; the source does not say whether ' +
      'demand, capacity and distribution charges are included';
  }
  if (/zocalo/.test(r.source_url)) {
    return /Golfo Norte/.test(r.notes)
      ? 'May 2020 CFE GDMTH average, Golfo Norte region (Nuevo León, Tamaulipas); what is averaged is not stated'
      : 'May 2020 CFE DIST tariff; region and what is averaged are not stated';
  }
  if (/elmanana/.test(r.source_url)) {
    return 'September 2018 CFE GDMTH average across the hours of the day, Golfo Norte region; whether demand and ' +
      'distribution charges are included is not stated';
  }
  return r.notes; // Vanguardia energy charges: their notes already say "energy charge only"
}

function powerPrices(): { rows: Row[]; columns: string[] } {
  const shared = readCsv('power-prices.csv');
  const updates = readCsv('updates-2026-12/power-prices-new.csv');
  if (updates.columns.join() !== shared.columns.join()) throw new Error('power-prices-new.csv: header differs from power-prices.csv');
  // Every shared and new row is kept (energy-only and unclear figures too, so the table shows what
  // exists); price_basis decides which rows the retail criterion may use.
  // A blog repost is a mirror, not a source: the 2017 Reforma figure it carries is left out (it could
  // not be shown anyway: there is no 2017 MXN rate).
  const rows = [...shared.rows, ...updates.rows].filter((r) => !/blogspot\./.test(r.source_url)).map((r) => ({ ...r, source: retailSource(r), notes: retailNote(r), price_basis: basisOf(r) }));
  return { rows, columns: [...shared.columns, 'price_basis'] };
}

// ---------------------------------------------------------------------------------------------
// Wholesale hubs
// ---------------------------------------------------------------------------------------------

/** EIA ICE daily files in raw/prices, with the copy each was read from. */
const ICE_FILES: { year: number; file: string; copy: string; url: string }[] = [
  { year: 2023, file: 'eia_ice_electric_2023final.xlsx', copy: 'ice_electric-2023final.xlsx, copy in GitHub 2BeAsh/electricity-price-forecasting data/raw/ @ad26609',
    url: 'https://github.com/2BeAsh/electricity-price-forecasting/blob/ad26609b48d3c7c026010cbb46fcc9e8b0613bc0/data/raw/ice_electric-2023final.xlsx' },
  { year: 2024, file: 'eia_ice_electric_2024final.xlsx', copy: 'ice_electric-2024final.xlsx, copy in GitHub 2BeAsh/electricity-price-forecasting data/raw/ @ad26609',
    url: 'https://github.com/2BeAsh/electricity-price-forecasting/blob/ad26609b48d3c7c026010cbb46fcc9e8b0613bc0/data/raw/ice_electric-2024final.xlsx' },
  { year: 2025, file: 'eia_ice_electric_2025.csv', copy: 'ice_electric-2025.csv, copy in GitHub cervantes-jessica/Final_Project_Energy_Weather data/raw/ @737f85b7',
    url: 'https://github.com/cervantes-jessica/Final_Project_Energy_Weather/blob/737f85b7/data/raw/ice_electric-2025.csv' },
];

/**
 * ICE products carried into the hub table. PJM WH, Nepool MH and Indiana Hub are left out: the table
 * already has published all-hours averages for PJM, ISO-NE and MISO at the same display positions,
 * and a second, on-peak-only point there would make the "nearest hub" arbitrary.
 */
const ICE_HUBS: { hubId: string; product: string; kind: string; thinBelowDays: number }[] = [
  { hubId: 'MIDC', product: 'Mid C Peak', kind: 'physical bilateral next-day on-peak power', thinBelowDays: 125 },
  { hubId: 'PALO_VERDE', product: 'Palo Verde Peak', kind: 'physical bilateral next-day on-peak power', thinBelowDays: 125 },
  { hubId: 'CAISO_SP15', product: 'SP15 EZ Gen DA LMP Peak', kind: 'on-peak product settling on the CAISO day-ahead price', thinBelowDays: 125 },
  { hubId: 'CAISO_NP15', product: 'NP15 EZ Gen DA LMP Peak', kind: 'on-peak product settling on the CAISO day-ahead price', thinBelowDays: 125 },
];

function iceRows(derived: readonly Row[]): Row[] {
  const means = new Map<number, IceYearMean[]>();
  for (const f of ICE_FILES) means.set(f.year, yearlyMeans(readIceFile(resolve(SHARED, 'raw/prices', f.file))));
  const rows: Row[] = [];
  for (const h of ICE_HUBS) {
    // Display position and names as in the shared rows for the same hub (city centres chosen for display).
    const place = derived.find((r) => r.hub_id === h.hubId);
    if (!place) throw new Error(`wholesale-hubs-derived.csv has no row for ${h.hubId}`);
    for (const f of ICE_FILES) {
      const m = means.get(f.year)!.find((x) => x.product === h.product);
      if (!m) throw new Error(`${f.file}: no product "${h.product}"`);
      const check = derived.find((r) => r.hub_id === h.hubId && r.year === String(f.year));
      if (check && Number(check.avg_price) !== m.meanUsdPerMwh) {
        throw new Error(`${h.hubId} ${f.year}: computed ${m.meanUsdPerMwh}, updates-2026-12 says ${check.avg_price}`);
      }
      const thin = m.days < h.thinBelowDays;
      const partial = m.lastDelivery < `${f.year}-12-20` ? ` The file ends with delivery on ${m.lastDelivery}.` : '';
      rows.push({
        hub_id: h.hubId,
        hub_name: place.hub_name,
        market: place.market,
        lat: place.lat,
        lon: place.lon,
        location_note: place.location_note,
        year: String(f.year),
        avg_price: m.meanUsdPerMwh.toFixed(2),
        unit: 'USD_per_MWh',
        price_type:
          `On-peak hours only: mean of the daily ICE weighted-average prices for '${h.product}' (${h.kind}) over ` +
          `${m.days} traded days, delivery ${m.firstDelivery} to ${m.lastDelivery}; volume-weighted mean ${m.volumeWeightedUsdPerMwh.toFixed(2)}. ` +
          `Computed from EIA's daily data, not a published annual average; days without a trade are missing, and an on-peak price runs above an all-hours average.` +
          partial + (thin ? ` Thin trading: prices on only ${m.days} days, so less representative.` : ''),
        source: `EIA, Wholesale Electricity and Natural Gas Market Data: ICE daily trading file ${f.copy} (column 'Wtd avg price $/MWh'); yearly mean computed by GridScout`,
        source_url: f.url,
        quality: thin ? 'low' : 'secondary',
      });
    }
  }
  return rows;
}

const ON_LAT = '43.6532';
const ON_LON = '-79.3832';
const CLASS_A =
  'Delivery, transmission and regulatory charges are not included. Loads above 5 MW are Class A and pay the Global ' +
  'Adjustment by their share of the five annual peak hours instead, so a large load that curtails at those peaks pays less than this.';

/**
 * Ontario: one hub, market price + Class B Global Adjustment. The HOEP alone (2020, 1.27 ¢/kWh) left
 * out the GA, the larger part of Ontario's commodity cost, and is dropped.
 */
function ontarioRows(updates: readonly Row[]): Row[] {
  const get = (id: string, year: string) => {
    const r = updates.find((x) => x.hub_id === id && x.year === year);
    if (!r) throw new Error(`wholesale-hubs-new.csv: no ${id} ${year}`);
    return r;
  };
  const hoep22 = get('IESO_HOEP', '2022');
  const ga22 = get('IESO_GA_B', '2022');
  const sum22 = (Number(hoep22.avg_price) + Number(ga22.avg_price)).toFixed(2);
  const base = {
    hub_id: 'IESO_TOTAL_B',
    hub_name: 'Ontario market price + Global Adjustment (Class B)',
    market: 'IESO',
    lat: ON_LAT,
    lon: ON_LON,
    location_note: 'Province-wide uniform price; plotted at Toronto, ON',
    unit: 'CAD_cents_per_kWh',
  };
  const total = (year: string) => {
    const r = get('IESO_TOTAL_B', year);
    const ga = get('IESO_GA_B', year);
    const market = year === '2025' ? 'market price (HOEP to 2025-04-30, then the Ontario day-ahead zonal price)' : 'market price (HOEP)';
    return {
      ...base,
      year,
      avg_price: r.avg_price,
      price_type: `Commodity cost for a Class B customer, ${year} average: ${market} plus the Class B Global Adjustment (${ga.avg_price} ¢/kWh), as IESO's 'total cost of power'. ${CLASS_A}`,
      source: r.source,
      source_url: r.source_url,
      quality: r.quality,
    };
  };
  return [
    {
      ...base,
      year: '2022',
      avg_price: sum22,
      price_type:
        `Commodity cost for a Class B customer, 2022 average: consumption-weighted HOEP (${hoep22.avg_price} ¢/kWh) plus the Class B ` +
        `Global Adjustment (${ga22.avg_price} ¢/kWh); the sum is GridScout's. ${CLASS_A}`,
      source: hoep22.source,
      source_url: hoep22.source_url,
      quality: weaker(hoep22.quality, ga22.quality),
    },
    total('2024'),
    total('2025'),
  ];
}

function weaker(a: string, b: string): string {
  const order = ['primary', 'secondary', 'low'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))];
}

function wholesaleHubs(): { rows: Row[]; columns: string[] } {
  const shared = readCsv('wholesale-hubs.csv');
  const updates = readCsv('updates-2026-12/wholesale-hubs-new.csv').rows;
  const derived = readCsv('updates-2026-12/wholesale-hubs-derived.csv').rows;
  // Dropped: Mid-C 2009 (replaced by 2023-2025 means) and the Ontario HOEP 2020 without the GA.
  const kept = shared.rows.filter((r) => r.hub_id !== 'MIDC' && r.hub_id !== 'IESO_HOEP');
  // Mexico: the SEN average (2023, 2024). The SIN row is 2024 only and the table has no 2024 MXN
  // rate yet, so it could not be shown; the SEN average stands for the system.
  const mexico = updates.filter((r) => r.hub_id === 'MX_SEN');
  const rows = [...kept, ...ontarioRows(updates), ...mexico, ...iceRows(derived)];
  return { rows, columns: shared.columns };
}

const prices = powerPrices();
writeCsv('data/power-prices.csv', prices.rows, prices.columns);
const hubs = wholesaleHubs();
writeCsv('data/wholesale-hubs.csv', hubs.rows, hubs.columns);
