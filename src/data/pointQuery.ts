// The one point query: everything GridScout knows at a location, each value cited. The click
// card, the scoring model, the CLI and the exports all call this, so they show the same numbers.
import type { RegionIndex } from '../geo/regionIndex';
import { nearestPoint, roundTripMs } from '../geo/latency';
import { queryAreas, type AreaIndexes } from './areaFacts';
import type { ClimateStationPoint } from './climatePoints';
import { nearbyPower, type PowerContext } from './nearbyPower';
import { carbonAt, flaredGasAt, wholesaleAt } from './gridFacts';
import type { GridRegions } from './gridRegions';
import { climateAt, climateFieldOf } from './climateField';
import type { Surface } from './surface';
import type { ConnectivityBundle, Fact, FactsBundle, PointFacts } from './types';

export interface QueryContext {
  regionIndex: RegionIndex;
  facts: FactsBundle;
  connectivity: ConnectivityBundle;
  surface: Surface;
  /** eGRID subregions, ISO footprints and shale plays (grid-regions.json): carbon, hub and flared gas by place. */
  gridRegions: GridRegions;
  /** Climate stations: the point's climate is interpolated from them (src/data/climateField.ts). */
  stations: readonly ClimateStationPoint[];
  /** Power plants and lines, for the nearby-power facts (optional: loaded lazily). */
  power?: PowerContext;
  /** Counties and utility territories (optional: loaded lazily; without them the facts have no `areas`). */
  areas?: AreaIndexes;
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
      ? climateAt(climateFieldOf(ctx.stations), lon, lat, region.country)
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
