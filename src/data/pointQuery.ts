// The one point query: everything GridScout knows at a location, each value cited. The click
// card, the scoring model, the CLI and the exports all call this, so they show the same numbers.
import type { RegionIndex } from '../geo/regionIndex';
import { nearestPoint, roundTripMs } from '../geo/latency';
import type { ClimateStationPoint } from './climatePoints';
import { climateAt, climateFieldOf } from './climateField';
import type { Surface } from './surface';
import type { ConnectivityBundle, Fact, FactsBundle, PointFacts } from './types';

/**
 * A hub "applies" to a point in its own region, or else in the same country within this distance.
 * A proximity rule, not an ISO footprint: the card names the hub and its distance so users can judge.
 */
const WHOLESALE_HUB_MAX_KM = 300;

export interface QueryContext {
  regionIndex: RegionIndex;
  facts: FactsBundle;
  connectivity: ConnectivityBundle;
  surface: Surface;
  /** Climate stations: the point's climate is interpolated from them (src/data/climateField.ts). */
  stations: readonly ClimateStationPoint[];
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

  let wholesale: PointFacts['wholesale'] = null;
  if (region) {
    const sameRegion = ctx.facts.hubs.filter((h) => h.regionCode === region.code);
    const sameCountry = ctx.facts.hubs.filter((h) => (h.regionCode ?? '').startsWith(`${region.country}-`));
    const inRegion = nearestPoint(sameRegion, lon, lat);
    const nearby = nearestPoint(sameCountry, lon, lat);
    const near = inRegion ?? (nearby && nearby.distanceKm <= WHOLESALE_HUB_MAX_KM ? nearby : null);
    if (near) {
      const h = near.point;
      wholesale = { hubId: h.id, hubName: h.name, market: h.market, distanceKm: Math.round(near.distanceKm), price: h.price };
    }
  }

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
    carbon: facts?.carbon ?? null,
    carbonAlt: facts?.carbonAlt ?? null,
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
  };
}
