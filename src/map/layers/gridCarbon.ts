import { PALETTES } from '../colorScale';
import { createRegionChoropleth, factRow } from './regionChoropleth';

const fmt = (v: number) => v.toFixed(0);

export const gridCarbonLayer = createRegionChoropleth({
  id: 'carbon',
  title: 'Grid carbon intensity',
  unit: 'gCO2/kWh',
  scale: { breaks: [50, 150, 250, 350, 450, 550], colors: PALETTES.ylOrBr },
  pick: (r) => r.carbon,
  extraRows: (r) => (r.carbonAlt ? [factRow('Second opinion', r.carbonAlt, fmt)] : []),
  format: fmt,
  notes: ['US: eGRID generation-based CO2 rate; Canada: consumption intensity (CO2e); Mexico: one national factor.'],
});
