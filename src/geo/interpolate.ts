// Station normals → a value anywhere: inverse-distance weighting with Franke–Nielson's
// "modified Shepard" weights over the k nearest stations, by great-circle distance.
//
//   R   = distance to the (k+1)-th nearest station, capped at maxRadiusKm
//   w_i = ((R − d_i) / (R · d_i))^power   for the stations with d_i < R
//   v   = Σ w_i v_i / Σ w_i
//
// Why this form: plain k-nearest IDW jumps where the neighbour set changes; here a station's
// weight falls to zero exactly where it leaves the set, so the surface is continuous. It is a
// convex combination, so it never leaves the neighbours' range, and it returns the station's own
// value at a station. Beyond maxRadiusKm of every station the answer is NaN ("no data"), never
// an extrapolation.
//
// Limits (see docs/climate-method.md): no elevation or lapse-rate correction (mountains and
// Mexico's plateau are smoothed towards nearby valley/coast stations), no coastline or
// rain-shadow awareness, flat "bull's-eyes" around isolated stations, and the inputs mix normals
// periods (NOAA 2006–2020, ECCC 1971–2000/1981–2010/1991–2020, Mexican tables of unknown period)
// and are sparse in northern Canada and Mexico.
import { createPointIndex, type PointIndex } from './pointIndex';

export interface StationValue {
  lon: number;
  lat: number;
  value: number;
}

export interface InterpolationOptions {
  /** Neighbours that carry weight. */
  k: number;
  /** Inverse-distance exponent. */
  power: number;
  /** No station within this radius → NaN. */
  maxRadiusKm: number;
}

export const DEFAULT_INTERPOLATION: InterpolationOptions = { k: 8, power: 2, maxRadiusKm: 300 };

/** Distances below this are "at the station" (1 m). */
const AT_STATION_KM = 1e-3;

/** A station's share of an interpolated value: `index` into the stations given, `weight` normalised (Σ = 1). */
export interface StationWeight {
  index: number;
  distanceKm: number;
  weight: number;
}

export interface Interpolator {
  /** The interpolated value; NaN = no data. `accept` (index into the stations given) limits the stations that may take part. */
  valueAt(lon: number, lat: number, accept?: (index: number) => boolean): number;
  /** The stations behind valueAt and their weights, largest first; empty = no data. */
  weightsAt(lon: number, lat: number, accept?: (index: number) => boolean): StationWeight[];
}

export function createInterpolator(stations: readonly StationValue[], options: InterpolationOptions = DEFAULT_INTERPOLATION): Interpolator {
  /** Index into `stations` of each usable station. */
  const original: number[] = [];
  stations.forEach((s, i) => {
    if (Number.isFinite(s.value) && Number.isFinite(s.lon) && Number.isFinite(s.lat)) original.push(i);
  });
  const usable = original.map((i) => stations[i]);
  const index: PointIndex = createPointIndex(usable);
  const { k, power, maxRadiusKm } = options;

  /** Raw weights of the neighbours (indices into `usable`), or null = no data. */
  function raw(lon: number, lat: number, accept?: (index: number) => boolean): { i: number; d: number; w: number }[] | null {
    const hits = index.nearest(lon, lat, k + 1, maxRadiusKm, accept ? (u) => accept(original[u]) : undefined);
    if (hits.length === 0) return null;
    // At a station (or several co-located ones, whose limit is their mean): its own value.
    if (hits[0].distanceKm < AT_STATION_KM) return hits.filter((h) => h.distanceKm < AT_STATION_KM).map((h) => ({ i: h.index, d: h.distanceKm, w: 1 }));
    const radiusKm = hits.length > k ? hits[k].distanceKm : maxRadiusKm;
    const out: { i: number; d: number; w: number }[] = [];
    for (let j = 0; j < Math.min(k, hits.length); j++) {
      const d = hits[j].distanceKm;
      if (d >= radiusKm) break;
      out.push({ i: hits[j].index, d, w: ((radiusKm - d) / (radiusKm * d)) ** power });
    }
    return out.length > 0 ? out : null;
  }

  return {
    valueAt(lon, lat, accept) {
      const ws = raw(lon, lat, accept);
      if (!ws) return Number.NaN;
      let weighted = 0;
      let total = 0;
      for (const { i, w } of ws) {
        weighted += w * usable[i].value;
        total += w;
      }
      return weighted / total;
    },
    weightsAt(lon, lat, accept) {
      const ws = raw(lon, lat, accept);
      if (!ws) return [];
      const total = ws.reduce((t, x) => t + x.w, 0);
      return ws.map(({ i, d, w }) => ({ index: original[i], distanceKm: d, weight: w / total })).sort((a, b) => b.weight - a.weight || a.distanceKm - b.distanceKm);
    },
  };
}
