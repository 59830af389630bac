// Selection rules: which one row of a fact table becomes a region's figure for each criterion.
// The rules are documented here and in the Data panel; a region with no eligible row gets no Fact
// (the app shows "no data"). Values are converted only through scripts/build/units.ts.
import type { EconomicsFact, Fact, IncentiveRule, IncentiveStatus, Quality, WholesaleHub } from '../../src/data/types';
import {
  carbonToGPerKwh,
  perAcreToUsd,
  priceToUsdPerMwh,
  type CarbonUnit,
  type Converted,
  type FxTable,
  type PriceUnit,
} from './units';
import { qualityRank, weakestQuality } from '../../src/data/quality';
import { electricityMapsZoneFor, type ElectricityMapsYear } from './electricityMaps';
import type { Row } from './factsTables';

/**
 * Rate year for CAD figures whose source gives no year: the Circuit Energy blog table is undated
 * but its text cites a Statista figure "as of June 2023". The Fact keeps year = null and its note
 * says which rate was used.
 */
const UNDATED_CAD_RATE_YEAR = 2023;

const yearOf = (r: Row): number | null => (r.year === '' ? null : Number(r.year));
const byNewest = (a: Row, b: Row) => (yearOf(b) ?? -Infinity) - (yearOf(a) ?? -Infinity);
const joinNotes = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim()).join('; ') || undefined;

function fact(r: Row, converted: Converted & { ok: true }, unit: string, note?: string): Fact {
  const f: Fact = {
    value: converted.value,
    unit,
    year: yearOf(r),
    source: r.source,
    sourceUrl: r.source_url,
    quality: weakestQuality(r.quality as Quality, ...(converted.fx ? [converted.fx.quality] : [])),
  };
  if (converted.conversion) f.conversion = converted.conversion;
  if (note) f.note = note;
  return f;
}

function convertPriceRow(r: Row, fx: FxTable): Converted {
  const rateYear = yearOf(r) ?? (r.unit.startsWith('CAD') ? UNDATED_CAD_RATE_YEAR : null);
  return priceToUsdPerMwh(Number(r.price), r.unit as PriceUnit, rateYear, fx);
}

/** Only prices that cover the whole bill may feed the retail criterion (see PRICE_BASES). */
const isAllIn = (r: Row) => r.price_basis === 'all_in';

/** The first row (in the given order) whose price converts, with its conversion. */
function firstConvertible(rows: readonly Row[], fx: FxTable): { r: Row; c: Converted & { ok: true } } | undefined {
  for (const r of rows) {
    const c = convertPriceRow(r, fx);
    if (c.ok) return { r, c };
  }
  return undefined;
}

/**
 * Retail price (USD/MWh) of one sector for one region. Only `all_in` rows are eligible: an energy
 * charge alone is not a price a site pays, so where only such figures exist the region has no Fact.
 * - US: the EIA state average (USD ¢/kWh) of the newest year — 2023, Wyoming 2019. Hydro-Québec's
 *   bills for Miami, New York and Boston are city profiles and are not used for their states.
 * - Canada: among rows that can be converted (a CAD rate exists for their year), the best quality
 *   first (Hydro-Québec 2022 city bills are primary, the Circuit Energy blog is low), then the newest
 *   year; ties keep the table's order. Undated rows use the 2023 rate (see UNDATED_CAD_RATE_YEAR).
 * - Mexico: a state-specific all-in row if it is not older than the national one; otherwise the
 *   newest convertible national all-in row, for every state. The CFE base-hour energy charges are
 *   energy_only and never used.
 */
export function pickRetail(rows: readonly Row[], code: string, sector: 'industrial' | 'commercial', fx: FxTable): Fact | undefined {
  const country = code.slice(0, 2);
  const own = rows.filter((r) => r.region_code === code && r.sector === sector && isAllIn(r));
  if (country === 'US') {
    const r = own.filter((x) => x.unit === 'USD_cents_per_kWh').sort(byNewest)[0];
    const c = r && convertPriceRow(r, fx);
    return c?.ok ? fact(r, c, 'USD/MWh', r.notes || undefined) : undefined;
  }
  if (country === 'CA') {
    const candidates = own
      .map((r) => ({ r, c: convertPriceRow(r, fx) }))
      .filter((x): x is { r: Row; c: Converted & { ok: true } } => x.c.ok)
      .sort((a, b) => qualityRank(a.r.quality as Quality) - qualityRank(b.r.quality as Quality) || byNewest(a.r, b.r));
    const best = candidates[0];
    if (!best) return undefined;
    const undated = yearOf(best.r) === null
      ? `Undated source: year unknown; converted at the ${UNDATED_CAD_RATE_YEAR} CAD rate because its text cites June 2023`
      : undefined;
    return fact(best.r, best.c, 'USD/MWh', joinNotes(`${best.r.region_name}`, best.r.notes, undated));
  }
  // Mexico
  const national = firstConvertible(rows.filter((r) => r.region_code === 'MX' && r.sector === sector && isAllIn(r)).sort(byNewest), fx);
  const local = firstConvertible([...own].sort(byNewest), fx);
  if (local && (!national || (yearOf(local.r) ?? 0) >= (yearOf(national.r) ?? 0))) {
    return fact(local.r, local.c, 'USD/MWh', joinNotes(`State-specific figure (${local.r.region_name})`, local.r.notes,
      'other Mexican states show the national figure'));
  }
  if (!national) return undefined;
  const undated = yearOf(national.r) === null ? 'Year unknown' : undefined;
  return fact(national.r, national.c, 'USD/MWh',
    joinNotes('National figure applied to every Mexican state (no state figure found)', national.r.notes, undated));
}

