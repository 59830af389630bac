// The point-query facts that come from the power-market geography (grid-regions.json): the eGRID
// subregion's carbon rate, the wholesale hub of the market footprint that holds the point, and the
// flared gas of the shale play it sits in. Pure; pointQuery.ts composes these.
import { nearestPoint } from '../geo/latency';
import type { GridRegions } from './gridRegions';
import type { Fact, PointFacts, RegionFacts, WholesaleHub } from './types';

type Region = NonNullable<PointFacts['region']>;

export const NOT_IN_MARKET = 'Not in an organised wholesale market';

/** US: the subregion rate, with the state rate as a second opinion; elsewhere the regional rate. */
export function carbonAt(gr: GridRegions, region: Region | null, facts: RegionFacts | undefined, lon: number, lat: number): Pick<PointFacts, 'carbon' | 'carbonState' | 'gridSubregion'> {
  const regional = facts?.carbon ?? null;
  if (region?.country !== 'US') return { carbon: regional, carbonState: null, gridSubregion: null };
  const sub = gr.subregionAt(lon, lat);
  if (sub) return { carbon: sub.carbon, carbonState: regional, gridSubregion: { code: sub.code, name: sub.name } };
  // EPA's outlines leave slivers of coast uncovered: the state's own eGRID rate, said so.
  const carbon: Fact | null = regional && { ...regional, note: [regional.note, 'No eGRID subregion outline covers this point: state rate shown'].filter(Boolean).join('; ') };
  return { carbon, carbonState: null, gridSubregion: null };
}

/** Markets whose footprint holds the point: US ISO polygons; province- and country-wide markets by region. */
function hubsServing(gr: GridRegions, hubs: readonly WholesaleHub[], region: Region, lon: number, lat: number): { hubs: WholesaleHub[]; isoIds: string[] } {
  const isoIds = region.country === 'US' ? gr.isosAt(lon, lat).map((i) => i.id) : [];
  const serving = hubs.filter((h) => {
    const fp = gr.hubFootprint(h.id);
    if (!fp || fp.type === 'none') return false;
    if (fp.type === 'iso') return isoIds.includes(fp.footprint!);
    if (fp.type === 'region') return fp.footprint === region.code;
    return fp.footprint === region.country;
  });
  return { hubs: serving, isoIds };
}

export function wholesaleAt(gr: GridRegions, hubs: readonly WholesaleHub[], region: Region | null, lon: number, lat: number): Pick<PointFacts, 'wholesale' | 'wholesaleReason'> {
  if (!region) return { wholesale: null, wholesaleReason: null };
  const serving = hubsServing(gr, hubs, region, lon, lat);
  const near = nearestPoint(serving.hubs, lon, lat);
  if (near) {
    const h = near.point;
    const hubIso = gr.hubFootprint(h.id)?.footprint;
    const otherMarkets = serving.isoIds.filter((id) => id !== hubIso);
    const wholesale: NonNullable<PointFacts['wholesale']> = { hubId: h.id, hubName: h.name, market: h.market, distanceKm: Math.round(near.distanceKm), price: h.price };
    // CommonGrid's outlines overlap in places (4 % of US land cells): the nearest hub wins, the others are named.
    if (otherMarkets.length) wholesale.otherMarkets = otherMarkets;
    return { wholesale, wholesaleReason: null };
  }
  if (serving.isoIds.length) return { wholesale: null, wholesaleReason: `In ${serving.isoIds.join(' and ')}, but no hub price is in the data` };
  const where =
    region.country === 'US'
      ? 'vertically integrated utility territory; bilateral hubs such as Mid-C and Palo Verde are not a market a new load can join'
      : region.country === 'CA'
        ? 'in Canada only Alberta and Ontario run one'
        : 'no Mexican wholesale price in the data';
  return { wholesale: null, wholesaleReason: `${NOT_IN_MARKET} (${where})` };
}

export function flaredGasAt(gr: GridRegions, region: Region | null, lon: number, lat: number): Pick<PointFacts, 'flaredGas' | 'flaredGasReason'> {
  if (!region) return { flaredGas: null, flaredGasReason: null };
  // EIA's play map is the lower 48 only: elsewhere "no play here" is not known.
  if (region.country !== 'US' || region.code === 'US-AK' || region.code === 'US-HI' || region.code === 'US-PR') {
    return { flaredGas: null, flaredGasReason: 'EIA’s shale-play map covers the US lower 48 only: no data here' };
  }
  const plays = gr.playsAt(lon, lat);
  const counted = plays.filter((p) => p.flared && p.coveredRegions.includes(region.code)).sort((a, b) => b.flared!.value - a.flared!.value);
  if (counted.length) {
    const [top, ...rest] = counted;
    return { flaredGas: { play: top.play, basin: top.basin, volume: top.flared!, alsoIn: rest.map((p) => p.play) }, flaredGasReason: null };
  }
  if (plays.length === 0) return { flaredGas: null, flaredGasReason: 'Not in a flaring basin the Flaring Monitor covers' };
  const p = plays[0];
  const reason = p.flared
    ? `In the ${p.play} play (${p.basin} basin), but the Flaring Monitor counts its flares only in ${p.coveredRegions.map((c) => c.replace('US-', '')).join(' and ')}: no data here`
    : `In the ${p.play} play (${p.basin} basin), which the Flaring Monitor does not cover: no data`;
  return { flaredGas: null, flaredGasReason: reason };
}
