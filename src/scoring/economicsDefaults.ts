// Default economics inputs, each read from a cited row of data/economics.csv (facts.json → economics).
// Rule: among the rows of a parameter, the best quality wins, then the most recent as_of date.
import { readableUnit } from '../data/readableUnit';
import type { EconomicsFact } from '../data/types';
import { qualityRank, type Quality } from '../data/quality';

export interface EconomicsInputs {
  /** IT load of the facility, MW (servers and ASICs, before cooling overhead). */
  itMw: number;
  /** Mining revenue per unit of hashrate, USD per PH/s per day. */
  hashpriceUsdPerPhDay: number;
  /** Fleet efficiency of the ASICs, J/TH (= W per TH/s). */
  fleetEfficiencyJPerTh: number;
  /** AI/colocation revenue per kW of IT load per month, USD. */
  colocationUsdPerKwMonth: number;
  /** Best-case (cold-climate) PUE of an AI data center; climate adds to it. */
  aiBasePue: number;
  /** Best-case PUE of a mining facility; climate adds to it. */
  miningBasePue: number;
  /** Carbon price added to the power cost, USD per tonne CO2e (the carbon intensity's basis). */
  carbonPriceUsdPerTCo2: number;
  /** Hybrid only: share of the IT load leased to AI; the rest mines. %. */
  hybridAiSharePct: number;
}

export interface CitedDefault {
  value: number;
  unit: string;
  /** Parameter name in economics.csv, or 'gridscout_setting' for user settings with no source figure. */
  parameter: string;
  asOf: string;
  source: string;
  sourceUrl: string;
  quality: Quality;
  note?: string;
}

export interface EconomicsDefaults {
  inputs: EconomicsInputs;
  cited: Record<keyof EconomicsInputs, CitedDefault>;
}

/** Which economics.csv parameter supplies each default, and the earliest as_of accepted. */
export const DEFAULT_PARAMETERS: Record<Exclude<keyof EconomicsInputs, 'itMw' | 'carbonPriceUsdPerTCo2' | 'hybridAiSharePct'>, { parameter: string; notBefore?: string }> = {
  // Post-halving only: the 2024-04-20 halving cut the block subsidy from 6.25 to 3.125 BTC.
  hashpriceUsdPerPhDay: { parameter: 'hashprice_usd', notBefore: '2024-04-20' },
  // A large installed fleet of current-generation ASICs, not a nameplate best case.
  fleetEfficiencyJPerTh: { parameter: 'iren_fleet_efficiency' },
  colocationUsdPerKwMonth: { parameter: 'dc_colocation_asking_rate_primary_markets' },
  aiBasePue: { parameter: 'dc_pue_google_fleet' },
  miningBasePue: { parameter: 'btc_mining_facility_pue_typical' },
};

/** Settings that are choices, not facts: stated as such, never presented as sourced figures. */
const SETTINGS: Record<'itMw' | 'carbonPriceUsdPerTCo2' | 'hybridAiSharePct', CitedDefault> = {
  itMw: setting(50, 'MW', 'a starting facility size; set your own'),
  carbonPriceUsdPerTCo2: setting(0, 'USD/tCO2e', 'no carbon price by default; set one to see how it reorders a shortlist'),
  hybridAiSharePct: setting(50, '%', 'half the IT load leased to AI, half mining; set your own split'),
};

function setting(value: number, unit: string, note: string): CitedDefault {
  return { value, unit, parameter: 'gridscout_setting', asOf: '', source: 'GridScout setting (user choice, not a sourced figure)', sourceUrl: '', quality: 'low', note };
}

/** Sortable 'YYYY-MM-DD' key for as_of values like 2024-04-21, 2024-11, 2024-H2, 2023-Q3, 2024, '(n.d., ~2025)'. */
export function asOfSortKey(asOf: string): string {
  const m = /(\d{4})(?:-(\d{2}|H[12]|Q[1-4]))?(?:-(\d{2}))?/.exec(asOf);
  if (!m) return '0000-00-00';
  const [, y, part, d] = m;
  let month = '12';
  if (part?.startsWith('H')) month = part === 'H1' ? '06' : '12';
  else if (part?.startsWith('Q')) month = String(Number(part[1]) * 3).padStart(2, '0');
  else if (part) month = part;
  return `${y}-${month}-${d ?? (part && !part.startsWith('H') && !part.startsWith('Q') ? '15' : '28')}`;
}

export function pickEconomicsFact(facts: readonly EconomicsFact[], parameter: string, notBefore?: string): EconomicsFact | null {
  const rows = facts.filter((f) => f.parameter === parameter && Number.isFinite(f.value) && (!notBefore || asOfSortKey(f.asOf) >= notBefore));
  rows.sort((a, b) => qualityRank(a.quality) - qualityRank(b.quality) || asOfSortKey(b.asOf).localeCompare(asOfSortKey(a.asOf)));
  return rows[0] ?? null;
}

/** Defaults with their provenance. Throws, naming the parameters, when economics.csv lacks one. */
export function economicsDefaults(facts: readonly EconomicsFact[]): EconomicsDefaults {
  const cited = { ...SETTINGS } as Record<keyof EconomicsInputs, CitedDefault>;
  const missing: string[] = [];
  for (const [key, { parameter, notBefore }] of Object.entries(DEFAULT_PARAMETERS) as [keyof typeof DEFAULT_PARAMETERS, { parameter: string; notBefore?: string }][]) {
    const f = pickEconomicsFact(facts, parameter, notBefore);
    if (!f) {
      missing.push(parameter);
      continue;
    }
    cited[key] = { value: f.value, unit: readableUnit(f.unit), parameter, asOf: f.asOf, source: f.source, sourceUrl: f.sourceUrl, quality: f.quality, ...(f.note ? { note: f.note } : {}) };
  }
  if (missing.length) throw new Error(`economics.csv has no usable row for: ${missing.join(', ')}`);
  const inputs = Object.fromEntries(Object.entries(cited).map(([k, c]) => [k, c.value])) as unknown as EconomicsInputs;
  return { inputs, cited };
}
