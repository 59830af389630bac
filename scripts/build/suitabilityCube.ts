// The suitability surface's inputs on the 0.1° grid (src/scoring/suitabilityCube.ts): every land
// cell's criterion values from the very point query a click at the cell's evaluation point runs
// (its centre, or where the centre is at sea the land point of the cell nearest it), quantised to
// 16 bits per value. ~490,000 land cells × 68 µs per query: about half a minute, run by hand.
import type { MultiPolygon, Polygon } from 'geojson';
import { queryPoint, type QueryContext } from '../../src/data/pointQuery';
import { SUITABILITY_GRID, SUITABILITY_LAND_LATTICE, type GridSpec } from '../../src/geo/grid';
import { cellEvaluationPoints } from '../../src/geo/landCell';
import type { BatchColumns } from '../../src/scoring/batch';
import { CRITERIA, CRITERION_IDS } from '../../src/scoring/criteria';
import { quantise, quantStep, type CubeColumnId, type CubeColumnMeta, type SuitabilityCubeMeta } from '../../src/scoring/suitabilityCube';
import { surfaceColumnsFromFacts } from './surfaceColumns';


const COLUMN_UNITS: Record<CubeColumnId, string> = {
  ...(Object.fromEntries(CRITERION_IDS.map((id) => [id, CRITERIA[id].unit])) as Record<(typeof CRITERION_IDS)[number], string>),
  summerMaxC: '°C',
  annualMeanC: '°C',
};

export interface CubeOptions {
  /** Only these grid rows (a test's sample); the other rows hold no land. */
  rows?: readonly number[];
  /** Quantisation of each column (from a full build's meta), so a sample encodes as the full build did. */
  scales?: readonly Pick<CubeColumnMeta, 'id' | 'min' | 'step'>[];
  grid?: GridSpec;
}

export function buildSuitabilityCube(ctx: QueryContext, geometries: readonly (Polygon | MultiPolygon)[], opts: CubeOptions = {}): { meta: SuitabilityCubeMeta; bin: Uint8Array; json: string } {
  const grid = opts.grid ?? SUITABILITY_GRID;
  const cells = grid.cols * grid.rows;
  const points = cellEvaluationPoints(grid, (lon, lat) => ctx.regionIndex.containingRegion(lon, lat), geometries, { lattice: SUITABILITY_LAND_LATTICE, rows: opts.rows });
  const codes = ctx.regionIndex.regions.map((r) => r.code).sort();
  const position = new Map(codes.map((c, i) => [c, i]));
  const region = new Int16Array(cells).fill(-1);
  const cols = surfaceColumnsFromFacts(cells, (i) => {
    const lon = points[i * 2];
    if (lon !== lon) return null;
    const lat = points[i * 2 + 1];
    const hit = ctx.regionIndex.containingRegion(lon, lat);
    if (!hit) return null;
    region[i] = position.get(hit.code) ?? -1;
    return queryPoint(ctx, lon, lat);
  });
  return encodeCube(grid, cols, region, codes, opts.scales);
}

export function encodeCube(grid: GridSpec, cols: BatchColumns, region: Int16Array, regionCodes: string[], scales?: CubeOptions['scales']): { meta: SuitabilityCubeMeta; bin: Uint8Array; json: string } {
  const cells = grid.cols * grid.rows;
  if (regionCodes.length > 255) throw new Error('cube: more than 255 regions do not fit a byte');
  const land: number[] = [];
  for (let i = 0; i < cells; i++) if (cols.land?.[i]) land.push(i);
  const L = land.length;
  const values: [CubeColumnId, Float32Array | undefined][] = [...CRITERION_IDS.map((id) => [id, cols.raw[id]] as [CubeColumnId, Float32Array | undefined]), ['summerMaxC', cols.summerMaxC], ['annualMeanC', cols.annualMeanC]];
  const landMaskOffset = 0;
  const regionOffset = Math.ceil(cells / 8);
  const miningRestrictedOffset = regionOffset + L;
  let offset = Math.ceil((miningRestrictedOffset + L) / 2) * 2;
  const columns: CubeColumnMeta[] = values.map(([id, v]) => {
    const given = scales?.find((s) => s.id === id);
    let min = Infinity;
    let max = -Infinity;
    if (!given && v) for (const cell of land) if (v[cell] === v[cell]) (min = Math.min(min, v[cell])), (max = Math.max(max, v[cell]));
    if (!Number.isFinite(min)) (min = 0), (max = 0);
    const step = given?.step ?? quantStep(min, max);
    // min is a whole number of steps, so codes decode to round values.
    const base = given?.min ?? Math.floor(min / step) * step;
    const meta: CubeColumnMeta = { id, unit: COLUMN_UNITS[id], min: Number(base.toPrecision(12)), step, byteOffset: offset };
    offset += L * 2;
    return meta;
  });
  const bin = new Uint8Array(offset);
  const view = new DataView(bin.buffer);
  land.forEach((cell, j) => {
    bin[landMaskOffset + (cell >> 3)] |= 1 << (cell & 7);
    bin[regionOffset + j] = region[cell] < 0 ? 255 : region[cell];
    bin[miningRestrictedOffset + j] = cols.miningRestricted?.[cell] ?? 0;
  });
  values.forEach(([, v], k) => {
    const c = columns[k];
    land.forEach((cell, j) => view.setUint16(c.byteOffset + j * 2, quantise(v ? v[cell] : Number.NaN, c.min, c.step), true));
  });
  const meta: SuitabilityCubeMeta = { version: 2, grid, cells, landCells: L, landMaskOffset, regionCodes, regionOffset, miningRestrictedOffset, columns, byteLength: bin.byteLength };
  return { meta, bin, json: JSON.stringify(meta) };
}
