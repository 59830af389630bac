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

export interface Interpolator {
  valueAt(lon: number, lat: number): number;
}

/**
 * The weights of the formula above for neighbours given by their distances, nearest first: the
 * k + 1 nearest within maxRadiusKm, or all there are. Returns one weight per neighbour that carries
 * weight (a prefix of the list; at a station, its co-located stations with equal weights); [] = no data.
 * The value is Σ w_i v_i / Σ w_i, summed in this order.
 */
export function shepardWeights(distancesKm: readonly number[], options: InterpolationOptions = DEFAULT_INTERPOLATION): number[] {
  const { k, power, maxRadiusKm } = options;
  if (distancesKm.length === 0) return [];
  // At a station (or several co-located ones, whose limit is their mean): its own value.
  if (distancesKm[0] < AT_STATION_KM) return distancesKm.filter((d) => d < AT_STATION_KM).map(() => 1);
  const radiusKm = distancesKm.length > k ? distancesKm[k] : maxRadiusKm;
  const weights: number[] = [];
  for (let i = 0; i < Math.min(k, distancesKm.length); i++) {
    const d = distancesKm[i];
    if (d >= radiusKm) break;
    weights.push(((radiusKm - d) / (radiusKm * d)) ** power);
  }
  return weights;
}

export function createInterpolator(stations: readonly StationValue[], options: InterpolationOptions = DEFAULT_INTERPOLATION): Interpolator {
  const usable = stations.filter((s) => Number.isFinite(s.value) && Number.isFinite(s.lon) && Number.isFinite(s.lat));
  const index: PointIndex = createPointIndex(usable);

  return {
    valueAt(lon, lat) {
      const hits = index.nearest(lon, lat, options.k + 1, options.maxRadiusKm);
      const weights = shepardWeights(hits.map((h) => h.distanceKm), options);
      if (weights.length === 0) return Number.NaN;
      let weighted = 0;
      let total = 0;
      weights.forEach((w, i) => {
        weighted += w * usable[hits[i].index].value;
        total += w;
      });
      return weighted / total;
    },
  };
}
