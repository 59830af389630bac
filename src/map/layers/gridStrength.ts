// "Grid strength": county AC transfer capability (ReEDS NARIS 2024), on log-spaced classes since
// counties range from tens to tens of thousands of MW.
import { classLabels, stepExpression, NO_DATA_COLOR, type ClassedScale } from '../colorScale';
import { createCountyChoropleth } from './countyChoropleth';

/** ColorBrewer YlGnBu: light = weak grid, dark blue = strong. */
const SCALE: ClassedScale = { breaks: [100, 300, 1000, 3000, 10000], colors: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] };
const mw = (v: number) => Math.round(v).toLocaleString('en-US');

export const gridStrengthLayer = createCountyChoropleth({
  id: 'gridStrength',
  title: 'Grid strength',
  property: 'mw',
  color: stepExpression(['get', 'mw'], SCALE),
  source: (f) => f.transfer,
  legend: () => {
    const labels = classLabels(SCALE, mw);
    return {
      items: [...SCALE.colors.map((color, i) => ({ color, label: `${labels[i]} MW` })), { color: NO_DATA_COLOR, label: 'no data', shape: 'hatch' as const }],
      method: `County AC transfer capability: the sum of the county's interfaces with neighbouring counties, each at its larger directional limit; ${SCALE.colors.length} log-spaced classes`,
      notes: [
        'How strong the grid is around a county, not spare capacity or a connection offer.',
        'Contiguous US only; Connecticut is listed by planning regions that do not match its counties (no data).',
      ],
    };
  },
  rows: (rec, file) =>
    rec.transferMw !== undefined
      ? [
          { label: 'AC transfer capability', value: `${mw(rec.transferMw)} MW`, year: file.transfer.year, source: { name: file.transfer.source, url: file.transfer.sourceUrl }, quality: file.transfer.quality },
          { label: 'Into / out of the county', value: `${mw(rec.importMw ?? 0)} / ${mw(rec.exportMw ?? 0)} MW`, note: `${rec.interfaces} interfaces with neighbouring counties` },
        ]
      : [{ label: 'AC transfer capability', value: 'no data', note: rec.transferNoData }],
});
