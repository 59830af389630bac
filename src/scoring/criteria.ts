// The scoring criteria: what each measures, its unit, its direction and the fixed anchors that map a
// raw value to 0–100. Anchors are published constants, so a site's score never depends on which
// other sites are being compared.

export const CRITERION_IDS = [
  'retail_price',
  'wholesale_price',
  'carbon',
  'cooling',
  'land_value',
  'latency',
  'tax_incentive',
  'flexibility',
] as const;

export type CriterionId = (typeof CRITERION_IDS)[number];

export type Direction = 'lower_is_better' | 'higher_is_better';

export interface CriterionDef {
  id: CriterionId;
  label: string;
  unit: string;
  direction: Direction;
  /** Raw value that scores 100 and raw value that scores 0; linear in between, clamped outside. */
  best: number;
  worst: number;
  /** Why these anchors, for the methodology and the UI tooltip. */
  anchorRationale: string;
}

export const CRITERIA: Record<CriterionId, CriterionDef> = {
  retail_price: {
    id: 'retail_price',
    label: 'Industrial retail power price',
    unit: 'USD/MWh',
    direction: 'lower_is_better',
    best: 40,
    worst: 140,
    anchorRationale:
      '40 $/MWh is below the median delivered power cost of surveyed miners (45 $/MWh, CCAF 2024); ' +
      'at 140 $/MWh a current ASIC is past breakeven at a ~54 $/PH/day hashprice (0.10–0.13 $/kWh, Hashrate Index 2024-04-01).',
  },
  wholesale_price: {
    id: 'wholesale_price',
    label: 'Wholesale hub price (annual average)',
    unit: 'USD/MWh',
    direction: 'lower_is_better',
    best: 20,
    worst: 90,
    anchorRationale:
      'Annual hub averages in North America mostly sit between ~25 and ~65 $/MWh; 20 → 100 and 90 → 0 spread that range without saturating.',
  },
  carbon: {
    id: 'carbon',
    label: 'Grid carbon intensity',
    unit: 'gCO2e/kWh',
    direction: 'lower_is_better',
    best: 50,
    worst: 800,
    anchorRationale:
      '50 g/kWh is a hydro/nuclear-dominated grid (Québec, Vermont, Washington); 800 g/kWh is a coal-dominated grid (Wyoming, West Virginia).',
  },
  cooling: {
    id: 'cooling',
    label: 'Cooling climate (estimated PUE)',
    unit: 'PUE',
    direction: 'lower_is_better',
    best: 1.12,
    worst: 1.45,
    anchorRationale:
      'Estimated PUE from cooling degree days and summer mean maximum (see pue.ts): 1.12 is a cool site (Seattle), ' +
      '1.45 a desert site (Phoenix); heat also derates air-cooled ASICs.',
  },
  land_value: {
    id: 'land_value',
    label: 'Farm real estate value',
    unit: 'USD/acre',
    direction: 'lower_is_better',
    best: 1000,
    worst: 15000,
    anchorRationale:
      'Range of state farm real estate values (USDA NASS): ~1,000 $/acre on the western plains to >15,000 $/acre in the Northeast and California.',
  },
  latency: {
    id: 'latency',
    label: 'Round trip to nearest data-center market or IXP',
    unit: 'ms',
    direction: 'lower_is_better',
    best: 2,
    worst: 40,
    anchorRationale:
      '2 ms is metro distance (~100 km of fibre); 40 ms is roughly a continental half-crossing, too slow for interactive inference.',
  },
  tax_incentive: {
    id: 'tax_incentive',
    label: 'Data-center tax incentive',
    unit: 'level (0, 0.5, 1)',
    direction: 'higher_is_better',
    best: 1,
    worst: 0,
    anchorRationale:
      '1 = an active data-center sales/use or property tax programme; 0.5 = active but paused, under repeal or only proposed; 0 = none known.',
  },
  flexibility: {
    id: 'flexibility',
    label: 'Flexible-load market access',
    unit: 'access (0 or 1)',
    direction: 'higher_is_better',
    best: 1,
    worst: 0,
    anchorRationale:
      '1 = the site sits in an organised wholesale market with a published hub, where a curtailable mining load can buy at wholesale ' +
      'and sell flexibility (demand response); 0 = vertically integrated utility territory.',
  },
};

/** Linear coefficients so that score = clamp(slope·raw + intercept, 0, 100). Shared by point and batch scoring. */
export function linearCoefficients(def: CriterionDef): { slope: number; intercept: number } {
  const slope = 100 / (def.best - def.worst);
  return { slope, intercept: -slope * def.worst };
}

/** 0–100 score of a raw value, or null when the value is missing. */
export function normalise(def: CriterionDef, raw: number | null): number | null {
  if (raw === null || !Number.isFinite(raw)) return null;
  const { slope, intercept } = linearCoefficients(def);
  return clampScore(slope * raw + intercept);
}

function clampScore(s: number): number {
  return s < 0 ? 0 : s > 100 ? 100 : s;
}
