// "Natural hazard": FEMA National Risk Index composite score by county, in FEMA's own five ratings.
import { NO_DATA_COLOR } from '../colorScale';
import { createCountyChoropleth } from './countyChoropleth';

/** FEMA's ratings, low to high, with a sequential red palette (ColorBrewer Reds). */
const RATINGS = [
  { rating: 'Very Low', color: '#fee5d9' },
  { rating: 'Relatively Low', color: '#fcae91' },
  { rating: 'Relatively Moderate', color: '#fb6a4a' },
  { rating: 'Relatively High', color: '#de2d26' },
  { rating: 'Very High', color: '#a50f15' },
];

export const naturalHazardLayer = createCountyChoropleth({
  id: 'hazard',
  title: 'Natural hazard',
  property: 'risk',
  color: ['match', ['get', 'risk'], ...RATINGS.flatMap((r) => [r.rating, r.color]), NO_DATA_COLOR],
  source: (f) => f.hazard,
  legend: (index) => {
    // Each rating's score range, as it occurs in the table.
    const range = new Map<string, [number, number]>();
    for (const c of Object.values(index.file.counties)) {
      if (c.riskScore === undefined || !c.riskRating) continue;
      const r = range.get(c.riskRating);
      range.set(c.riskRating, r ? [Math.min(r[0], c.riskScore), Math.max(r[1], c.riskScore)] : [c.riskScore, c.riskScore]);
    }
    const span = (rating: string) => {
      const r = range.get(rating);
      return r ? ` (score ${r[0].toFixed(1)}–${r[1].toFixed(1)})` : '';
    };
    return {
      items: [...RATINGS.map((r) => ({ color: r.color, label: `${r.rating}${span(r.rating)}` })), { color: NO_DATA_COLOR, label: 'no data', shape: 'hatch' as const }],
      method: "FEMA's rating of the composite risk score (0–100: expected annual loss from 18 natural hazards, social vulnerability and community resilience)",
      notes: ['Composite only: the score does not say which hazard drives it.'],
    };
  },
  rows: (rec, file) =>
    rec.riskScore !== undefined
      ? [
          { label: 'Risk score', value: `${rec.riskScore.toFixed(1)} of 100`, year: file.hazard.period ?? file.hazard.year, source: { name: file.hazard.source, url: file.hazard.sourceUrl }, quality: file.hazard.quality },
          { label: 'FEMA rating', value: rec.riskRating ?? 'no data' },
        ]
      : [{ label: 'Risk score', value: 'no data', note: rec.hazardNoData }],
});
