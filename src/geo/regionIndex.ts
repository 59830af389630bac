// regionAt: a Flatbush index over every polygon's bounding box, then an exact
// point-in-polygon test on the few candidates, instead of scanning all ~100 regions.
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { pointInPolygonRings, polygonsOf } from './pointInPolygon';
import type { RegionHit, RegionProps } from './types';

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;

export interface RegionIndex {
  regionAt(lon: number, lat: number): RegionHit | null;
  readonly regions: readonly RegionProps[];
}

function ringBbox(ring: Position[]): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

export function createRegionIndex(features: readonly RegionFeature[]): RegionIndex {
  const parts: { rings: Position[][]; region: number }[] = [];
  features.forEach((f, region) => {
    for (const rings of polygonsOf(f.geometry)) if (rings.length > 0 && rings[0].length >= 4) parts.push({ rings, region });
  });
  const index = new Flatbush(Math.max(parts.length, 1));
  for (const p of parts) index.add(...ringBbox(p.rings[0]));
  if (parts.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  const regions = features.map((f) => f.properties);
  const hits: RegionHit[] = regions.map((r) => ({ country: r.country, code: r.code, name: r.name }));

  return {
    regions,
    regionAt(lon, lat) {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
      for (const i of index.search(lon, lat, lon, lat)) {
        const part = parts[i];
        if (part && pointInPolygonRings(lon, lat, part.rings)) return hits[part.region];
      }
      return null;
    },
  };
}
