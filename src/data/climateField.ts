// Climate at any point, from the station table (public/data/climate-stations.json): the one
// interpolation behind the point card, the CLI, the exports and the build's climate surface, so a
// surface cell holds exactly the value a query at the point where the cell is evaluated returns.
//
// Rules (docs/methodology.md § Climate at a point):
// - Inverse-distance weighting of src/geo/interpolate.ts (k nearest, modified Shepard weights, no
//   data beyond DEFAULT_INTERPOLATION.maxRadiusKm).
// - Stations of the point's own side of the US–Mexico border only: a Mexican point takes its values
//   from Mexican stations, a US or Canadian point from US and Canadian stations. SMN normals carry no
//   degree days, so Mexican degree days are "no data", never borrowed from Texas or Arizona.
// - The nearest station (with any value) stands in for the site's elevation, which GridScout does
//   not know: only stations within MAX_ELEVATION_DIFF_M of its elevation take part, so a mountain
//   station never sets the value of a coastal town, and the answer is "no data" rather than a blend
//   across a mountain front. No lapse-rate or other elevation correction is applied.
import { DEFAULT_INTERPOLATION, shepardWeights, type InterpolationOptions } from '../geo/interpolate';
import { createPointIndex, type PointHit, type PointIndex } from '../geo/pointIndex';
import type { ClimateStationPoint } from './climatePoints';
import { weakestQuality } from './quality';
import type { Fact, PointFacts } from './types';

/** Stations whose elevation differs from the nearest station's by more than this take no part. */
export const MAX_ELEVATION_DIFF_M = 500;
/** The nearest station is named up to this distance, even where it is too far to give values. */
const NEAREST_STATION_MAX_KM = 2000;

export type ClimateVariable = 'annualMeanC' | 'summerMaxC' | 'cdd';
export const CLIMATE_VARIABLES: readonly ClimateVariable[] = ['annualMeanC', 'summerMaxC', 'cdd'];

const LABEL: Record<ClimateVariable, string> = {
  annualMeanC: 'an annual mean temperature',
  summerMaxC: 'a summer (Jun–Aug) mean daily maximum',
  cdd: 'cooling degree days',
};
const UNIT: Record<ClimateVariable, string> = { annualMeanC: '°C', summerMaxC: '°C', cdd: '°C·days' };

type Country = 'US' | 'CA' | 'MX';
/** Which stations a point of each country may use. */
type Side = 'MX' | 'USCA';
const sideOf = (country: Country): Side => (country === 'MX' ? 'MX' : 'USCA');

/** One station's part in a value at a point. */
export interface ClimateContribution {
  station: ClimateStationPoint;
  distanceKm: number;
  /** Share of the value, 0–1. */
  weight: number;
}

export type ClimateSample =
  | { value: number; contributions: ClimateContribution[] }
  | { value: null; reason: string };

export interface ClimateField {
  /** The nearest station with any value, on the point's side of the border (up to 2,000 km). */
  nearest(lon: number, lat: number, country: Country): { station: ClimateStationPoint; distanceKm: number } | null;
  /** The nearest station and all three variables, from one neighbour search. */
  sampleAll(lon: number, lat: number, country: Country): { nearest: { station: ClimateStationPoint; distanceKm: number } | null; samples: Record<ClimateVariable, ClimateSample> };
  sample(lon: number, lat: number, country: Country, variable: ClimateVariable): ClimateSample;
  /** sample's value, NaN = no data (for the build's surface layers). */
  valueAt(lon: number, lat: number, country: Country, variable: ClimateVariable): number;
}

interface SideIndex {
  stations: ClimateStationPoint[];
  index: PointIndex;
  has: Record<ClimateVariable, boolean>;
}

const hasAny = (s: ClimateStationPoint) => s.annualMeanC !== null || s.summerMaxC !== null || s.cdd !== null;
/** First radius of the neighbour search; doubled up to the interpolation radius (cheap in the dense US network). */
const FIRST_RADIUS_KM = 60;

