// PointFacts → labelled rows for the point card (pure, so the same wording is testable).
import { INCENTIVE_STATUS_LABEL } from '../data/types';
import type { Fact, LineDistance, NearbyPower, PointFacts } from '../data/types';
import type { TooltipRow } from '../state/layerTypes';
import { NOT_IN_MARKET } from '../data/gridFacts';

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

function wholesaleNote(w: NonNullable<PointFacts['wholesale']>): string {
  const overlap = w.otherMarkets?.length ? `; the footprints of ${w.otherMarkets.join(', ')} also overlap here: the serving utility decides the market` : '';
  return `${w.market} market; hub ${w.distanceKm} km away${overlap}`;
}

function wholesaleNone(p: PointFacts): TooltipRow {
  if (!p.wholesaleReason) return { label: 'Wholesale hub', value: 'no data' };
  return { label: 'Wholesale hub', value: p.wholesaleReason.startsWith(NOT_IN_MARKET) ? 'none applies' : 'no data', note: p.wholesaleReason };
}

function flaredGasRow(p: PointFacts): TooltipRow {
  const g = p.flaredGas;
  if (g) {
    const also = g.alsoIn.length ? `also in the ${g.alsoIn.join(', ')} play (overlapping; the same flares may be counted in each)` : undefined;
    return row(`Flared gas (${g.play} play, ${g.basin} basin)`, g.volume, 0, also);
  }
  const reason = p.flaredGasReason;
  return { label: 'Flared gas', value: reason?.startsWith('Not in') ? 'not in a flaring basin' : 'no data', note: reason ?? undefined };
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

function lineRow(label: string, l: LineDistance): TooltipRow {
  if (!l.distance) return { label, value: 'no data', note: l.reason };
  return row(label, l.distance, l.distance.value < 10 ? 1 : 0);
}

/** Generation within the radius, the nearest large plant and the nearest lines; "loading" until the files arrive. */
export function nearbyPowerRows(power: NearbyPower | undefined): TooltipRow[] {
  if (!power) return [{ label: 'Nearby power', value: 'loading the plant and line data…' }];
  const fuels = power.byFuel.map((f) => `${f.label} ${Math.round(f.capacityMw).toLocaleString('en-US')} MW`).join(', ');
  const big = power.nearestLargePlant;
  return [
    row(`Generation within ${power.radiusKm} km`, power.capacityMw, 0, fuels || undefined),
    power.firmLowCarbonSharePct
      ? row('Firm low-carbon share (hydro, nuclear, geothermal)', power.firmLowCarbonSharePct, 0)
      : { label: 'Firm low-carbon share (hydro, nuclear, geothermal)', value: 'no data', note: `No plant within ${power.radiusKm} km to take a share of.` },
    big
      ? {
          label: 'Nearest plant of 100 MW or more',
          value: `${big.name}: ${big.capacityMw.toLocaleString('en-US')} MW ${big.fuelLabel.toLowerCase()}, ${big.distanceKm.toLocaleString('en-US')} km`,
          year: big.source.year ?? 'undated',
          source: { name: big.source.name, url: big.source.url },
          quality: big.source.quality,
          note: [big.commissioningYear !== null ? `commissioned ${big.commissioningYear}` : null, big.owner ? `owner ${big.owner}` : null].filter(Boolean).join('; ') || undefined,
        }
      : { label: 'Nearest plant of 100 MW or more', value: 'no data', note: 'None within 1,500 km in the plant data.' },
    lineRow('Nearest line ≥ 230 kV', power.line230),
    lineRow('Nearest line ≥ 345 kV', power.line345),
  ];
}

/** `areasError`: why the county and utility files failed to load, if they did. */
export function pointFactSections(p: PointFacts, areasError?: string): CardSection[] {
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
        w ? row(`Wholesale: ${w.hubName}`, w.price, 2, wholesaleNote(w)) : wholesaleNone(p),
      ],
    },
    ...areaSections(p, areasError),
    { title: 'Nearby generation and lines', rows: nearbyPowerRows(p.power) },
    {
      title: 'Grid carbon',
      rows: [
        row(p.gridSubregion ? `Carbon intensity (${p.gridSubregion.name}, ${p.gridSubregion.code})` : 'Carbon intensity', p.carbon, 0),
        ...(p.carbonState ? [row('State rate (second opinion)', p.carbonState, 0)] : []),
        ...(p.carbonAlt ? [row('Second opinion', p.carbonAlt, 0)] : []),
      ],
    },
    { title: 'Stranded gas', rows: [flaredGasRow(p)] },
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
              label: r.restrictsMining ? `⚑ Mining rule (${INCENTIVE_STATUS_LABEL[r.status]})` : `Incentive (${INCENTIVE_STATUS_LABEL[r.status]})`,
              value: r.incentive,
              year: r.enactedOrUpdated,
              source: { name: r.source, url: r.sourceUrl },
              quality: r.quality,
            })),
    },
  ];
}
