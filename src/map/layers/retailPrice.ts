import { PALETTES } from '../colorScale';
import { createRegionChoropleth, factRow } from './regionChoropleth';

const fmt = (v: number) => v.toFixed(1);

export const retailPriceLayer = createRegionChoropleth({
  id: 'retail',
  title: 'Retail power price',
  unit: 'USD/MWh',
  scale: { breaks: [50, 65, 80, 100, 130, 170], colors: PALETTES.ylOrRd },
  pick: (r) => r.retailIndustrial,
  extraRows: (r) => (r.retailCommercial ? [factRow('Commercial price', r.retailCommercial, fmt)] : []),
  format: fmt,
  notes: ['Industrial sector average revenue per kWh (EIA) or large-power bills; not a contract price.'],
});