export function createClimateField(all: readonly ClimateStationPoint[], options: InterpolationOptions = DEFAULT_INTERPOLATION): ClimateField {
  const sides = new Map<Side, SideIndex>();
  for (const side of ['MX', 'USCA'] as const) {
    const stations = all.filter((s) => hasAny(s) && sideOf(s.country) === side);
    const has = (v: ClimateVariable) => stations.some((s) => s[v] !== null);
    sides.set(side, { stations, index: createPointIndex(stations), has: { annualMeanC: has('annualMeanC'), summerMaxC: has('summerMaxC'), cdd: has('cdd') } });
  }
  const need = options.k + 1;

  const inBand = (s: ClimateStationPoint, ref: ClimateStationPoint) =>
    ref.elevationM === null || (s.elevationM !== null && Math.abs(s.elevationM - ref.elevationM) <= MAX_ELEVATION_DIFF_M);

  /** The k + 1 nearest stations with the variable in the reference's elevation band, nearest first. */
  function chosen(side: SideIndex, hits: readonly PointHit[], variable: ClimateVariable, ref: ClimateStationPoint): PointHit[] {
    const out: PointHit[] = [];
    for (const h of hits) {
      const s = side.stations[h.index];
      if (s[variable] !== null && inBand(s, ref) && out.push(h) >= need) break;
    }
    return out;
  }

  /**
   * Every station of the side within the smallest radius (60, 120, 240 … km, up to the interpolation
   * radius) that holds the k + 1 stations each variable needs: all a point's IDW can use.
   */
  function neighbours(side: SideIndex, lon: number, lat: number): PointHit[] {
    for (let r = Math.min(FIRST_RADIUS_KM, options.maxRadiusKm); ; r = Math.min(r * 2, options.maxRadiusKm)) {
      const hits = side.index.within(lon, lat, r);
      if (r >= options.maxRadiusKm) return hits;
      if (hits.length === 0) continue;
      const ref = side.stations[hits[0].index];
      if (CLIMATE_VARIABLES.every((v) => !side.has[v] || chosen(side, hits, v, ref).length >= need)) return hits;
    }
  }

  function nearestOf(side: SideIndex, lon: number, lat: number) {
    const hit = side.index.nearest(lon, lat, 1, NEAREST_STATION_MAX_KM)[0];
    return hit ? { station: side.stations[hit.index], distanceKm: hit.distanceKm } : null;
  }

  function sampleAll(lon: number, lat: number, country: Country) {
    const side = sides.get(sideOf(country)) as SideIndex;
    const hits = neighbours(side, lon, lat);
    const nearest = hits.length > 0 ? { station: side.stations[hits[0].index], distanceKm: hits[0].distanceKm } : nearestOf(side, lon, lat);
    const one = (variable: ClimateVariable): ClimateSample => {
      if (country === 'MX' && variable === 'cdd' && !side.has.cdd) {
        return { value: null, reason: "No data: Mexico's climate normals (SMN) publish no degree days, and degree days are not taken from stations across the border." };
      }
      if (hits.length === 0 || !nearest) {
        return { value: null, reason: `No data: no climate station within ${options.maxRadiusKm} km${country === 'MX' ? ' in Mexico' : ''}.` };
      }
      const ref = nearest.station;
      const picked = chosen(side, hits, variable, ref);
      const weights = shepardWeights(picked.map((h) => h.distanceKm), options);
      if (weights.length === 0) {
        const elevation = ref.elevationM === null ? '' : ` at an elevation within ${MAX_ELEVATION_DIFF_M} m of the nearest station (${ref.name}, ${Math.round(ref.elevationM)} m)`;
        return { value: null, reason: `No data: no station with ${LABEL[variable]} within ${options.maxRadiusKm} km${elevation}${country === 'MX' ? ' in Mexico' : ''}.` };
      }
      // Σ w_i v_i / Σ w_i in neighbour order, exactly as createInterpolator sums it.
      let weighted = 0;
      let total = 0;
      weights.forEach((w, i) => {
        weighted += w * (side.stations[picked[i].index][variable] as number);
        total += w;
      });
      const contributions = weights
        .map((w, i) => ({ station: side.stations[picked[i].index], distanceKm: picked[i].distanceKm, weight: w / total }))
        .sort((x, y) => y.weight - x.weight || x.distanceKm - y.distanceKm);
      return { value: weighted / total, contributions };
    };
    return { nearest, samples: { annualMeanC: one('annualMeanC'), summerMaxC: one('summerMaxC'), cdd: one('cdd') } };
  }

  return {
    nearest: (lon, lat, country) => sampleAll(lon, lat, country).nearest,
    sampleAll,
    sample: (lon, lat, country, variable) => sampleAll(lon, lat, country).samples[variable],
    valueAt(lon, lat, country, variable) {
      const s = sampleAll(lon, lat, country).samples[variable];
      return s.value === null ? Number.NaN : s.value;
    },
  };
}

