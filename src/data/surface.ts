// public/data/surface.json + surface.bin: per-cell values on NORTH_AMERICA_GRID, precomputed by
// scripts/build-data. The .bin holds little-endian typed arrays: Int16 region index per cell
// (−1 = sea or outside US/CA/MX), then one Float32 array per variable (NaN = no data).
// Pure: the app, the CLI and the scoring worker decode the same bytes the same way.
import { cellIndexAt, type GridSpec } from '../geo/grid';

/** Variable ids in surface.json: written by scripts/build (climate, connectivity), read by the app and CLI. */
export const SURFACE_VARIABLE = {
  annualMeanC: 'annual_mean_temp_c',
  summerMaxC: 'summer_mean_max_c',
  cdd: 'cdd',
  nearestStationKm: 'nearest_station_km',
  latencyMs: 'latency_ms',
} as const;

export interface SurfaceVariableMeta {
  id: string;
  name: string;
  unit: string;
  /** Period or year of the inputs, as published (e.g. "2006–2020 (US); mixed elsewhere"). */
  period: string;
  source: string;
  method: string;
  byteOffset: number;
  /** Number of Float32 values (= cells). */
  length: number;
}

export interface SurfaceMeta {
  version: 1;
  grid: GridSpec;
  /** Region codes; the region index of a cell points into this list. */
  regionCodes: string[];
  regionIndex: { byteOffset: number; length: number };
  variables: SurfaceVariableMeta[];
  byteLength: number;
}

export interface Surface {
  meta: SurfaceMeta;
  regionIndex: Int16Array;
  values: Record<string, Float32Array>;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function floats(bytes: Uint8Array, byteOffset: number, length: number): Float32Array {
  const start = bytes.byteOffset + byteOffset;
  if (LITTLE_ENDIAN && start % 4 === 0) return new Float32Array(bytes.buffer, start, length);
  const view = new DataView(bytes.buffer, start, length * 4);
  return Float32Array.from({ length }, (_, i) => view.getFloat32(i * 4, true));
}

function int16s(bytes: Uint8Array, byteOffset: number, length: number): Int16Array {
  const start = bytes.byteOffset + byteOffset;
  if (LITTLE_ENDIAN && start % 2 === 0) return new Int16Array(bytes.buffer, start, length);
  const view = new DataView(bytes.buffer, start, length * 2);
  return Int16Array.from({ length }, (_, i) => view.getInt16(i * 2, true));
}

/** Views (no copy on little-endian hosts) of the arrays in surface.bin. */
export function decodeSurface(meta: SurfaceMeta, data: ArrayBuffer | Uint8Array): Surface {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength !== meta.byteLength) {
    throw new Error(`surface.bin: expected ${meta.byteLength} bytes, got ${bytes.byteLength} (stale or truncated file?)`);
  }
  const cells = meta.grid.cols * meta.grid.rows;
  const check = (what: string, length: number) => {
    if (length !== cells) throw new Error(`surface.json: ${what} has ${length} values for ${cells} cells`);
  };
  check('regionIndex', meta.regionIndex.length);
  const values: Record<string, Float32Array> = {};
  for (const v of meta.variables) {
    check(v.id, v.length);
    values[v.id] = floats(bytes, v.byteOffset, v.length);
  }
  return { meta, regionIndex: int16s(bytes, meta.regionIndex.byteOffset, meta.regionIndex.length), values };
}

/** The variable's value in the cell containing lon/lat; NaN outside the grid, at sea or with no data. */
export function sampleAt(surface: Surface, variableId: string, lon: number, lat: number): number {
  const arr = surface.values[variableId];
  if (!arr) throw new Error(`surface: unknown variable "${variableId}"`);
  const cell = cellIndexAt(surface.meta.grid, lon, lat);
  return cell < 0 ? Number.NaN : arr[cell];
}

/** Region code of the cell containing lon/lat (taken at the cell centre), or null. */
export function regionCodeAt(surface: Surface, lon: number, lat: number): string | null {
  const cell = cellIndexAt(surface.meta.grid, lon, lat);
  const r = cell < 0 ? -1 : surface.regionIndex[cell];
  return r >= 0 ? surface.meta.regionCodes[r] : null;
}

/** "2006-2020 ×5801, 1971-2000 ×21, …" → "2006-2020 (5,801 stations; 76 others mixed)": short enough for a legend. */
export function shortPeriod(period: string): string {
  // Called for every point query (three climate facts each): a handful of distinct periods, so the
  // split, regex and toLocaleString are done once per period, not 300,000 times for 100k sites.
  let short = shortPeriods.get(period);
  if (short === undefined) shortPeriods.set(period, (short = computeShortPeriod(period)));
  return short;
}

const shortPeriods = new Map<string, string>();

function computeShortPeriod(period: string): string {
  const parts = period.split(',').map((p) => /^\s*(.*?)\s*×(\d+)\s*$/.exec(p)).filter((m): m is RegExpExecArray => m !== null);
  if (parts.length === 0) return period;
  const [first, ...rest] = parts;
  const others = rest.reduce((n, m) => n + Number(m[2]), 0);
  return `${first[1]} (${Number(first[2]).toLocaleString('en-US')} stations${others ? `; ${others.toLocaleString('en-US')} others, mixed periods` : ''})`;
}
