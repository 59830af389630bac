// Generation and transmission around a point: installed MW within 50 km by fuel and its firm
// low-carbon share, the nearest plant of 100 MW or more, and the distance to the nearest line of
// 230 kV and of 345 kV or more. Line distances are given only where the line files cover the point
// and no area without line data is nearer than the line found; elsewhere they are null with the
// reason, never 0 and never "far".
import { createPointIndex, type PointIndex } from '../geo/pointIndex';
import { createSegmentIndex, type SegmentIndex } from '../geo/segmentIndex';
import { lineDataCovers, LINE_COVERAGE_TEXT, NO_LINE_DATA_REASON } from './lineCoverage';
import { FIRM_LOW_CARBON_FUELS, fuelLabel, type PowerPlant, type PowerPlants } from './powerPlants';
import type { TransmissionLines } from './transmissionLines';
import type { Fact, LineDistance, NearbyPlant, NearbyPower } from './types';

export interface PowerContext {
  plants: PowerPlants;
  lines: TransmissionLines;
}

export const NEARBY_RADIUS_KM = 50;
export const LARGE_PLANT_MW = 100;
/** Searches for a plant or a line stop here; beyond it the data has nothing to name. */
const MAX_SEARCH_KM = 1500;

interface PowerIndexes {
  plants: PointIndex;
  large: PowerPlant[];
  largeIndex: PointIndex;
  line230: SegmentIndex;
  line345: SegmentIndex;
  noDataEdges: SegmentIndex;
}

const cache = new WeakMap<PowerContext, PowerIndexes>();

/** Every edge of the no-line-data polygons, as segments, so the distance to that area can be measured. */
function noDataEdgeCoords(lines: TransmissionLines): Float64Array {
  const out: number[] = [];
  for (const poly of lines.noData.geometry.coordinates)
    for (const ring of poly) for (let k = 1; k < ring.length; k++) out.push(ring[k - 1][0], ring[k - 1][1], ring[k][0], ring[k][1]);
  return Float64Array.from(out);
}

function indexes(ctx: PowerContext): PowerIndexes {
  let ix = cache.get(ctx);
  if (!ix) {
    const large = ctx.plants.plants.filter((p) => p.capacityMw >= LARGE_PLANT_MW);
    const { coords, maxKv } = ctx.lines;
    ix = {
      plants: createPointIndex(ctx.plants.plants),
      large,
      largeIndex: createPointIndex(large),
      line230: createSegmentIndex(coords, (i) => maxKv[i] >= 230),
      line345: createSegmentIndex(coords, (i) => maxKv[i] >= 345),
      noDataEdges: createSegmentIndex(noDataEdgeCoords(ctx.lines)),
    };
    cache.set(ctx, ix);
  }
  return ix;
}

const roundKm = (km: number) => (km < 10 ? Math.round(km * 10) / 10 : Math.round(km));
const fmtKm = (km: number) => `${roundKm(km).toLocaleString('en-US')} km`;

/** "2019" or "2016–2019": the capacity years of the plants counted. */
function yearsOf(plants: readonly PowerPlant[]): { year: number | null; period?: string } {
  const years = plants.map((p) => p.source.year).filter((y): y is number => y !== null);
  if (years.length === 0) return { year: null };
  const lo = Math.min(...years), hi = Math.max(...years);
  return lo === hi ? { year: lo } : { year: hi, period: `${lo}–${hi}` };
}

function plantFact(ctx: PowerContext, value: number, unit: string, counted: readonly PowerPlant[], note: string): Fact {
  return {
    value,
    unit,
    ...yearsOf(counted),
    source: `${ctx.plants.dataset.name} (WRI, CC BY 4.0)`,
    sourceUrl: ctx.plants.dataset.url,
    quality: 'secondary',
    note,
  };
}

function nearestLarge(ix: PowerIndexes, lon: number, lat: number): NearbyPlant | null {
  const hit = ix.largeIndex.nearest(lon, lat, 1, MAX_SEARCH_KM)[0];
  if (!hit) return null;
  const p = ix.large[hit.index];
  return {
    name: p.name,
    capacityMw: p.capacityMw,
    fuel: p.fuel,
    fuelLabel: fuelLabel(p.fuel),
    commissioningYear: p.commissioningYear,
    owner: p.owner,
    distanceKm: roundKm(hit.distanceKm),
    source: p.source,
  };
}