const fields = new WeakMap<readonly ClimateStationPoint[], ClimateField>();

/** One field per station list (the point query runs for every site of an import). */
export function climateFieldOf(stations: readonly ClimateStationPoint[]): ClimateField {
  let field = fields.get(stations);
  if (!field) fields.set(stations, (field = createClimateField(stations)));
  return field;
}

const km = (d: number) => `${d < 10 ? d.toFixed(1) : Math.round(d)} km`;
const unique = (xs: string[]) => [...new Set(xs)];

function climateFact(s: ClimateSample & { value: number }, variable: ClimateVariable, nearest: { station: ClimateStationPoint; distanceKm: number }): Fact {
  const cs = s.contributions;
  const top = cs[0].station;
  // Stations under half a percent are counted, not named: the note names what sets the value.
  const named = cs.filter((c, i) => i < 3 && (i === 0 || c.weight >= 0.005));
  const rest = cs.length - named.length;
  const restPct = Math.round((1 - named.reduce((t, c) => t + c.weight, 0)) * 100);
  const others = rest === 0 ? '' : `; ${rest} more ${rest === 1 ? 'station' : 'stations'} ${restPct < 1 ? 'under 1 %' : `${restPct} %`} together`;
  const how =
    cs.length === 1
      ? `Value of the station ${top.name}, ${km(cs[0].distanceKm)} away.`
      : `Interpolated at this point between ${cs.length} stations (inverse-distance weights): ${named.map((c) => `${c.station.name} ${km(c.distanceKm)} (${Math.round(c.weight * 100)} %)`).join(', ')}${others}.`;
  const bases = unique(cs.map((c) => (c.station.cddBaseC === null ? '' : `${c.station.cddBaseC} °C`)).filter(Boolean));
  const base = variable === 'cdd' ? ` Degree days above ${bases.join(' and ')}${bases.length > 1 ? ' (bases as each network publishes them)' : ''}.` : '';
  const elevation = nearest.station.elevationM === null ? '' : `, ${Math.round(nearest.station.elevationM)} m`;
  return {
    value: Math.round(s.value * 10) / 10,
    unit: UNIT[variable],
    year: null,
    period: unique(cs.map((c) => c.station.period)).join(', '),
    source: unique(cs.map((c) => c.station.source)).join('; '),
    sourceUrl: top.sourceUrl,
    quality: weakestQuality(...cs.map((c) => c.station.quality)),
    note: `${how}${base} Nearest station: ${nearest.station.name}, ${km(nearest.distanceKm)}${elevation}. Only stations within ${MAX_ELEVATION_DIFF_M} m of its elevation are used; no elevation correction.`,
  };
}

/** The climate facts of PointFacts at a point of `country`. */
export function climateAt(field: ClimateField, lon: number, lat: number, country: Country): PointFacts['climate'] {
  const { nearest, samples } = field.sampleAll(lon, lat, country);
  const noDataReason: NonNullable<PointFacts['climate']['noDataReason']> = {};
  const fact = (variable: ClimateVariable): Fact | null => {
    const s = samples[variable];
    if (s.value === null || !nearest) {
      noDataReason[variable] = s.value === null ? s.reason : 'No data: no climate station nearby.';
      return null;
    }
    return climateFact(s, variable, nearest);
  };
  return {
    annualMeanC: fact('annualMeanC'),
    summerMaxC: fact('summerMaxC'),
    cdd: fact('cdd'),
    nearestStation: nearest ? { id: nearest.station.id, name: nearest.station.name, distanceKm: Math.round(nearest.distanceKm) } : null,
    noDataReason,
  };
}
