// Source quality of a cited figure, and its one ranking: primary (official statistics, the operator)
// before secondary (a compilation, a model on official data) before low (no source, a user setting).

/** Best first. */
export const QUALITIES = ['primary', 'secondary', 'low'] as const;
export type Quality = (typeof QUALITIES)[number];

const RANK: Record<Quality, number> = { primary: 0, secondary: 1, low: 2 };

/** Sort key: primary before secondary before low (a lower rank is a better source). */
export function qualityRank(q: Quality): number {
  return RANK[q];
}

/** A figure made from several is only as good as its weakest input (e.g. a figure and its exchange rate). */
export function weakestQuality(...qualities: Quality[]): Quality {
  return qualities.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'primary' as Quality);
}
