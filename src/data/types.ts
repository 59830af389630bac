// Types of the cited data that scripts/build-data writes to public/data and the app, the CLI and
// the scoring model read. Every value travels with its unit, year, source and quality.

import type { Quality } from './quality';

export type { Quality };

/** One cited figure. `value` is already converted to the unit named in `unit`. */
export interface Fact {
  value: number;
  /** Canonical unit after conversion, e.g. 'USD/MWh', 'gCO2e/kWh', 'USD/acre', '°C', 'degree days (18.3 °C)'. */
  unit: string;
  /** Data year (the year the figure describes); null when the source gives none. */
  year: number | null;
  /** For multi-year figures such as climate normals: the period, e.g. "2006–2020". Shown instead of the year. */
  period?: string;
  source: string;
  sourceUrl: string;
  quality: Quality;
  /** How the value was derived from the source figure, when it was converted (e.g. "5.33 CAD ¢/kWh × 10 × 0.7410 USD/CAD (2022)"). */
  conversion?: string;
  /** Caveat shown beside the value (e.g. "city bill for Montréal, not a provincial average"). */
  note?: string;
}

export type IncentiveStatus = 'active' | 'expired' | 'proposed' | 'moratorium' | 'pause';

/** How a rule's status reads in the card, tooltips, flags and exports. */
export const INCENTIVE_STATUS_LABEL: Record<IncentiveStatus, string> = { active: 'in force', expired: 'expired', proposed: 'proposed', moratorium: 'moratorium', pause: 'paused' };

export interface IncentiveRule {
  incentive: string;
  appliesTo: string;
  status: IncentiveStatus;
  enactedOrUpdated: string;
  minInvestmentUsd: number | null;
  source: string;
  sourceUrl: string;
  quality: Quality;
  note?: string;
  /** True for crypto-mining moratoria, connection pauses and similar rules that restrict mining. */
  restrictsMining: boolean;
}

/** Everything GridScout knows about one region (ISO 3166-2 code). Absent key = no data. */
export interface RegionFacts {
  code: string;
  name: string;
  country: 'US' | 'CA' | 'MX';
  /** Industrial retail power price, USD/MWh. */
  retailIndustrial?: Fact;
  /** Commercial retail power price, USD/MWh (tooltip only). */
  retailCommercial?: Fact;
  /** Grid carbon intensity, gCO2e/kWh (CO2e everywhere: eGRID CO2e for US states, ECCC for Canada, SEMARNAT for Mexico). */
  carbon?: Fact;
  /** Second opinion (Electricity Maps yearly average via @tgwf/co2), gCO2e/kWh, where it applies. */
  carbonAlt?: Fact;
  /** Farm real estate / farmland value, USD/acre. */
  landValue?: Fact;
  incentives: IncentiveRule[];
}

export interface PointFeatureBase {
  id: string;
  name: string;
  lon: number;
  lat: number;
  regionCode: string | null;
  source: string;
  sourceUrl: string;
  quality: Quality;
  year: number | null;
  note?: string;
}

export interface WholesaleHub extends PointFeatureBase {
  market: string;
  /** Annual average price, USD/MWh (converted when the source is in CAD). */
  price: Fact;
  priceType: string;
  locationNote: string;
}

export interface DcMarket extends PointFeatureBase {
  inventoryMw: number | null;
  underConstructionMw: number | null;
  vacancyPct: number | null;
}

export interface Ixp extends PointFeatureBase {
  city: string;
}

export type KnownSiteKind = 'mining' | 'ai' | 'hybrid';

export interface KnownSite extends PointFeatureBase {
  operator: string;
  kind: KnownSiteKind | string;
  status: string;
  capacityMw: number | null;
  capacityBasis: string;
  locationPrecision: string;
}

export interface ClimateStation {
  id: string;
  name: string;
  lon: number;
  lat: number;
  elevationM: number | null;
  period: string;
  annualMeanC: number | null;
  summerMaxC: number | null;
  cdd: number | null;
  /** Base of the degree days as published: 18.3 °C (NOAA, 65 °F) or 18 °C (ECCC). */
  cddBaseC: number | null;
  source: string;
  sourceUrl: string;
  quality: Quality;
}

/** One row of data/economics.csv that the model uses as a default (hashprice, J/TH, PUE, colocation…). */
export interface EconomicsFact {
  parameter: string;
  value: number;
  unit: string;
  asOf: string;
  source: string;
  sourceUrl: string;
  quality: Quality;
  note?: string;
}

/** An entry of the Data panel: one dataset and its provenance. */
export interface DatasetInfo {
  id: string;
  title: string;
  description: string;
  unit: string;
  years: string;
  sources: { name: string; url: string }[];
  rowCount: number;
  gaps: string;
  file: string;
  /** The data's licence where it asks for attribution (CC BY, ODbL), with the words to credit. */
  licence?: { name: string; url: string; attribution: string };
}

/** public/data/facts.json — prices, carbon, land, incentives, economics (scripts/build/facts.ts). */
export interface FactsBundle {
  regions: Record<string, RegionFacts>;
  hubs: WholesaleHub[];
  economics: EconomicsFact[];
  /** Exchange rates used for conversions, with their own source. */
  fx: { currency: 'CAD' | 'MXN'; year: number; usdPerUnit: number; source: string; sourceUrl: string; quality: Quality }[];
}

/** public/data/connectivity.json — markets, IXPs, known sites (scripts/build/connectivity.ts). */
export interface ConnectivityBundle {
  markets: DcMarket[];
  ixps: Ixp[];
  knownSites: KnownSite[];
  /** The latency model: round trip ms = 2 × distance × routeFactor / fibreKmPerMs. */
  latencyModel: { routeFactor: number; fibreKmPerMs: number; source: string; sourceUrl: string };
}

