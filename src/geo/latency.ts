// Estimated network round trip from a site to the nearest data-center market or IXP:
//   roundTripMs = 2 × greatCircleKm × routeFactor / fibreKmPerMs
// The route factor stands for fibre paths and routing that are longer than the great circle;
// the figures and their sources live in data/latency-model.csv. Propagation only: no switching,
// queuing or last-mile delay, so real round trips are higher, never lower, on average.
import { haversineKm } from './distance';

export interface LatencyModel {
  /** Effective path length / great-circle distance. */
  routeFactor: number;
  /** One-way propagation speed of light in fibre, km per ms. */
  fibreKmPerMs: number;
}

export function roundTripMs(greatCircleKm: number, model: LatencyModel): number {
  return (2 * greatCircleKm * model.routeFactor) / model.fibreKmPerMs;
}

export interface NamedPoint {
  id: string;
  lon: number;
  lat: number;
}

/** The nearest of a few points (markets, IXPs: under a hundred, so a scan is cheapest). */
export function nearestPoint<T extends NamedPoint>(points: readonly T[], lon: number, lat: number): { point: T; distanceKm: number } | null {
  let best: { point: T; distanceKm: number } | null = null;
  for (const point of points) {
    const distanceKm = haversineKm(lon, lat, point.lon, point.lat);
    if (!best || distanceKm < best.distanceKm) best = { point, distanceKm };
  }
  return best;
}
