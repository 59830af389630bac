// The one point query: everything GridScout knows at a location, each value cited. The click
// card, the scoring model, the CLI and the exports all call this, so they show the same numbers.
import type { RegionIndex } from '../geo/regionIndex';
import { createPointIndex, type PointIndex } from '../geo/pointIndex';
import { nearestPoint, roundTripMs } from '../geo/latency';
import { queryAreas, type AreaIndexes } from './areaFacts';
import type { ClimateStationPoint } from './climatePoints';
import { nearbyPower, type PowerContext } from './nearbyPower';
import { carbonAt, flaredGasAt, wholesaleAt } from './gridFacts';
import type { GridRegions } from './gridRegions';
import { SURFACE_VARIABLE, sampleAt, shortPeriod, type Surface } from './surface';
import type { ConnectivityBundle, Fact, FactsBundle, PointFacts } from './types';

export interface QueryContext {
  regionIndex: RegionIndex;
  facts: FactsBundle;
  connectivity: ConnectivityBundle;
  surface: Surface;
  /** eGRID subregions, ISO footprints and shale plays (grid-regions.json): carbon, hub and flared gas by place. */
  gridRegions: GridRegions;
  /** Climate stations, for naming the nearest one (optional: the values come from the surface). */
  stations?: readonly ClimateStationPoint[];
  /** Power plants and lines, for the nearby-power facts (optional: loaded lazily, not scored). */
  power?: PowerContext;
  /** Counties and utility territories (optional: loaded lazily; without them the facts have no `areas`). */
  areas?: AreaIndexes;
}

const stationIndexes = new WeakMap<readonly ClimateStationPoint[], PointIndex>();

function climateFact(ctx: QueryContext, variableId: string, lon: number, lat: number, unit: string): Fact | null {
  const value = sampleAt(ctx.surface, variableId, lon, lat);
  if (!Number.isFinite(value)) return null;
  const meta = ctx.surface.meta.variables.find((v) => v.id === variableId);
  return {
    value: Math.round(value * 10) / 10,
    unit,
    year: null,
    period: meta ? shortPeriod(meta.period) : 'normals',
    source: meta?.source ?? 'GridScout climate surface',
    sourceUrl: 'https://www.ncei.noaa.gov/products/land-based-station/us-climate-normals',
    quality: 'secondary',
    note: meta ? `Interpolated between stations (${meta.method}). Value of the ~30 km grid cell.` : undefined,
  };
}

function nearestStation(ctx: QueryContext, lon: number, lat: number): PointFacts['climate']['nearestStation'] {
  const stations = ctx.stations;
  if (!stations || stations.length === 0) return null;
  let index = stationIndexes.get(stations);
  if (!index) {
    index = createPointIndex(stations);
    stationIndexes.set(stations, index);
  }
  const hit = index.nearest(lon, lat, 1, 2000)[0];
  if (!hit) return null;
  const s = stations[hit.index];
  return { id: s.id, name: s.name, distanceKm: Math.round(hit.distanceKm) };
}

function latencyFact(ctx: QueryContext, km: number, to: string): Fact {
  const model = ctx.connectivity.latencyModel;
  return {
    value: Math.round(roundTripMs(km, model) * 10) / 10,
    unit: 'ms',
    year: null,
    source: model.source,
    sourceUrl: model.sourceUrl,
    quality: 'secondary',
    note: `Estimated round trip to ${to} (${Math.round(km)} km): 2 × distance × ${model.routeFactor} ÷ ${model.fibreKmPerMs} km/ms.`,
  };
}

export function queryPoint(ctx: QueryContext, lon: number, lat: number): PointFacts {
  const region = ctx.regionIndex.regionAt(lon, lat);
  const facts = region ? ctx.facts.regions[region.code] : undefined;

  const gr = ctx.gridRegions;
  const { wholesale, wholesaleReason } = wholesaleAt(gr, ctx.facts.hubs, region, lon, lat);
  const { carbon, carbonState, gridSubregion } = carbonAt(gr, region, facts, lon, lat);

  const market = nearestPoint(ctx.connectivity.markets, lon, lat);
  const ixp = nearestPoint(ctx.connectivity.ixps, lon, lat);
  const closest = [market, ixp].filter((x) => x !== null).sort((a, b) => a.distanceKm - b.distanceKm)[0];

  const incentives = facts?.incentives ?? [];
  return {
    lon,
    lat,
    region,
    retailPrice: facts?.retailIndustrial ?? null,
    retailCommercial: facts?.retailCommercial ?? null,
    wholesale,
    wholesaleReason,
    carbon,
    carbonAlt: facts?.carbonAlt ?? null,
    carbonState,
    gridSubregion,
    ...flaredGasAt(gr, region, lon, lat),
    climate: region
      ? {
          annualMeanC: climateFact(ctx, SURFACE_VARIABLE.annualMeanC, lon, lat, '°C'),
          summerMaxC: climateFact(ctx, SURFACE_VARIABLE.summerMaxC, lon, lat, '°C'),
          cdd: climateFact(ctx, SURFACE_VARIABLE.cdd, lon, lat, '°C·days'),
          nearestStation: nearestStation(ctx, lon, lat),
        }
      : { annualMeanC: null, summerMaxC: null, cdd: null, nearestStation: null },
    landValue: facts?.landValue ?? null,
    latency: {
      roundTripMs: closest ? latencyFact(ctx, closest.distanceKm, closest.point.name) : null,
      nearestMarket: market ? { id: market.point.id, name: market.point.name, distanceKm: Math.round(market.distanceKm) } : null,
      nearestIxp: ixp ? { id: ixp.point.id, name: ixp.point.name, distanceKm: Math.round(ixp.distanceKm) } : null,
    },
    incentives,
    miningRestrictions: incentives.filter((r) => r.restrictsMining),
    ...(ctx.power ? { power: nearbyPower(ctx.power, lon, lat, region?.code ?? null) } : {}),
    ...(ctx.areas ? { areas: queryAreas(ctx.areas, lon, lat) } : {}),
  };
}