// One greenhouse-gas basis everywhere: CO2e (eGRID's is CO2 + CH4 + N2O), since the ECCC and SEMARNAT figures
// found are CO2e and eGRID publishes both. A CO2-only US rate beside CO2e elsewhere understated US grids
// (Vermont's CO2e rate is 22 % above its CO2 rate).
const US_CARBON_METRIC = 'eGRID total output emission rate CO2e';
const CA_CARBON_METRIC = 'consumption intensity (CO2e)';
const MX_CARBON_METRIC = 'national grid emission factor (CO2e)';

/**
 * Grid carbon intensity (gCO2e/kWh).
 * - US states, DC, PR: eGRID2023 total output CO2e rate (lb/MWh → g/kWh), newest year.
 * - Canada: ECCC consumption intensity, newest data year (2024, ECCC's factor table v4.0), the same
 *   source and year for every province and territory, PEI included.
 * - Mexico: the newest national SEN factor (t/MWh → g/kWh) for every state.
 */
export function pickCarbon(rows: readonly Row[], code: string): Fact | undefined {
  const country = code.slice(0, 2);
  let r: Row | undefined;
  let note: string | undefined;
  if (country === 'US') {
    r = rows.filter((x) => x.region_code === code && x.level === 'state' && x.metric === US_CARBON_METRIC).sort(byNewest)[0];
    note = r && joinNotes('CO2e, generation-based (emissions of generation in the state ÷ its net generation; imports not counted)', r.notes);
  } else if (country === 'CA') {
    r = rows
      .filter((x) => x.region_code === code && x.metric === CA_CARBON_METRIC)
      .sort(byNewest)[0];
    note = r && joinNotes('CO2e, consumption-based (includes grid losses and SF6 from transmission), as published', r.notes);
  } else {
    r = rows.filter((x) => x.region_code === 'MX' && x.metric === MX_CARBON_METRIC).sort(byNewest)[0];
    note = r && joinNotes('National factor (SEN) applied to every Mexican state; Mexico publishes no state factor; CO2e', r.notes);
  }
  if (!r) return undefined;
  const c = carbonToGPerKwh(Number(r.co2_rate), r.unit as CarbonUnit);
  return c.ok ? fact(r, c, 'gCO2e/kWh', note) : undefined;
}

/** Electricity Maps second opinion, only where electricityMapsZoneFor maps the region cleanly. */
export function pickCarbonAlt(em: ElectricityMapsYear, code: string): Fact | undefined {
  const m = electricityMapsZoneFor(code);
  const zone = m && em.zones[m.zone];
  if (!m || !zone) return undefined;
  return {
    value: zone.carbonIntensity,
    unit: 'gCO2e/kWh',
    year: em.year,
    source: `Electricity Maps yearly average ${em.year}, zone ${m.zone} (${zone.zoneName}), republished in npm @tgwf/co2 ${em.packageVersion} (ODbL)`,
    sourceUrl: em.methodologyUrl,
    quality: 'secondary',
    note: joinNotes(
      'Second opinion with its own method (gCO2eq/kWh as published by Electricity Maps), not the primary figure',
      m.national ? 'country-level zone for Mexico, not state-specific' : undefined,
    ),
  };
}

/**
 * Land value (USD/acre).
 * - US states: NASS farm real estate value (land and buildings), newest year; `low` rows stay low.
 * - Canadian provinces: StatCan farmland value, newest year for which a CAD rate exists
 *   (a newer figure without a rate is named in the note).
 * - Mexico, Alaska, Hawaii and the territories: no rows, no Fact.
 */
