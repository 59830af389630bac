// The three facility types and their default weights — the only place default weights are defined.
import type { CriterionId } from './criteria';

export const PROFILE_IDS = ['mining', 'ai', 'hybrid'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export type Weights = Record<CriterionId, number>;

export interface ProfileDef {
  id: ProfileId;
  label: string;
  /** One line a site developer can repeat. */
  rationale: string;
  weights: Weights;
  /** Why each criterion weighs what it does in this profile. */
  weightRationale: Partial<Record<CriterionId, string>>;
  /** Whether crypto-mining moratoria and connection pauses apply. */
  miningRulesApply: boolean;
}

export const PROFILES: Record<ProfileId, ProfileDef> = {
  mining: {
    id: 'mining',
    label: 'Bitcoin mining',
    rationale: 'Power is ~80 % of a miner’s operating cost, so price and stranded energy dominate; a line nearby makes a fast connection; latency is irrelevant; heat derates air-cooled ASICs.',
    weights: { retail_price: 35, wholesale_price: 10, carbon: 0, cooling: 15, land_value: 5, latency: 0, tax_incentive: 0, flexibility: 5, grid_strength: 5, line_distance: 10, hazard: 5, stranded_gas: 10 },
    weightRationale: {
      stranded_gas: 'flared gas is the cheapest energy a behind-the-meter miner can find',
      line_distance: 'a short tap to a high-voltage line is months faster and cheaper to energise',
      grid_strength: 'kept small: a curtailable load can live on a weaker grid',
      flexibility: 'a curtailable load earns where it can buy at wholesale and sell demand response',
      hazard: 'sheds are cheap to rebuild, but downtime is not',
      retail_price: 'the tariff a new load can sign today; energy ≈ 80 % of mining opex (CCAF 2025)',
      wholesale_price: 'large miners buy at hub prices where a market exists',
      cooling: 'hot summers cut hashrate and raise cooling overhead',
      land_value: 'mines are land-hungry, low-density sheds',
      carbon: 'left to the economics (carbon price): mines sign whatever power is cheapest',
      tax_incentive: 'the programmes scored target data centres, rarely mines',
      latency: 'block propagation is insensitive to tens of ms',
    },
    miningRulesApply: true,
  },
  ai: {
    id: 'ai',
    label: 'AI data center',
    rationale: 'Firm power available soon leads: a strong grid and a line close by; then price, low latency to markets, low carbon, a cool climate and tax relief.',
    weights: { retail_price: 15, wholesale_price: 0, carbon: 10, cooling: 10, land_value: 0, latency: 15, tax_incentive: 10, flexibility: 0, grid_strength: 20, line_distance: 15, hazard: 5, stranded_gas: 0 },
    weightRationale: {
      grid_strength: 'a firm 100 MW+ load needs a grid that can move power to it: the binding constraint of today’s AI builds',
      line_distance: 'interconnection time grows with the new line a site needs',
      hazard: 'an outage of a GPU hall is costly; insurers price the county’s risk',
      retail_price: 'power is the largest variable cost of a GPU hall',
      carbon: 'hyperscale tenants carry 24/7 clean-energy targets',
      latency: 'inference and interconnection need a nearby market or IXP',
      cooling: 'dense GPU racks make cooling overhead expensive',
      tax_incentive: 'sales/use tax on servers is worth more than land',
      wholesale_price: 'AI loads are firm and sign a tariff or PPA, not the hub price',
      land_value: 'small footprint per MW: land is a rounding error',
    },
    miningRulesApply: false,
  },
  hybrid: {
    id: 'hybrid',
    label: 'Hybrid (AI + flexible mining)',
    rationale: 'AI as firm load with mining as a curtailable load beside it: weights between the two plus a flexibility term for market access.',
    weights: { retail_price: 20, wholesale_price: 5, carbon: 5, cooling: 10, land_value: 5, latency: 5, tax_incentive: 5, flexibility: 5, grid_strength: 15, line_distance: 15, hazard: 5, stranded_gas: 5 },
    weightRationale: {
      grid_strength: 'the AI half is firm load and needs the grid behind it',
      line_distance: 'both halves need the connection',
      stranded_gas: 'the mining half can run on flared gas',
      flexibility: 'a curtailable mining load earns most where it can buy at wholesale and sell demand response',
      retail_price: 'both loads pay the tariff',
      latency: 'only the AI half needs it',
      carbon: 'the AI tenant’s targets apply to the whole site',
    },
    miningRulesApply: true,
  },
};

export function isProfileId(s: string): s is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(s);
}