/** public/data/datasets.json — the Data panel. */
export type DatasetCatalog = DatasetInfo[];

/** A power plant near a point (GPPD), with its distance. */
export interface NearbyPlant {
  name: string;
  capacityMw: number;
  /** GPPD primary fuel word and the words shown for it. */
  fuel: string;
  fuelLabel: string;
  commissioningYear: number | null;
  owner: string | null;
  distanceKm: number;
  source: { name: string; url: string; year: number | null; quality: Quality };
}

/** Distance to the nearest line of a voltage class; null with the reason where the data cannot say. */
export interface LineDistance {
  /** km to the nearest line segment, or null (never 0, never "far") where the data does not cover the point. */
  distance: Fact | null;
  reason?: string;
  line?: { voltages: string; operator: string; name: string };
}

/** Generation and transmission around a point (plants: GPPD; lines: OpenStreetMap via GridKit). */
export interface NearbyPower {
  radiusKm: number;
  /** Installed MW of the plants within radiusKm. */
  capacityMw: Fact;
  /** Per fuel, largest first. */
  byFuel: { fuel: string; label: string; capacityMw: number; plants: number }[];
  /** Hydro + nuclear + geothermal as a share of capacityMw, %; null when there is no capacity to share. */
  firmLowCarbonSharePct: Fact | null;
  /** Nearest plant of 100 MW or more. */
  nearestLargePlant: NearbyPlant | null;
  line230: LineDistance;
  line345: LineDistance;
}

/** What the point query returns for any location: the inputs of every criterion, cited. */
export interface PointFacts {
  lon: number;
  lat: number;
  /** snapKm: how far outside every region polygon the point lies when it was assigned to the nearest (≤ 10 km). */
  region: { country: 'US' | 'CA' | 'MX'; code: string; name: string; snapKm?: number } | null;
  /** Industrial retail price, USD/MWh. */
  retailPrice: Fact | null;
  retailCommercial: Fact | null;
  /** The nearest wholesale hub of the market whose footprint holds the point, with its annual average price (USD/MWh). */
  wholesale: {
    hubId: string;
    hubName: string;
    market: string;
    distanceKm: number;
    price: Fact;
    /** Other ISO footprints that overlap at the point (the serving utility decides which market it is in). */
    otherMarkets?: string[];
  } | null;
  /** gCO2e/kWh: in the US the eGRID subregion rate (the state rate where no subregion covers the point). */
  carbon: Fact | null;
  carbonAlt: Fact | null;
  /** US only, when `carbon` is the subregion rate: the state's eGRID rate, kept as a second opinion. */
  carbonState: Fact | null;
  /** The eGRID subregion whose rate `carbon` is (US), else null. */
  gridSubregion: { code: string; name: string } | null;
  /** Why no wholesale hub applies (e.g. not in an organised wholesale market); null when one does or outside coverage. */
  wholesaleReason: string | null;
  /** Inside a shale play the flaring monitor covers here: the play and its flared gas volume (million ft³/yr). */
  flaredGas: { play: string; basin: string; volume: Fact; alsoIn: string[] } | null;
  /** Why `flaredGas` is null (not in a flaring basin, or a play the monitor does not cover here); null outside coverage. */
  flaredGasReason: string | null;
  climate: {
    annualMeanC: Fact | null;
    summerMaxC: Fact | null;
    /** Cooling degree days, °C·days. */
    cdd: Fact | null;
    nearestStation: { id: string; name: string; distanceKm: number } | null;
    /** Why a climate value is missing, for each missing one (src/data/climateField.ts). */
    noDataReason?: Partial<Record<'annualMeanC' | 'summerMaxC' | 'cdd', string>>;
  };
  /** USD/acre. */
  landValue: Fact | null;
  latency: {
    /** Estimated round-trip ms to the nearest data-center market or IXP. */
    roundTripMs: Fact | null;
    nearestMarket: { id: string; name: string; distanceKm: number } | null;
    nearestIxp: { id: string; name: string; distanceKm: number } | null;
  };
  incentives: IncentiveRule[];
  /** Moratoria, connection pauses and other rules restricting crypto mining here. */
  miningRestrictions: IncentiveRule[];
  /** Nearby generation and lines; absent until the plant and line files are loaded (QueryContext.power). */
  power?: NearbyPower;
  /** County and utility facts; absent until the area files are loaded (they load lazily). */
  areas?: AreaPointFacts;
}

// County and utility facts at a point (src/data/countyFacts.ts, src/data/utilityAt.ts).

export interface CountyHit {
  fips: string;
  name: string;
  state: string;
}

export interface CountyPointFacts {
  county: CountyHit | null;
  /** County AC transfer capability, MW. */
  gridStrength: Fact | null;
  gridStrengthNoData?: string;
  /** FEMA NRI composite risk score, 0–100 (higher = more risk). */
  naturalHazard: Fact | null;
  naturalHazardNoData?: string;
}

export interface UtilityRef {
  eiaId: string;
  name: string;
  state: string;
  ownership: string;
}

export interface UtilityPointFacts {
  /** The utility taken to serve the point; null where no territory covers it. */
  utility: UtilityRef | null;
  /** Other territories that also cover the point (larger ones), smallest first. */
  others: UtilityRef[];
  noTerritoryReason?: string;
  /** Industrial rate, USD/MWh; null with `rateNoDataReason` (the state average then applies). */
  industrialRate: Fact | null;
  rateNoDataReason?: string;
  /** The newer bundled industrial figure where the source has one (non-investor-owned utilities), USD/MWh. */
  industrialRate2020: Fact | null;
}

/** The county and utility facts at a point. */
export interface AreaPointFacts extends CountyPointFacts {
  utility: UtilityPointFacts;
}

