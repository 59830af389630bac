// Where a surface cell is evaluated: its centre when the centre is on land, else the land point of
// the cell nearest its centre, so a coastal cell whose centre is at sea still carries the values
// of the land it contains. "Land" is whatever `isLand` says (in the build: inside a region polygon).
// The search is a lattice of sub-cell centres (LAND_LATTICE² on the 0.4° grid, 4 × 4 on the 0.1° one: ≈2–3 km apart);
// land smaller than that between lattice points can be missed, and such a cell stays a sea cell.
import type { MultiPolygon, Polygon } from 'geojson';
import { haversineKm } from './distance';
import { cellBounds, cellCenter, cellIndexAt, type GridSpec } from './grid';
import { polygonsOf } from './pointInPolygon';

export const LAND_LATTICE = 16;

/**
 * Cells a polygon edge passes through (1) or not (0). A cell no edge touches lies wholly inside or
 * wholly outside every polygon, so its centre decides and the lattice search can be skipped.
 * Edges are walked in steps of an eighth of the smallest cell height.
 */
export function boundaryCells(grid: GridSpec, geometries: readonly (Polygon | MultiPolygon)[]): Uint8Array {
  const out = new Uint8Array(grid.cols * grid.rows);
  const [, south, , north] = cellBounds(grid, 0); // the top row has the smallest cells in degrees
  const step = Math.min(grid.cellDegLon, north - south) / 8;
  const mark = (lon: number, lat: number) => {
    const cell = cellIndexAt(grid, lon, lat);
    if (cell >= 0) out[cell] = 1;
  };
  for (const g of geometries) {
    for (const rings of polygonsOf(g)) {
      for (const ring of rings) {
        for (let i = 1; i < ring.length; i++) {
          const [x0, y0] = ring[i - 1];
          const [x1, y1] = ring[i];
          const n = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) / step));
          for (let s = 0; s <= n; s++) mark(x0 + ((x1 - x0) * s) / n, y0 + ((y1 - y0) * s) / n);
        }
      }
    }
  }
  return out;
}

export function cellLandPoint(
  grid: GridSpec,
  cell: number,
  isLand: (lon: number, lat: number) => boolean,
  /** From boundaryCells: when given, a cell no edge touches is decided by its centre alone. */
  edgeCells?: Uint8Array,
  lattice = LAND_LATTICE,
): [lon: number, lat: number] | null {
  const [clon, clat] = cellCenter(grid, cell);
  if (isLand(clon, clat)) return [clon, clat];
  if (edgeCells && !edgeCells[cell]) return null;
  const [west, south, east, north] = cellBounds(grid, cell);
  // Lattice points nearest the centre first (ties in lattice order), so the first land hit wins.
  const points: { lon: number; lat: number; km: number }[] = [];
  for (let j = 0; j < lattice; j++) {
    const lat = north - ((j + 0.5) / lattice) * (north - south);
    for (let i = 0; i < lattice; i++) {
      const lon = west + ((i + 0.5) / lattice) * (east - west);
      points.push({ lon, lat, km: haversineKm(clon, clat, lon, lat) });
    }
  }
  points.sort((a, b) => a.km - b.km);
  for (const p of points) if (isLand(p.lon, p.lat)) return [p.lon, p.lat];
  return null;
}

/**
 * Every cell's evaluation point as [lon0, lat0, lon1, lat1, …] (NaN, NaN for a cell without land):
 * cellLandPoint with land = inside a region of `regions`, edges from the same regions' polygons.
 */
export function cellEvaluationPoints(grid: GridSpec, regionAt: (lon: number, lat: number) => unknown, geometries: readonly (Polygon | MultiPolygon)[], opts: { lattice?: number; rows?: readonly number[] } = {}): Float64Array {
  const edges = boundaryCells(grid, geometries);
  const isLand = (lon: number, lat: number) => regionAt(lon, lat) !== null;
  const out = new Float64Array(grid.cols * grid.rows * 2).fill(Number.NaN);
  // `rows`: only these rows (a test's sample of a large grid); the others stay NaN.
  const cells = opts.rows ? opts.rows.flatMap((r) => Array.from({ length: grid.cols }, (_, c) => r * grid.cols + c)) : null;
  const count = cells ? cells.length : grid.cols * grid.rows;
  for (let k = 0; k < count; k++) {
    const cell = cells ? cells[k] : k;
    const p = cellLandPoint(grid, cell, isLand, edges, opts.lattice);
    if (p) [out[cell * 2], out[cell * 2 + 1]] = p;
  }
  return out;
}
