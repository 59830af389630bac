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

/** What the point query returns for any location: the inputs of every criterion, cited. */
export interface PointFacts {
  lon: number;
  lat: number;
  region: { country: 'US' | 'CA' | 'MX'; code: string; name: string } | null;
  /** Industrial retail price, USD/MWh. */
  retailPrice: Fact | null;
  retailCommercial: Fact | null;
  /** Nearest wholesale hub in the same market area, with its annual average price (USD/MWh). */
  wholesale: { hubId: string; hubName: string; market: string; distanceKm: number; price: Fact } | null;
  /** gCO2e/kWh. */
  carbon: Fact | null;
  carbonAlt: Fact | null;
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
}
