// Types of the county and utility files scripts/build-data writes to public/data (built by
// scripts/build/areas.ts, read by countyFacts.ts and utilityAt.ts).
import type { Quality } from './quality';

/** The provenance shared by every figure of one dataset. */
export interface DatasetSource {
  source: string;
  sourceUrl: string;
  unit: string;
  year: number | null;
  /** Shown instead of the year where the source gives a release period. */
  period?: string;
  quality: Quality;
  licence: string;
}

export interface CountyRecord {
  name: string;
  /** State postal code, e.g. "TX". */
  state: string;
  /** Sum of the county's AC interfaces, each at its larger directional limit, MW. */
  transferMw?: number;
  importMw?: number;
  exportMw?: number;
  interfaces?: number;
  /** Why there is no transfer capability (set only when transferMw is absent). */
  transferNoData?: string;
  /** FEMA NRI composite risk score, 0–100. */
  riskScore?: number;
  riskRating?: string;
  hazardNoData?: string;
}

/** public/data/county-facts.json. Geometry: counties.topo.json (object `counties`, ids = FIPS). */
export interface CountyFactsFile {
  transfer: DatasetSource;
  hazard: DatasetSource;
  counties: Record<string, CountyRecord>;
}

export type UtilityRateStatus = 'rate' | 'below_min_sales' | 'delivery_service' | 'no_industrial_sales' | 'not_in_eia861';

export interface UtilityRecord {
  name: string;
  state: string;
  /** e.g. "Cooperative"; empty when the source does not say. */
  ownership: string;
  /** Industrial revenue ÷ sales (bundled service, minimum sales met), USD/MWh; null = no rate (see status). */
  rateUsdPerMwh: number | null;
  status: UtilityRateStatus;
  industrialSalesMwh: number | null;
  /** The newer figure for non-investor-owned utilities (bundled service), USD/MWh. */
  rate2020UsdPerMwh: number | null;
}

/** public/data/utilities.json. Geometry: utility-territories.topo.json (object `territories`, property `e` = EIA id). */
export interface UtilitiesFile {
  territories: DatasetSource;
  rate: DatasetSource;
  rate2020: DatasetSource;
  minIndustrialSalesMwh: number;
  utilities: Record<string, UtilityRecord>;
}
