// The one module for unit and currency conversions of cited figures, run at build time only: facts.json
// carries the converted values with their derivation, so the app never converts. Pure: no I/O, no globals.
// Every converter returns the converted value together with a human-readable derivation, which
// ends up in `Fact.conversion`, so a reader can redo the arithmetic from the source figure.
import type { Quality } from '../../src/data/types';

/** ¢/kWh → per-MWh in the same currency: 1 MWh = 1000 kWh and 100 ¢ = 1 unit, so ×10. */
const CENTS_PER_KWH_TO_PER_MWH = 10;
/** currency/kWh → currency/MWh (×1000). */
const PER_KWH_TO_PER_MWH = 1000;
/** Exact definition of the avoirdupois pound in kilograms; lb/MWh → g/kWh is the same factor. */
const LB_PER_MWH_TO_G_PER_KWH = 0.45359237;
/** 1 t/MWh = 1 kg/kWh = 1000 g/kWh. */
const T_PER_MWH_TO_G_PER_KWH = 1000;

export type Currency = 'USD' | 'CAD' | 'MXN';

/** One annual-average exchange rate as published: currency units per U.S. dollar. */
export interface FxRate {
  currency: 'CAD' | 'MXN';
  year: number;
  unitsPerUsd: number;
  /** Short name for conversion texts, e.g. "Federal Reserve G.5A". */
  label: string;
  source: string;
  sourceUrl: string;
  quality: Quality;
}

/** Lookup of annual-average rates by currency and year. Build it with `fxTable`. */
export type FxTable = ReadonlyMap<string, FxRate>;

const fxKey = (currency: string, year: number) => `${currency}:${year}`;

export function fxTable(rates: readonly FxRate[]): FxTable {
  const map = new Map<string, FxRate>();
  for (const r of rates) {
    if (!(r.unitsPerUsd > 0)) throw new Error(`FX rate ${r.currency} ${r.year} must be positive`);
    if (map.has(fxKey(r.currency, r.year))) throw new Error(`duplicate FX rate ${r.currency} ${r.year}`);
    map.set(fxKey(r.currency, r.year), r);
  }
  return map;
}

/** A converted value, or the reason it could not be converted (shown to users as "no data"). */
export type Converted =
  | { ok: true; value: number; conversion: string; fx: FxRate | null }
  | { ok: false; reason: string };

/** Rounds to a fixed number of decimals so the output files are stable and readable. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Formats a number without trailing float noise, e.g. 53.300000001 → "53.3". */
function fmt(value: number, decimals = 4): string {
  return String(round(value, decimals));
}

export function centsPerKwhToPerMwh(centsPerKwh: number): number {
  return centsPerKwh * CENTS_PER_KWH_TO_PER_MWH;
}

export function perKwhToPerMwh(perKwh: number): number {
  return perKwh * PER_KWH_TO_PER_MWH;
}

export function lbPerMwhToGPerKwh(lbPerMwh: number): number {
  return lbPerMwh * LB_PER_MWH_TO_G_PER_KWH;
}

export function tPerMwhToGPerKwh(tPerMwh: number): number {
  return tPerMwh * T_PER_MWH_TO_G_PER_KWH;
}

/**
 * Converts an amount in CAD or MXN to USD with the annual-average rate of `rateYear`.
 * The rate is published as currency units per USD, so USD = amount ÷ rate. Without a rate for
 * that year the result is "no data": we never borrow a neighbouring year's rate silently.
 */
export function toUsd(amount: number, currency: Currency, rateYear: number | null, fx: FxTable): Converted {
  if (currency === 'USD') return { ok: true, value: amount, conversion: '', fx: null };
  if (rateYear === null) return { ok: false, reason: `no data: no year to pick a ${currency}→USD rate` };
  const rate = fx.get(fxKey(currency, rateYear));
  if (!rate) return { ok: false, reason: `no data: no ${currency}→USD annual-average rate for ${rateYear} in data/fx-rates.csv` };
  const value = amount / rate.unitsPerUsd;
  return {
    ok: true,
    value,
    conversion: `÷ ${rate.unitsPerUsd} ${currency} per USD (${rateYear} annual average, ${rate.label})`,
    fx: rate,
  };
}

