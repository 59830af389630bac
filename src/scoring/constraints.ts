// Hard constraints: a site that fails one is excluded (score null) with the reason stated.
// A constraint whose input is missing cannot be checked; it does not exclude, and the explanation says so.
import type { CriterionId } from './criteria';

export interface Constraints {
  maxRetailPriceUsdPerMwh?: number;
  maxWholesalePriceUsdPerMwh?: number;
  maxCarbonGPerKwh?: number;
  maxLatencyMs?: number;
  maxLandValueUsdPerAcre?: number;
  maxPue?: number;
  /** Summer mean daily maximum, °C. */
  maxSummerMaxC?: number;
  /** Annual mean temperature, °C (e.g. to avoid permafrost and extreme-cold sites). */
  minAnnualMeanC?: number;
  /** Mining and hybrid only: exclude sites under a crypto-mining moratorium or connection pause (default: flag only). */
  excludeMiningRestricted?: boolean;
}

/** Upper bounds on criterion raw values, in the criterion's unit. */
export const CRITERION_MAX_CONSTRAINTS: { key: keyof Constraints; id: CriterionId; label: string }[] = [
  { key: 'maxRetailPriceUsdPerMwh', id: 'retail_price', label: 'retail price' },
  { key: 'maxWholesalePriceUsdPerMwh', id: 'wholesale_price', label: 'wholesale price' },
  { key: 'maxCarbonGPerKwh', id: 'carbon', label: 'carbon intensity' },
  { key: 'maxLatencyMs', id: 'latency', label: 'latency' },
  { key: 'maxLandValueUsdPerAcre', id: 'land_value', label: 'land value' },
  { key: 'maxPue', id: 'cooling', label: 'estimated PUE' },
];

export function validateConstraints(c: Constraints): void {
  for (const [k, v] of Object.entries(c)) {
    if (k === 'excludeMiningRestricted') {
      if (v !== undefined && typeof v !== 'boolean') throw new Error('excludeMiningRestricted must be true or false');
    } else if (v !== undefined && !Number.isFinite(v)) throw new Error(`constraint ${k} must be a number (got ${String(v)})`);
  }
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));

export function maxViolation(label: string, value: number, max: number, unit: string): string {
  return `${label} ${fmt(value)} ${unit} > max ${fmt(max)} ${unit}`;
}

export function minViolation(label: string, value: number, min: number, unit: string): string {
  return `${label} ${fmt(value)} ${unit} < min ${fmt(min)} ${unit}`;
}
