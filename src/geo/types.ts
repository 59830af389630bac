export type CountryCode = 'US' | 'CA' | 'MX';

/** Properties of a region polygon in public/data/boundaries.topo.json (written by scripts/build-data). */
export interface RegionProps {
  /** ISO 3166-2 code, e.g. 'US-TX', 'CA-QC', 'MX-NLE'. */
  code: string;
  name: string;
  country: CountryCode;
  /** Label anchor (Natural Earth label point), degrees. */
  labelLon: number;
  labelLat: number;
}

export interface RegionHit {
  country: CountryCode;
  code: string;
  name: string;
  /**
   * Set when no region polygon contains the point and it was assigned to the nearest region within
   * 10 km: how far outside that region's polygon the point lies, km (to 0.1, at least 0.1).
   */
  snapKm?: number;
}
