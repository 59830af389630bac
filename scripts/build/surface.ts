// Packs per-cell layers into public/data/surface.json (meta) + surface.bin (little-endian arrays).
// Layout: Int16 region index per cell, then one Float32 array per layer, each 4-byte aligned.
import type { SurfaceMeta } from '../../src/data/surface';
import type { MultiPolygon, Polygon } from 'geojson';
import type { GridSpec } from '../../src/geo/grid';
import { cellEvaluationPoints } from '../../src/geo/landCell';
import type { RegionIndex } from '../../src/geo/regionIndex';
import type { SurfaceLayer } from './step';

export interface CellRegions {
  codes: string[];
  /** Index into `codes` per cell, −1 where the cell holds no land of US/CA/MX. */
  index: Int16Array;
  /** Where each cell is evaluated (cellEvaluationPoints: the centre, or the land point nearest it), [lon, lat] per cell; NaN at sea. */
  points: Float64Array;
}

/**
 * Region and evaluation point of every cell: a cell that holds land is evaluated at its centre when
 * the centre is on land, else at its land point nearest the centre (src/geo/landCell.ts), and takes
 * that point's region. The pipeline computes it once and hands it to every step that needs it.
 */
export function cellRegions(grid: GridSpec, regions: RegionIndex, geometries: readonly (Polygon | MultiPolygon)[]): CellRegions {
  const codes = regions.regions.map((r) => r.code).sort();
  const position = new Map(codes.map((c, i) => [c, i]));
  // Land is what a polygon contains: the 10 km snap of regionAt is for sites, not for sea cells.
  const points = cellEvaluationPoints(grid, (lon, lat) => regions.containingRegion(lon, lat), geometries);
  const index = new Int16Array(grid.cols * grid.rows).fill(-1);
  for (let cell = 0; cell < index.length; cell++) {
    const hit = regions.containingRegion(points[cell * 2], points[cell * 2 + 1]);
    if (hit) index[cell] = position.get(hit.code) ?? -1;
  }
  return { codes, index, points };
}

/** Evaluates fn at the evaluation point of every land cell (with the cell's region code); NaN elsewhere. Values rounded to 0.01 (stable bytes, better gzip). */
export function landLayer(regions: CellRegions, fn: (lon: number, lat: number, regionCode: string) => number): Float32Array {
  const out = new Float32Array(regions.index.length).fill(Number.NaN);
  for (let cell = 0; cell < out.length; cell++) {
    if (regions.index[cell] < 0) continue;
    const v = fn(regions.points[cell * 2], regions.points[cell * 2 + 1], regions.codes[regions.index[cell]]);
    out[cell] = Number.isFinite(v) ? Math.round(v * 100) / 100 : Number.NaN;
  }
  return out;
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;

export function encodeSurface(grid: GridSpec, regions: CellRegions, layers: readonly SurfaceLayer[]): { meta: SurfaceMeta; bin: Uint8Array } {
  const cells = grid.cols * grid.rows;
  let offset = align4(cells * 2);
  const variables = layers.map((l) => {
    if (l.values.length !== cells) throw new Error(`surface layer ${l.id}: ${l.values.length} values for ${cells} cells`);
    const v = { id: l.id, name: l.name, unit: l.unit, period: l.period, source: l.source, method: l.method, byteOffset: offset, length: cells };
    offset += cells * 4;
    return v;
  });
  const bin = new Uint8Array(offset);
  const view = new DataView(bin.buffer);
  regions.index.forEach((r, i) => view.setInt16(i * 2, r, true));
  layers.forEach((l, k) => l.values.forEach((x, i) => view.setFloat32(variables[k].byteOffset + i * 4, x, true)));
  const meta: SurfaceMeta = {
    version: 1,
    grid,
    regionCodes: regions.codes,
    regionIndex: { byteOffset: 0, length: cells },
    variables,
    byteLength: bin.byteLength,
  };
  return { meta, bin };
}
