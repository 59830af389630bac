// public/data/lines.json: OpenStreetMap high-voltage lines and stations (GridKit extraction, ~2016)
// for Canada, Mexico and the US Midwest, Northeast and South, plus the polygons of the states with
// no line data. Coordinates are quantised to 10⁻⁴° (~11 m) and stored flat; names and operators
// through lookup tables. Written by scripts/build/power.ts.
import type { MultiPolygon } from 'geojson';

/** Voltage classes, highest first; a line carrying several circuits is classed by its highest voltage. */
export const VOLTAGE_CLASSES = [
  { id: 'kv500', label: '≥ 500 kV', minKv: 500 },
  { id: 'kv345', label: '345–499 kV', minKv: 345 },
  { id: 'kv230', label: '230–344 kV', minKv: 230 },
  { id: 'kvLow', label: '< 230 kV', minKv: 1 },
  { id: 'kvUnknown', label: 'voltage not given', minKv: 0 },
] as const;

export type VoltageClassId = (typeof VOLTAGE_CLASSES)[number]['id'];

/** The class of a line or station by its highest voltage in kV (0 = not given). */
export function voltageClass(maxKv: number): VoltageClassId {
  for (const c of VOLTAGE_CLASSES) if (maxKv >= c.minKv) return c.id;
  return 'kvUnknown';
}

export interface LinesDataset {
  name: string;
  url: string;
  doi: string;
  attribution: string;
  licence: string;
  licenceUrl: string;
  /** OSM snapshot year. */
  year: number;
}

export interface TransmissionLinesFile {
  dataset: LinesDataset;
  /** Lookup tables: voltage lists ("345;138" kV), operators and names. Index 0 of each is "" (none). */
  voltageSets: string[];
  operators: string[];
  names: string[];
  segments: {
    /** lon1, lat1, lon2, lat2 × 10⁴ per segment. */
    coords: number[];
    /** Highest voltage, kV; 0 where OSM gives none. */
    maxKv: number[];
    voltages: number[];
    operator: number[];
    name: number[];
  };
  stations: {
    /** lon, lat × 10⁴ per station. */
    coords: number[];
    /** 's' substation, 't' station, one character each. */
    kind: string;
    voltages: number[];
    operator: number[];
    name: number[];
  };
  /** The states with no line data: their codes, names and polygons (× 10³, closed rings, flat x,y). */
  noData: { regions: { code: string; name: string }[]; polygons: number[][][]; reason: string };
}

export interface LineSegmentInfo {
  maxKv: number;
  /** The voltages OSM lists for the line, highest first, e.g. "345 / 138 kV"; "" when none. */
  voltages: string;
  operator: string;
  name: string;
}

export interface TransmissionLines {
  dataset: LinesDataset;
  segmentCount: number;
  /** Degrees: lon1, lat1, lon2, lat2 per segment. */
  coords: Float64Array;
  maxKv: Int16Array;
  segment(i: number): LineSegmentInfo;
  stations: { lon: number; lat: number; kind: 'substation' | 'station'; voltages: string; operator: string; name: string }[];
  noData: { regions: { code: string; name: string }[]; geometry: MultiPolygon; reason: string };
}

const kvText = (set: string) => (set ? `${set.split(';').join(' / ')} kV` : '');

export function decodeTransmissionLines(file: TransmissionLinesFile): TransmissionLines {
  const s = file.segments;
  const n = s.maxKv.length;
  if (s.coords.length !== 4 * n || s.voltages.length !== n || s.operator.length !== n || s.name.length !== n) throw new Error('lines.json: segment columns differ in length');
  const coords = Float64Array.from(s.coords, (v) => v / 1e4);
  const st = file.stations;
  const stations = Array.from({ length: st.kind.length }, (_, i) => ({
    lon: st.coords[2 * i] / 1e4,
    lat: st.coords[2 * i + 1] / 1e4,
    kind: st.kind[i] === 's' ? ('substation' as const) : ('station' as const),
    voltages: kvText(file.voltageSets[st.voltages[i]] ?? ''),
    operator: file.operators[st.operator[i]] ?? '',
    name: file.names[st.name[i]] ?? '',
  }));
  return {
    dataset: file.dataset,
    segmentCount: n,
    coords,
    maxKv: Int16Array.from(s.maxKv),
    segment: (i) => ({
      maxKv: s.maxKv[i],
      voltages: kvText(file.voltageSets[s.voltages[i]] ?? ''),
      operator: file.operators[s.operator[i]] ?? '',
      name: file.names[s.name[i]] ?? '',
    }),
    stations,
    noData: {
      regions: file.noData.regions,
      reason: file.noData.reason,
      geometry: {
        type: 'MultiPolygon',
        coordinates: file.noData.polygons.map((rings) => rings.map((flat) => Array.from({ length: flat.length / 2 }, (_, k) => [flat[2 * k] / 1e3, flat[2 * k + 1] / 1e3]))),
      },
    },
  };
}
