// Annual economics of a facility at a site: energy, power cost (plus an optional carbon price), CO2,
// and revenue from mining (hashprice × hashrate), AI (colocation rate × kW) or both (hybrid split).
import type { PointFacts } from '../data/types';
import type { EconomicsInputs } from './economicsDefaults';
import type { ProfileId } from './profiles';
import { estimatePue } from './pue';

const HOURS_PER_YEAR = 8760;
const DAYS_PER_YEAR = 365;

export interface SiteEconomics {
  itMw: number;
  aiItMw: number;
  miningItMw: number;
  /** Blended facility PUE (total facility power / IT power). */
  pue: number;
  pueFromClimate: boolean;
  energyMwhPerYear: number;
  powerPriceUsdPerMwh: number | null;
  powerPriceBasis: 'retail' | 'wholesale' | null;
  energyCostUsdPerYear: number | null;
  co2TPerYear: number | null;
  carbonCostUsdPerYear: number | null;
  /** Energy cost + carbon cost. */
  powerCostUsdPerYear: number | null;
  hashratePhPerS: number;
  miningRevenueUsdPerYear: number;
  aiRevenueUsdPerYear: number;
  revenueUsdPerYear: number;
  /** Revenue − power cost (no capex, staff, hardware depreciation or taxes). */
  marginUsdPerYear: number | null;
  /** Power price at which mining revenue equals mining energy cost (incl. carbon), USD/MWh. */
  miningBreakevenUsdPerMwh: number | null;
  notes: string[];
}

/** The site inputs economics needs (a subset of PointFacts, so the surface and tests can pass plain numbers). */
export interface SiteEnergyInputs {
  retailPriceUsdPerMwh: number | null;
  wholesalePriceUsdPerMwh: number | null;
  carbonGPerKwh: number | null;
  cddCDays: number | null;
  summerMaxC: number | null;
}

export function siteEnergyInputs(p: PointFacts): SiteEnergyInputs {
  return {
    retailPriceUsdPerMwh: p.retailPrice?.value ?? null,
    wholesalePriceUsdPerMwh: p.wholesale?.price.value ?? null,
    carbonGPerKwh: p.carbon?.value ?? null,
    cddCDays: p.climate.cdd?.value ?? null,
    summerMaxC: p.climate.summerMaxC?.value ?? null,
  };
}

/** IT MW leased to AI under each profile; hybrid = AI share, the rest mines (documented rule). */
function aiItMw(profile: ProfileId, e: EconomicsInputs): number {
  if (profile === 'ai') return e.itMw;
  if (profile === 'mining') return 0;
  return (e.itMw * Math.min(100, Math.max(0, e.hybridAiSharePct))) / 100;
}

