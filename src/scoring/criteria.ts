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
  'grid_strength',
  'line_distance',
  'hazard',
  'stranded_gas',
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
  /** Linear in log10(raw) between the anchors instead (a quantity whose steps are multiples). */
  logScale?: true;
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
  grid_strength: {
    id: 'grid_strength',
    label: 'Grid strength (county transfer capability)',
    unit: 'MW',
    direction: 'higher_is_better',
    best: 7000,
    worst: 90,
    logScale: true,
    anchorRationale:
      'AC transfer capability of the county to its neighbours (ReEDS NARIS 2024): 90 MW and 7,000 MW are about the 10th and 90th percentiles ' +
      'of US counties (93 and 7,074 MW); on a log scale, because a county that can move twice the power is a step up wherever it starts.',
  },
  line_distance: {
    id: 'line_distance',
    label: 'Distance to a line of 230 kV or more',
    unit: 'km',
    direction: 'lower_is_better',
    best: 1.609,
    worst: 16.09,
    anchorRationale:
      'Within 1 mile of a high-voltage line a site can connect with a short tap; 10 miles or more means a new line of its own ' +
      '(the anchors of the open site-screen tool: ≤ 1 mile → 100, ≥ 10 miles → 0). OpenStreetMap via GridKit (2016).',
  },
  hazard: {
    id: 'hazard',
    label: 'Natural hazard (FEMA risk score)',
    unit: 'score (0–100)',
    direction: 'lower_is_better',
    best: 0,
    worst: 100,
    anchorRationale:
      'FEMA National Risk Index composite score of the county, 0–100 (a county’s standing among all US counties): 0 scores 100, 100 scores 0.',
  },
  stranded_gas: {
    id: 'stranded_gas',
    label: 'Stranded gas (flared in the shale play)',
    unit: 'million ft³/yr',
    direction: 'higher_is_better',
    best: 50000,
    worst: 0,
    anchorRationale:
      'Gas flared in 2020 in the shale play holding the site (VIIRS via the Flaring Monitor): gas with no pipeline a behind-the-meter miner ' +
      'can burn. 0 outside every flaring play; 50,000 million ft³ (about the Bakken’s 2020 volume) scores 100.',
  },
};

/**
 * Linear coefficients so that score = clamp(slope·x + intercept, 0, 100), x = raw (or log10(raw) on a
 * log scale, see scaledRaw). Shared by point and batch scoring.
 */
export function linearCoefficients(def: CriterionDef): { slope: number; intercept: number } {
  const [best, worst] = def.logScale ? [Math.log10(def.best), Math.log10(def.worst)] : [def.best, def.worst];
  const slope = 100 / (best - worst);
  return { slope, intercept: -slope * worst };
}

/** The value the linear map takes: log10(raw) on a log scale (0 MW → −∞, which clamps to the 0 end). */
export function scaledRaw(def: CriterionDef, raw: number): number {
  return def.logScale ? Math.log10(Math.max(raw, 0)) : raw;
}

/** 0–100 score of a raw value, or null when the value is missing. */
export function normalise(def: CriterionDef, raw: number | null): number | null {
  if (raw === null || !Number.isFinite(raw)) return null;
  const { slope, intercept } = linearCoefficients(def);
  return clampScore(slope * scaledRaw(def, raw) + intercept);
}

function clampScore(s: number): number {
  return s < 0 ? 0 : s > 100 ? 100 : s;
}
