// PointFacts → labelled rows for the point card (pure, so the same wording is testable).
import type { Fact, PointFacts } from '../data/types';
import type { TooltipRow } from '../state/layerTypes';

const fmt = (f: Fact, digits: number) => `${f.value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${f.unit}`;

function row(label: string, f: Fact | null, digits = 1, extraNote?: string, noDataNote?: string): TooltipRow {
  if (!f) return noDataNote ? { label, value: 'no data', note: noDataNote } : { label, value: 'no data' };
  return {
    label,
    value: fmt(f, digits),
    year: f.period ?? f.year ?? 'undated',
    source: { name: f.source, url: f.sourceUrl },
    quality: f.quality,
    note: [f.note, f.conversion, extraNote].filter(Boolean).join(' · ') || undefined,
  };
}

export interface CardSection {
  title: string;
  rows: TooltipRow[];
}

export function pointFactSections(p: PointFacts): CardSection[] {
  const w = p.wholesale;
  const lat = p.latency;
  const st = p.climate.nearestStation;
  const why = p.climate.noDataReason ?? {};
  return [
    {
      title: 'Power',
      rows: [
        row('Retail price (industrial)', p.retailPrice),
        row('Retail price (commercial)', p.retailCommercial),
        w ? row(`Wholesale: ${w.hubName}`, w.price, 2, `${w.market}; hub ${w.distanceKm} km away`) : { label: 'Wholesale hub', value: 'no data', note: 'No hub in this region or within 300 km in the same country.' },
      ],
    },
    { title: 'Grid carbon', rows: [row('Carbon intensity', p.carbon, 0), ...(p.carbonAlt ? [row('Second opinion', p.carbonAlt, 0)] : [])] },
    {
      title: 'Climate',
      rows: [
        row('Annual mean temperature', p.climate.annualMeanC, 1, undefined, why.annualMeanC),
        row('Summer mean maximum', p.climate.summerMaxC, 1, undefined, why.summerMaxC),
        row('Cooling degree days', p.climate.cdd, 0, undefined, why.cdd),
        { label: 'Nearest station', value: st ? `${st.name} (${st.distanceKm} km)` : 'no data' },
      ],
    },
    { title: 'Land', rows: [row('Land value', p.landValue, 0)] },
    {
      title: 'Connectivity',
      rows: [
        row('Latency (est. round trip)', lat.roundTripMs),
        { label: 'Nearest market', value: lat.nearestMarket ? `${lat.nearestMarket.name} (${lat.nearestMarket.distanceKm.toLocaleString('en-US')} km)` : 'no data' },
        { label: 'Nearest exchange', value: lat.nearestIxp ? `${lat.nearestIxp.name} (${lat.nearestIxp.distanceKm.toLocaleString('en-US')} km)` : 'no data' },
      ],
    },
    {
      title: 'Incentives and rules',
      rows:
        p.incentives.length === 0
          ? [{ label: 'Programmes', value: 'none recorded (no data)' }]
          : p.incentives.map((r) => ({
              label: r.restrictsMining ? `⚑ Mining rule (${r.status})` : `Incentive (${r.status})`,
              value: r.incentive,
              year: r.enactedOrUpdated,
              source: { name: r.source, url: r.sourceUrl },
              quality: r.quality,
            })),
    },
  ];
}
