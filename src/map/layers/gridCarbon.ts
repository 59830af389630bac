import { PALETTES } from '../colorScale';
import { createRegionChoropleth, factRow } from './regionChoropleth';

const fmt = (v: number) => v.toFixed(0);

export const gridCarbonLayer = createRegionChoropleth({
  id: 'carbon',
  title: 'Grid carbon intensity',
  unit: 'gCO2e/kWh',
  scale: { breaks: [50, 150, 250, 350, 450, 550], colors: PALETTES.ylOrBr },
  pick: (r) => r.carbon,
  extraRows: (r) => (r.carbonAlt ? [factRow('Second opinion', r.carbonAlt, fmt)] : []),
  format: fmt,
  notes: ['CO2e everywhere. US: eGRID generation-based rate; Canada: consumption intensity (2024); Mexico: one national factor.'],
});
