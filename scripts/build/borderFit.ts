// Makes the Canadian and Mexican regions (Natural Earth admin-1) meet the US states (Census, via
// us-atlas) along the international borders, so that one boundary set covers the continent with no
// overlap and no gap on land:
//  - where Natural Earth's neighbour overlaps the Census US (Eagle Pass TX, San Luis AZ), the US wins;
//  - where Natural Earth's US reaches past the Census US into the neighbour (Agua Prieta), the
//    sliver between the two is land of the neighbour Natural Earth draws beside it, and joins it.
// Census is the finer source for the US, and its international line is the one kept. Slivers along
// the coast (Natural Earth's US coast drawn further out than Census') touch no neighbour and stay
// out: the 10 km snap in the region lookup assigns such points to the nearest state.
import * as turf from '@turf/turf';
import * as topojsonClient from 'topojson-client';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { createRegionIndex, type RegionFeature } from '../../src/geo/regionIndex';

/** A sliver vertex this close to a neighbour's edge lies on their shared (Natural Earth) border. */
const ON_BORDER_KM = 0.05;
/** Share of a sliver's vertices on a neighbour's border for it to be that neighbour's land. */
const MIN_ON_BORDER_SHARE = 0.25;
/**
 * Widest mean width (2 × area ÷ perimeter) of a land-border sliver. The two sources disagree on a
 * land line by a few hundred metres; wider pieces are water that Natural Earth's states include and
 * Census' exclude (the Great Lakes, the St. Lawrence), which must not join the neighbour.
 */
const MAX_SLIVER_WIDTH_KM = 1.5;

type Poly = Polygon | MultiPolygon;

function mergedOutline(features: readonly Feature<Poly>[]): MultiPolygon {
  const topo = topology({ all: { type: 'FeatureCollection', features: [...features] } as FeatureCollection }) as unknown as Topology;
  const obj = topo.objects.all as unknown as { geometries: Parameters<typeof topojsonClient.merge>[1] };
  return topojsonClient.merge(topo, obj.geometries);
}

function polygonsOfGeometry(g: Poly | null | undefined): Position[][][] {
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Drops rings too short to be rings (bboxClip leaves some along the box edge). */
function cleaned(g: Poly): Poly | null {
  const polys = polygonsOfGeometry(g)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  return toGeometry(polys);
}

function toGeometry(polys: Position[][][]): Poly | null {
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

export interface BorderFitReport {
  overlapsRemoved: string[];
  slivers: number;
  sliversJoined: Record<string, number>;
}

/**
 * `neighbours`: Canadian and Mexican regions; `usStates`: the Census states; `neUsStates`: Natural
 * Earth's own US states (the ones the neighbours were drawn against). Returns the neighbours fitted.
 */
export function fitNeighboursToUsBorder(neighbours: RegionFeature[], usStates: readonly Feature<Poly>[], neUsStates: readonly Feature<Poly>[]): { regions: RegionFeature[]; report: BorderFitReport } {
  const census = mergedOutline(usStates);
  const naturalEarthUs = mergedOutline(neUsStates);
  const gap = turf.difference(turf.featureCollection([turf.feature(naturalEarthUs), turf.feature(census)]));
  const slivers = polygonsOfGeometry(gap?.geometry as Poly | undefined);
  const index = createRegionIndex(neighbours);
  const joined = new Map<number, Position[][][]>();
  const report: BorderFitReport = { overlapsRemoved: [], slivers: slivers.length, sliversJoined: {} };
  for (const sliver of slivers) {
    const ring = sliver[0];
    const piece = turf.polygon(sliver);
    const widthKm = (2 * turf.area(piece)) / 1e6 / turf.length(turf.polygonToLine(piece) as Feature<never>, { units: 'kilometers' });
    if (widthKm > MAX_SLIVER_WIDTH_KM) continue;
    const votes = new Map<number, number>();
    for (const [lon, lat] of ring) {
      const hit = index.nearestRegion(lon, lat, ON_BORDER_KM);
      if (hit) votes.set(hit.index, (votes.get(hit.index) ?? 0) + 1);
    }
    const [best] = [...votes].sort((a, b) => b[1] - a[1]);
    if (!best || best[1] < MIN_ON_BORDER_SHARE * ring.length) continue;
    joined.set(best[0], [...(joined.get(best[0]) ?? []), sliver]);
    const code = neighbours[best[0]].properties.code;
    report.sliversJoined[code] = (report.sliversJoined[code] ?? 0) + 1;
  }
  const [cw, cs, ce, cn] = turf.bbox(census);
  const regions = neighbours.map((r, i): RegionFeature => {
    let geometry: Poly | null = r.geometry;
    const extra = joined.get(i);
    if (extra) geometry = turf.union(turf.featureCollection([turf.feature(geometry), turf.feature(toGeometry(extra)!)]))?.geometry as Poly;
    const [w, s, e, n] = turf.bbox(geometry);
    if (w > ce || e < cw || s > cn || n < cs) return { ...r, geometry };
    // Clip the US to this region's box first: the difference then works on a few border arcs.
    const usHere = cleaned(turf.bboxClip(turf.feature(census), [w - 0.01, s - 0.01, e + 0.01, n + 0.01]).geometry as Poly);
    if (!usHere) return { ...r, geometry };
    const fitted = turf.difference(turf.featureCollection([turf.feature(geometry), turf.feature(usHere)]));
    if (!fitted) throw new Error(`boundaries: ${r.properties.code} vanished when fitted to the US border`);
    if (turf.area(fitted) < turf.area(turf.feature(geometry)) - 1e4) report.overlapsRemoved.push(r.properties.code);
    return { ...r, geometry: fitted.geometry as Poly };
  });
  return { regions, report };
}
