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
    rationale: 'Power is ~80 % of a miner’s operating cost, so price dominates; latency is irrelevant; heat derates air-cooled ASICs.',
    weights: { retail_price: 45, wholesale_price: 15, carbon: 5, cooling: 20, land_value: 10, latency: 0, tax_incentive: 5, flexibility: 0 },
    weightRationale: {
      retail_price: 'the tariff a new load can sign today; energy ≈ 80 % of mining opex (CCAF 2025)',
      wholesale_price: 'large miners buy at hub prices where a market exists',
      cooling: 'hot summers cut hashrate and raise cooling overhead',
      land_value: 'mines are land-hungry, low-density sheds',
      carbon: 'kept small: reputational and future carbon-price risk only',
      tax_incentive: 'most programmes target data centres, rarely mines',
      latency: 'block propagation is insensitive to tens of ms',
    },
    miningRulesApply: true,
  },
  ai: {
    id: 'ai',
    label: 'AI data center',
    rationale: 'Price still leads, but tenants also buy low carbon, low latency to markets, cool climate and tax relief on costly equipment.',
    weights: { retail_price: 25, wholesale_price: 5, carbon: 20, cooling: 15, land_value: 5, latency: 15, tax_incentive: 15, flexibility: 0 },
    weightRationale: {
      retail_price: 'power is the largest variable cost of a GPU hall',
      carbon: 'hyperscale tenants carry 24/7 clean-energy targets',
      latency: 'inference and interconnection need a nearby market or IXP',
      cooling: 'dense GPU racks make cooling overhead expensive',
      tax_incentive: 'sales/use tax on servers is worth more than land',
      wholesale_price: 'AI loads are firm, so hub price matters less than the tariff',
      land_value: 'small footprint per MW',
    },
    miningRulesApply: false,
  },
  hybrid: {
    id: 'hybrid',
    label: 'Hybrid (AI + flexible mining)',
    rationale: 'AI as firm load with mining as a curtailable load beside it: weights between the two plus a flexibility term for market access.',
    weights: { retail_price: 30, wholesale_price: 10, carbon: 10, cooling: 15, land_value: 5, latency: 10, tax_incentive: 10, flexibility: 10 },
    weightRationale: {
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
