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
}
