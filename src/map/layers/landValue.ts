import { PALETTES } from '../colorScale';
import { createRegionChoropleth } from './regionChoropleth';

export const landValueLayer = createRegionChoropleth({
  id: 'land',
  title: 'Land value',
  unit: 'USD/acre',
  scale: { breaks: [1000, 2000, 3500, 5000, 8000, 12000], colors: PALETTES.puBu },
  pick: (r) => r.landValue,
  format: (v) => Math.round(v).toLocaleString('en-US'),
  notes: ['Farm real estate (US) and farmland (Canada) value per acre: a proxy for rural land cost. No Mexican, Alaskan or Hawaiian figures.'],
});