/** Source units of power prices in data/power-prices.csv and data/wholesale-hubs.csv. */
export type PriceUnit = 'USD_cents_per_kWh' | 'CAD_cents_per_kWh' | 'MXN_per_kWh' | 'USD_per_kWh' | 'USD_per_MWh' | 'CAD_per_MWh' | 'MXN_per_MWh';

const PRICE_UNITS: Record<PriceUnit, { currency: Currency; toPerMwh: number; label: string }> = {
  USD_cents_per_kWh: { currency: 'USD', toPerMwh: CENTS_PER_KWH_TO_PER_MWH, label: 'USD ¢/kWh' },
  CAD_cents_per_kWh: { currency: 'CAD', toPerMwh: CENTS_PER_KWH_TO_PER_MWH, label: 'CAD ¢/kWh' },
  MXN_per_kWh: { currency: 'MXN', toPerMwh: PER_KWH_TO_PER_MWH, label: 'MXN/kWh' },
  USD_per_kWh: { currency: 'USD', toPerMwh: PER_KWH_TO_PER_MWH, label: 'USD/kWh' },
  USD_per_MWh: { currency: 'USD', toPerMwh: 1, label: 'USD/MWh' },
  CAD_per_MWh: { currency: 'CAD', toPerMwh: 1, label: 'CAD/MWh' },
  MXN_per_MWh: { currency: 'MXN', toPerMwh: 1, label: 'MXN/MWh' },
};

/**
 * Power price → USD/MWh (rounded to 0.01). `rateYear` is the year whose exchange rate applies
 * (normally the figure's own year). Returns the derivation, e.g.
 * "5.33 CAD ¢/kWh × 10 = 53.3 CAD/MWh; ÷ 1.3014 CAD per USD (2022 annual average, …) = 40.95 USD/MWh".
 */
export function priceToUsdPerMwh(value: number, unit: PriceUnit, rateYear: number | null, fx: FxTable): Converted {
  const spec = PRICE_UNITS[unit];
  const perMwh = value * spec.toPerMwh;
  const usd = toUsd(perMwh, spec.currency, rateYear, fx);
  if (!usd.ok) return usd;
  const result = round(usd.value, 2);
  // First step (if any): to per-MWh in the source currency; second step (if any): to USD.
  let conversion = spec.toPerMwh !== 1 ? `${value} ${spec.label} × ${spec.toPerMwh} = ${fmt(perMwh)} ${spec.currency}/MWh` : '';
  if (usd.fx) conversion = `${conversion ? `${conversion}; ` : `${value} ${spec.label} `}${usd.conversion} = ${result} USD/MWh`;
  return { ok: true, value: result, conversion, fx: usd.fx };
}

/** Source units of grid carbon intensity in data/grid-carbon.csv. */
export type CarbonUnit = 'lb_per_MWh' | 'g_per_kWh' | 't_per_MWh';

/** Carbon intensity → g/kWh (rounded to 0.1). eGRID prints lb/MWh; SEMARNAT prints t/MWh. */
export function carbonToGPerKwh(value: number, unit: CarbonUnit): Converted {
  switch (unit) {
    case 'g_per_kWh':
      return { ok: true, value, conversion: '', fx: null };
    case 'lb_per_MWh': {
      const g = round(lbPerMwhToGPerKwh(value), 1);
      return { ok: true, value: g, conversion: `${value} lb/MWh × ${LB_PER_MWH_TO_G_PER_KWH} = ${g} g/kWh`, fx: null };
    }
    case 't_per_MWh': {
      const g = round(tPerMwhToGPerKwh(value), 1);
      return { ok: true, value: g, conversion: `${value} t/MWh × ${T_PER_MWH_TO_G_PER_KWH} = ${g} g/kWh`, fx: null };
    }
  }
}

/** Land value per acre → USD/acre (rounded to whole dollars). */
export function perAcreToUsd(value: number, currency: Currency, rateYear: number | null, fx: FxTable): Converted {
  const usd = toUsd(value, currency, rateYear, fx);
  if (!usd.ok) return usd;
  const result = round(usd.value, 0);
  if (!usd.fx) return { ok: true, value: result, conversion: '', fx: null };
  return { ok: true, value: result, conversion: `${value} ${currency}/acre ${usd.conversion} = ${result} USD/acre`, fx: usd.fx };
}