export function computeEconomics(profile: ProfileId, site: SiteEnergyInputs, e: EconomicsInputs): SiteEconomics {
  const notes: string[] = [];
  const aiMw = aiItMw(profile, e);
  const miningMw = e.itMw - aiMw;
  const climatePueAi = estimatePue(e.aiBasePue, site.cddCDays, site.summerMaxC);
  const climatePueMining = estimatePue(e.miningBasePue, site.cddCDays, site.summerMaxC);
  const pueFromClimate = climatePueAi !== null;
  if (!pueFromClimate) notes.push('no climate data: best-case PUE used, cooling energy understated');
  const pueAi = climatePueAi ?? e.aiBasePue;
  const pueMining = climatePueMining ?? e.miningBasePue;
  const facilityMw = aiMw * pueAi + miningMw * pueMining;
  const energyMwhPerYear = facilityMw * HOURS_PER_YEAR;
  const miningEnergyMwh = miningMw * pueMining * HOURS_PER_YEAR;

  // Retail industrial tariff first: it is what a new load can sign everywhere; the hub price is a
  // best case that needs market access and hedging.
  const price = site.retailPriceUsdPerMwh ?? site.wholesalePriceUsdPerMwh;
  const powerPriceBasis = site.retailPriceUsdPerMwh !== null ? 'retail' : site.wholesalePriceUsdPerMwh !== null ? 'wholesale' : null;
  if (powerPriceBasis === 'wholesale') notes.push('no retail price: wholesale hub price used');
  if (powerPriceBasis === null) notes.push('no power price: costs and margin unknown');

  const co2TPerYear = site.carbonGPerKwh === null ? null : (energyMwhPerYear * site.carbonGPerKwh) / 1000;
  if (co2TPerYear === null) notes.push('no carbon intensity: CO2e and carbon cost unknown');
  const carbonCostUsdPerYear = co2TPerYear === null ? (e.carbonPriceUsdPerTCo2 === 0 ? 0 : null) : co2TPerYear * e.carbonPriceUsdPerTCo2;
  const energyCostUsdPerYear = price === null ? null : energyMwhPerYear * price;
  const powerCostUsdPerYear = energyCostUsdPerYear === null || carbonCostUsdPerYear === null ? null : energyCostUsdPerYear + carbonCostUsdPerYear;

  // W / (J/TH) = TH/s; ÷1000 = PH/s.
  const hashratePhPerS = (miningMw * 1e6) / e.fleetEfficiencyJPerTh / 1000;
  const miningRevenueUsdPerYear = hashratePhPerS * e.hashpriceUsdPerPhDay * DAYS_PER_YEAR;
  const aiRevenueUsdPerYear = aiMw * 1000 * e.colocationUsdPerKwMonth * 12;
  const revenueUsdPerYear = miningRevenueUsdPerYear + aiRevenueUsdPerYear;

  // Carbon cost per MWh of mining energy, when known, lowers the breakeven price.
  const carbonUsdPerMwh = site.carbonGPerKwh === null ? 0 : (site.carbonGPerKwh / 1000) * e.carbonPriceUsdPerTCo2;
  const miningBreakevenUsdPerMwh = miningMw > 0 ? miningRevenueUsdPerYear / miningEnergyMwh - carbonUsdPerMwh : null;

  return {
    itMw: e.itMw,
    aiItMw: aiMw,
    miningItMw: miningMw,
    pue: e.itMw > 0 ? facilityMw / e.itMw : pueAi,
    pueFromClimate,
    energyMwhPerYear,
    powerPriceUsdPerMwh: price,
    powerPriceBasis,
    energyCostUsdPerYear,
    co2TPerYear,
    carbonCostUsdPerYear,
    powerCostUsdPerYear,
    hashratePhPerS,
    miningRevenueUsdPerYear,
    aiRevenueUsdPerYear,
    revenueUsdPerYear,
    marginUsdPerYear: powerCostUsdPerYear === null ? null : revenueUsdPerYear - powerCostUsdPerYear,
    miningBreakevenUsdPerMwh,
    notes,
  };
}

/** Flat output names (econ_<name>_<unit>) for each numeric field, in output order. */
export const ECONOMICS_COLUMNS: [column: string, field: keyof SiteEconomics][] = [
  ['econ_it_mw', 'itMw'],
  ['econ_ai_it_mw', 'aiItMw'],
  ['econ_mining_it_mw', 'miningItMw'],
  ['econ_pue', 'pue'],
  ['econ_energy_mwh_per_year', 'energyMwhPerYear'],
  ['econ_power_price_usd_per_mwh', 'powerPriceUsdPerMwh'],
  ['econ_energy_cost_usd_per_year', 'energyCostUsdPerYear'],
  ['econ_carbon_cost_usd_per_year', 'carbonCostUsdPerYear'],
  ['econ_power_cost_usd_per_year', 'powerCostUsdPerYear'],
  ['econ_co2_t_per_year', 'co2TPerYear'],
  ['econ_hashrate_ph_per_s', 'hashratePhPerS'],
  ['econ_mining_revenue_usd_per_year', 'miningRevenueUsdPerYear'],
  ['econ_ai_revenue_usd_per_year', 'aiRevenueUsdPerYear'],
  ['econ_revenue_usd_per_year', 'revenueUsdPerYear'],
  ['econ_margin_usd_per_year', 'marginUsdPerYear'],
  ['econ_mining_breakeven_usd_per_mwh', 'miningBreakevenUsdPerMwh'],
];
