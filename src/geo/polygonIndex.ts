// Which of a set of (multi)polygons contain a point: a Flatbush index over every polygon's bounding
// box, then the exact ring test on the few candidates (as regionIndex does for the boundaries).
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInPolygonRings, polygonsOf, ringBbox } from './pointInPolygon';

export interface PolygonIndex {
  /** Indexes (into the input array, ascending) of every shape containing the point. */
  allAt(lon: number, lat: number): number[];
  /** The lowest index of a shape containing the point, or -1. */
  firstAt(lon: number, lat: number): number;
}


export function createPolygonIndex(shapes: readonly (Polygon | MultiPolygon | null)[]): PolygonIndex {
  const parts: { rings: Position[][]; shape: number }[] = [];
  shapes.forEach((g, shape) => {
    if (g) for (const rings of polygonsOf(g)) if (rings.length > 0 && rings[0].length >= 4) parts.push({ rings, shape });
  });
  const index = new Flatbush(Math.max(parts.length, 1));
  for (const p of parts) index.add(...ringBbox(p.rings[0]));
  if (parts.length === 0) index.add(0, 0, 0, 0);
  index.finish();

  const allAt = (lon: number, lat: number): number[] => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return [];
    const hits = new Set<number>();
    for (const i of index.search(lon, lat, lon, lat)) {
      const part = parts[i];
      if (part && !hits.has(part.shape) && pointInPolygonRings(lon, lat, part.rings)) hits.add(part.shape);
    }
    return [...hits].sort((a, b) => a - b);
  };
  return {
    allAt,
    firstAt(lon, lat) {
      const all = allAt(lon, lat);
      return all.length ? all[0] : -1;
    },
  };
}

/** Approximate area in km² (equirectangular per ring, holes subtracted): enough to rank footprints by size. */
export function approxAreaKm2(g: Polygon | MultiPolygon): number {
  const KM_PER_DEG = 111.32;
  let total = 0;
  for (const rings of polygonsOf(g)) {
    rings.forEach((ring, r) => {
      let a = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const k = Math.cos((((ring[i][1] + ring[j][1]) / 2) * Math.PI) / 180);
        a += (ring[j][0] * k - ring[i][0] * k) * (ring[j][1] + ring[i][1]);
      }
      const km2 = (Math.abs(a) / 2) * KM_PER_DEG * KM_PER_DEG;
      total += r === 0 ? km2 : -km2;
    });
  }
  return Math.max(total, 0);
}
