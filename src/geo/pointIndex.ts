// Great-circle radius and k-nearest queries over fixed points. Flatbush indexes the points in
// lon/lat degrees; a query searches the lon/lat box that encloses the spherical cap of the radius
// and keeps only candidates whose haversine distance is inside it, so results are exact
// (Flatbush's own `neighbors` ranks by planar degree distance, which is wrong at high latitude).
import Flatbush from 'flatbush';
import { EARTH_RADIUS_KM, haversineKm } from './distance';

export interface LonLat {
  lon: number;
  lat: number;
}

export interface PointHit {
  index: number;
  distanceKm: number;
}

export interface PointIndex {
  /** Every point within radiusKm, nearest first (ties by index, so results are deterministic). */
  within(lon: number, lat: number, radiusKm: number): PointHit[];
  /** Up to `count` nearest points within maxRadiusKm, nearest first. */
  nearest(lon: number, lat: number, count: number, maxRadiusKm: number): PointHit[];
}

const RAD = 180 / Math.PI;
/** Start of the expanding search; small enough to be cheap in the dense US station network. */
const FIRST_RADIUS_KM = 60;

export function createPointIndex(points: readonly LonLat[]): PointIndex {
  const index = new Flatbush(Math.max(points.length, 1));
  for (const p of points) index.add(p.lon, p.lat, p.lon, p.lat);
  if (points.length === 0) index.add(0, 0, 0, 0);
  index.finish();

  function candidates(lon: number, lat: number, radiusKm: number): number[] {
    const dLat = (radiusKm / EARTH_RADIUS_KM) * RAD;
    const south = lat - dLat;
    const north = lat + dLat;
    // The cap's lon half-width; the whole circle of longitude when the cap reaches a pole.
    const ratio = Math.sin(radiusKm / EARTH_RADIUS_KM) / Math.cos(lat / RAD);
    const dLon = north >= 90 || south <= -90 || ratio >= 1 ? 180 : Math.asin(ratio) * RAD;
    const west = lon - dLon;
    const east = lon + dLon;
    const found = index.search(west, south, east, north);
    // Boxes that cross the antimeridian are searched on the other side too.
    if (west < -180) found.push(...index.search(west + 360, south, 180, north));
    if (east > 180) found.push(...index.search(-180, south, east - 360, north));
    return found;
  }

  function within(lon: number, lat: number, radiusKm: number): PointHit[] {
    if (points.length === 0 || !Number.isFinite(lon) || !Number.isFinite(lat)) return [];
    const seen = new Set<number>();
    const hits: PointHit[] = [];
    for (const i of candidates(lon, lat, radiusKm)) {
      if (seen.has(i)) continue;
      seen.add(i);
      const p = points[i];
      const distanceKm = haversineKm(lon, lat, p.lon, p.lat);
      if (distanceKm <= radiusKm) hits.push({ index: i, distanceKm });
    }
    return hits.sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index);
  }

  return {
    within,
    nearest(lon, lat, count, maxRadiusKm) {
      // Grow the radius until it holds `count` points: all points inside a radius are found,
      // so the first `count` of them are the true nearest.
      for (let r = Math.min(FIRST_RADIUS_KM, maxRadiusKm); ; r = Math.min(r * 2, maxRadiusKm)) {
        const hits = within(lon, lat, r);
        if (hits.length >= count || r >= maxRadiusKm) return hits.slice(0, count);
      }
    },
  };
}