export function pickLand(rows: readonly Row[], code: string, fx: FxTable): Fact | undefined {
  const measure = code.startsWith('CA-') ? 'farmland_value_per_acre' : 'farm_real_estate_value';
  const own = rows.filter((r) => r.region_code === code && r.measure === measure).sort(byNewest);
  const skipped: string[] = [];
  for (const r of own) {
    const c = perAcreToUsd(Number(r.value), r.unit === 'CAD_per_acre' ? 'CAD' : 'USD', yearOf(r), fx);
    if (c.ok) {
      const skippedNote = skipped.length ? `newer figure not shown (${skipped.join(', ')}): no CAD→USD rate for its year` : undefined;
      return fact(r, c, 'USD/acre', joinNotes(r.notes, skippedNote));
    }
    skipped.push(`${r.year}: ${r.value} CAD/acre`);
  }
  return undefined;
}

const MINING_WORDS = /crypto|blockchain|bitcoin|virtual[- ]currency|digital[- ]asset|mining/i;

/** True for crypto-mining moratoria and connection pauses: a restricting status and mining in the text. */
export function restrictsMining(r: Row): boolean {
  return (r.status === 'moratorium' || r.status === 'pause') && MINING_WORDS.test(`${r.incentive} ${r.applies_to} ${r.notes}`);
}

export function incentiveRules(rows: readonly Row[], code: string): IncentiveRule[] {
  return rows
    .filter((r) => r.region_code === code)
    .map((r) => {
      const rule: IncentiveRule = {
        incentive: r.incentive,
        appliesTo: r.applies_to,
        status: r.status as IncentiveStatus,
        enactedOrUpdated: r.enacted_or_updated,
        minInvestmentUsd: r.min_investment_usd === '' ? null : Number(r.min_investment_usd),
        source: r.source,
        sourceUrl: r.source_url,
        quality: r.quality as Quality,
        restrictsMining: restrictsMining(r),
      };
      const note = joinNotes(r.min_jobs ? `minimum jobs: ${r.min_jobs}` : undefined, r.notes);
      if (note) rule.note = note;
      return rule;
    });
}

/**
 * One hub per hub_id: its newest year whose price converts to USD/MWh (a newer figure without an
 * exchange rate for its year is named in the note, never converted at another year's rate), region
 * found by position.
 */
export function wholesaleHubs(
  rows: readonly Row[],
  fx: FxTable,
  regionAt: (lon: number, lat: number) => { code: string } | null,
  warn: (msg: string) => void,
): WholesaleHub[] {
  const ids = [...new Set(rows.map((r) => r.hub_id))].sort();
  const hubs: WholesaleHub[] = [];
  for (const id of ids) {
    const skipped: string[] = [];
    let picked: { r: Row; c: Converted & { ok: true } } | undefined;
    for (const r of rows.filter((x) => x.hub_id === id).sort(byNewest)) {
      const c = priceToUsdPerMwh(Number(r.avg_price), r.unit as PriceUnit, yearOf(r), fx);
      if (c.ok) {
        picked = { r, c };
        break;
      }
      skipped.push(`${r.year}: ${r.avg_price} ${r.unit.replace(/_/g, ' ')}`);
    }
    if (!picked) {
      warn(`wholesale hub ${id}: no year converts to USD (${skipped.join('; ')})`);
      continue;
    }
    const { r, c } = picked;
    const lon = Number(r.lon);
    const lat = Number(r.lat);
    const newer = skipped.length ? `newer figure not shown (${skipped.join('; ')}): no exchange rate for its year yet` : undefined;
    const price = fact(r, c, 'USD/MWh', joinNotes(r.price_type.replace(/\.$/, ''), newer));
    hubs.push({
      id,
      name: r.hub_name,
      lon,
      lat,
      regionCode: regionAt(lon, lat)?.code ?? null,
      source: r.source,
      sourceUrl: r.source_url,
      quality: price.quality,
      year: yearOf(r),
      market: r.market,
      price,
      priceType: r.price_type,
      locationNote: `${r.location_note} (display position chosen by city, not source data)`,
    });
  }
  return hubs;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Every row of economics.csv whose value is a plain number (ranges like "8-10" are left out). */
export function economicsFacts(rows: readonly Row[]): EconomicsFact[] {
  return rows
    .filter((r) => NUMBER.test(r.value))
    .map((r) => {
      const e: EconomicsFact = {
        parameter: r.parameter,
        value: Number(r.value),
        unit: r.unit,
        asOf: r.as_of,
        source: r.source,
        sourceUrl: r.source_url,
        quality: r.quality as Quality,
      };
      const note = joinNotes(r.scope ? `scope: ${r.scope}` : undefined, r.notes);
      if (note) e.note = note;
      return e;
    });
}