function lineDistance(ctx: PowerContext, index: SegmentIndex, edges: SegmentIndex, kvLabel: string, lon: number, lat: number, regionCode: string | null): LineDistance {
  if (regionCode === null) return { distance: null, reason: 'outside the study area (no line data)' };
  if (!lineDataCovers(regionCode)) return { distance: null, reason: NO_LINE_DATA_REASON };
  // A line beyond the nearest area without data may not be the nearest line: stop the search there.
  const toNoData = edges.nearest(lon, lat, MAX_SEARCH_KM)?.distanceKm ?? Infinity;
  const hit = index.nearest(lon, lat, Math.min(toNoData, MAX_SEARCH_KM));
  if (!hit) {
    return {
      distance: null,
      reason:
        toNoData < MAX_SEARCH_KM
          ? `no line ${kvLabel} in the data nearer than the area with no line data, ${fmtKm(toNoData)} away, where a nearer line may run (${LINE_COVERAGE_TEXT})`
          : `no line ${kvLabel} within ${MAX_SEARCH_KM.toLocaleString('en-US')} km in the OpenStreetMap data`,
    };
  }
  const d = ctx.lines.dataset;
  const info = ctx.lines.segment(hit.index);
  const detail = [info.voltages, info.operator].filter(Boolean).join(', ');
  return {
    distance: {
      value: roundKm(hit.distanceKm),
      unit: 'km',
      year: d.year,
      source: `OpenStreetMap contributors, GridKit extraction (ODbL)`,
      sourceUrl: d.doi,
      quality: 'secondary',
      note: `Straight-line distance to the nearest mapped line ${kvLabel}${detail ? ` (${detail})` : ''}. OpenStreetMap as of ~${d.year}: lines built since, or never mapped, are missing.`,
    },
    line: { voltages: info.voltages, operator: info.operator, name: info.name },
  };
}

/** Nearby generation and lines at a point; `regionCode` is the region the point falls in (null outside). */
export function nearbyPower(ctx: PowerContext, lon: number, lat: number, regionCode: string | null): NearbyPower {
  const ix = indexes(ctx);
  const hits = ix.plants.within(lon, lat, NEARBY_RADIUS_KM);
  const counted = hits.map((h) => ctx.plants.plants[h.index]);
  const byFuel = new Map<string, { capacityMw: number; plants: number }>();
  let totalMw = 0;
  for (const p of counted) {
    const f = byFuel.get(p.fuel) ?? { capacityMw: 0, plants: 0 };
    f.capacityMw += p.capacityMw;
    f.plants++;
    byFuel.set(p.fuel, f);
    totalMw += p.capacityMw;
  }
  const firmMw = FIRM_LOW_CARBON_FUELS.reduce((s, f) => s + (byFuel.get(f)?.capacityMw ?? 0), 0);
  const mexicoNote = regionCode?.startsWith('MX-') ? ' GPPD lists 262 Mexican plants (7,030 MW) without a location: they are not counted.' : '';
  const capacityMw = plantFact(
    ctx,
    Math.round(totalMw),
    'MW',
    counted,
    `Installed capacity of the ${counted.length.toLocaleString('en-US')} plants GPPD lists within ${NEARBY_RADIUS_KM} km (capacity, not output or spare capacity).${mexicoNote}`,
  );
  return {
    radiusKm: NEARBY_RADIUS_KM,
    capacityMw,
    byFuel: [...byFuel]
      .map(([fuel, f]) => ({ fuel, label: fuelLabel(fuel), capacityMw: Math.round(f.capacityMw * 10) / 10, plants: f.plants }))
      .sort((a, b) => b.capacityMw - a.capacityMw || a.label.localeCompare(b.label)),
    firmLowCarbonSharePct:
      totalMw > 0
        ? plantFact(ctx, Math.round((1000 * firmMw) / totalMw) / 10, '%', counted, `Hydro, nuclear and geothermal MW as a share of all MW within ${NEARBY_RADIUS_KM} km. GPPD counts pumped storage as hydro.`)
        : null,
    nearestLargePlant: nearestLarge(ix, lon, lat),
    line230: lineDistance(ctx, ix.line230, ix.noDataEdges, '≥ 230 kV', lon, lat, regionCode),
    line345: lineDistance(ctx, ix.line345, ix.noDataEdges, '≥ 345 kV', lon, lat, regionCode),
  };
}
