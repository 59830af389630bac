// Nearest straight segment (lon/lat) to a point, in great-circle km. Flatbush indexes each
// segment's box; a query searches the box enclosing the spherical cap of a growing radius, so every
// segment that passes within the radius is a candidate (its closest point lies in the cap, hence in
// the box). On each candidate the closest point is found in a flat projection centred on the query
// point and its distance taken by haversine: exact at the ends, and within a fraction of a percent
// along segments of a few km, which is what the line files hold.
import Flatbush from 'flatbush';
import { EARTH_RADIUS_KM, haversineKm } from './distance';

export interface SegmentHit {
  index: number;
  distanceKm: number;
}

export interface SegmentIndex {
  /** The nearest segment within maxKm, or null when none is that close. */
  nearest(lon: number, lat: number, maxKm: number): SegmentHit | null;
}

const RAD = 180 / Math.PI;
const FIRST_RADIUS_KM = 8;

/** `coords`: lon1, lat1, lon2, lat2 per segment; only segments with keep(i) are indexed. */
export function createSegmentIndex(coords: ArrayLike<number>, keep: (i: number) => boolean = () => true): SegmentIndex {
  const ids: number[] = [];
  for (let i = 0; i < coords.length / 4; i++) if (keep(i)) ids.push(i);
  const index = new Flatbush(Math.max(ids.length, 1));
  for (const i of ids) {
    const x1 = coords[4 * i], y1 = coords[4 * i + 1], x2 = coords[4 * i + 2], y2 = coords[4 * i + 3];
    index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  }
  if (ids.length === 0) index.add(0, 0, 0, 0);
  index.finish();

  function distanceKm(i: number, lon: number, lat: number, kx: number): number {
    const x1 = coords[4 * i], y1 = coords[4 * i + 1], x2 = coords[4 * i + 2], y2 = coords[4 * i + 3];
    // Flat coordinates (degrees of latitude) around the query point.
    const ax = (x1 - lon) * kx, ay = y1 - lat, bx = (x2 - lon) * kx, by = y2 - lat;
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    return haversineKm(lon, lat, x1 + t * (x2 - x1), y1 + t * (y2 - y1));
  }

  function bestWithin(lon: number, lat: number, radiusKm: number): SegmentHit | null {
    const dLat = (radiusKm / EARTH_RADIUS_KM) * RAD;
    const ratio = Math.sin(radiusKm / EARTH_RADIUS_KM) / Math.cos(lat / RAD);
    const dLon = lat + dLat >= 90 || ratio >= 1 ? 180 : Math.asin(ratio) * RAD;
    const kx = Math.cos(lat / RAD);
    let best: SegmentHit | null = null;
    for (const k of index.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
      const i = ids[k];
      if (i === undefined) continue;
      const d = distanceKm(i, lon, lat, kx);
      if (d <= radiusKm && (!best || d < best.distanceKm || (d === best.distanceKm && i < best.index))) best = { index: i, distanceKm: d };
    }
    return best;
  }

  return {
    nearest(lon, lat, maxKm) {
      if (ids.length === 0 || !Number.isFinite(lon) || !Number.isFinite(lat) || !(maxKm > 0)) return null;
      for (let r = Math.min(FIRST_RADIUS_KM, maxKm); ; r = Math.min(r * 2, maxKm)) {
        const hit = bestWithin(lon, lat, r);
        if (hit || r >= maxKm) return hit;
      }
    },
  };
}
