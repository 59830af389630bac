// regionAt: a Flatbush index over every polygon's bounding box, then an exact
// point-in-polygon test on the few candidates, instead of scanning all ~100 regions.
// A point that no polygon contains (just offshore of the drawn coastline, on an islet the
// simplification dropped) is assigned to the nearest region within SNAP_MAX_KM, and the hit
// says how far outside it was, so the app can show it.
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { pointInPolygonRings, polygonsOf, ringBbox } from './pointInPolygon';
import type { RegionHit, RegionProps } from './types';

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;

/** How far outside every polygon a point may lie and still be assigned to the nearest region. */
export const SNAP_MAX_KM = 10;

export interface RegionIndex {
  /** The region containing the point, else the nearest within SNAP_MAX_KM (with `snapKm`), else null. */
  regionAt(lon: number, lat: number): RegionHit | null;
  /** Only the region whose polygon contains the point (no snapping). */
  containingRegion(lon: number, lat: number): RegionHit | null;
  /** The region whose outline passes nearest the point, within maxKm: its position in `regions` and the distance. */
  nearestRegion(lon: number, lat: number, maxKm: number): { index: number; distanceKm: number } | null;
  readonly regions: readonly RegionProps[];
}


/** km per degree of latitude, and of longitude at the equator (mean sphere). */
const KM_PER_DEG = 111.195;

/** Every ring edge, indexed, built on the first point that no polygon contains. */
interface EdgeIndex {
  index: Flatbush;
  /** x1, y1, x2, y2 per edge. */
  coords: Float64Array;
  region: Uint16Array;
}

function buildEdgeIndex(parts: readonly { rings: Position[][]; region: number }[]): EdgeIndex {
  let count = 0;
  for (const p of parts) for (const ring of p.rings) count += Math.max(ring.length - 1, 0);
  const coords = new Float64Array(count * 4);
  const region = new Uint16Array(count);
  const index = new Flatbush(Math.max(count, 1), 16, Float32Array);
  let k = 0;
  for (const p of parts) {
    for (const ring of p.rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1];
        const [x2, y2] = ring[i];
        coords.set([x1, y1, x2, y2], k * 4);
        region[k] = p.region;
        index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
        k++;
      }
    }
  }
  if (count === 0) index.add(0, 0, 0, 0);
  index.finish();
  return { index, coords, region };
}

/** Distance from a point to a segment in a local equirectangular frame (km); fine below ~50 km. */
function segmentDistanceKm(px: number, py: number, c: Float64Array, k: number, kmPerDegLon: number): number {
  const ax = (c[k] - px) * kmPerDegLon, ay = (c[k + 1] - py) * KM_PER_DEG;
  const bx = (c[k + 2] - px) * kmPerDegLon, by = (c[k + 3] - py) * KM_PER_DEG;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
  const x = ax + t * dx, y = ay + t * dy;
  return Math.sqrt(x * x + y * y);
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
  let edges: EdgeIndex | undefined;

  const containingRegion = (lon: number, lat: number): RegionHit | null => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    for (const i of index.search(lon, lat, lon, lat)) {
      const part = parts[i];
      if (part && pointInPolygonRings(lon, lat, part.rings)) return hits[part.region];
    }
    return null;
  };

  const nearestRegion = (lon: number, lat: number, maxKm: number): { index: number; distanceKm: number } | null => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 89) return null;
    edges ??= buildEdgeIndex(parts);
    const kmPerDegLon = KM_PER_DEG * Math.cos((lat * Math.PI) / 180);
    const dLat = maxKm / KM_PER_DEG, dLon = maxKm / kmPerDegLon;
    let best = Infinity, bestRegion = -1;
    for (const e of edges.index.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
      const d = segmentDistanceKm(lon, lat, edges.coords, e * 4, kmPerDegLon);
      if (d < best) {
        best = d;
        bestRegion = edges.region[e];
      }
    }
    return bestRegion < 0 || best > maxKm ? null : { index: bestRegion, distanceKm: best };
  };

  return {
    regions,
    containingRegion,
    nearestRegion,
    regionAt(lon, lat) {
      const inside = containingRegion(lon, lat);
      if (inside) return inside;
      const near = nearestRegion(lon, lat, SNAP_MAX_KM);
      // To 0.1 km, at least 0.1 so a snapped point never reads as "0.0 km outside".
      return near ? { ...hits[near.index], snapKm: Math.max(0.1, Math.round(near.distanceKm * 10) / 10) } : null;
    },
  };
}
