// PointFacts → labelled rows for the point card (pure, so the same wording is testable).
import type { Fact, PointFacts } from '../data/types';
import type { TooltipRow } from '../state/layerTypes';

const fmt = (f: Fact, digits: number) => `${f.value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${f.unit}`;

function row(label: string, f: Fact | null, digits = 1, extraNote?: string): TooltipRow {
  if (!f) return { label, value: 'no data' };
  return {
    label,
    value: fmt(f, digits),
    year: f.period ?? f.year ?? 'undated',
    source: { name: f.source, url: f.sourceUrl },
    quality: f.quality,
    note: [f.note, f.conversion, extraNote].filter(Boolean).join(' · ') || undefined,
  };
}

const noData = (label: string, reason: string | undefined): TooltipRow => ({ label, value: 'no data', ...(reason ? { note: reason } : {}) });

/** County grid strength and hazard, and the serving utility: shown once the area files have loaded. */
function areaSections(p: PointFacts, areasError?: string): CardSection[] {
  const a = p.areas;
  if (!a) {
    const row: TooltipRow = areasError ? noData('County and utility', `The county and utility files could not be loaded: ${areasError}`) : { label: 'County and utility', value: 'loading…' };
    return [{ title: 'County and utility', rows: [row] }];
  }
  const u = a.utility;
  const served = u.utility;
  const others = u.others.map((o) => o.name).join('; ');
  return [
    {
      title: 'County',
      rows: [
        a.county ? { label: 'County', value: `${a.county.name}, ${a.county.state} (FIPS ${a.county.fips})` } : noData('County', 'Outside the US county map.'),
        a.gridStrength ? row('Grid strength (AC transfer capability)', a.gridStrength, 0) : noData('Grid strength (AC transfer capability)', a.gridStrengthNoData),
        a.naturalHazard ? row('Natural hazard (FEMA risk score)', a.naturalHazard, 1) : noData('Natural hazard (FEMA risk score)', a.naturalHazardNoData),
      ],
    },
    {
      title: 'Utility',
      rows: [
        served
          ? {
              label: 'Serving utility',
              value: `${served.name} (EIA ${served.eiaId})`,
              note: [served.ownership, others ? `Territories overlap here: the smallest is shown; also mapped here: ${others}.` : ''].filter(Boolean).join(' · ') || undefined,
            }
          : noData('Serving utility', u.noTerritoryReason),
        u.industrialRate ? row('Industrial rate (utility)', u.industrialRate) : noData('Industrial rate (utility)', u.rateNoDataReason),
        ...(u.industrialRate2020 ? [row('Industrial rate (utility, bundled)', u.industrialRate2020)] : []),
      ],
    },
  ];
}

export interface CardSection {
  title: string;
  rows: TooltipRow[];
}

/** `areasError`: why the county and utility files failed to load, if they did. */
export function pointFactSections(p: PointFacts, areasError?: string): CardSection[] {
  const w = p.wholesale;
  const lat = p.latency;
  const st = p.climate.nearestStation;
  return [
    {
      title: 'Power',
      rows: [
        row('Retail price (industrial)', p.retailPrice),
        row('Retail price (commercial)', p.retailCommercial),
        w ? row(`Wholesale: ${w.hubName}`, w.price, 2, `${w.market}; hub ${w.distanceKm} km away`) : { label: 'Wholesale hub', value: 'no data', note: 'No hub in this region or within 300 km in the same country.' },
      ],
    },
    ...areaSections(p, areasError),
    { title: 'Grid carbon', rows: [row('Carbon intensity', p.carbon, 0), ...(p.carbonAlt ? [row('Second opinion', p.carbonAlt, 0)] : [])] },
    {
      title: 'Climate',
      rows: [
        row('Annual mean temperature', p.climate.annualMeanC),
        row('Summer mean maximum', p.climate.summerMaxC),
        row('Cooling degree days', p.climate.cdd, 0),
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
