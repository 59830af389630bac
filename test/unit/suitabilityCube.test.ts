import { describe, expect, it } from 'vitest';
import { decodeCube, dequantise, quantise, quantStep, NO_DATA_CODE, type SuitabilityCubeMeta } from '../../src/scoring/suitabilityCube';
import { queryPoint } from '../../src/data/pointQuery';
import { cellCenter, cellIndexAt, SUITABILITY_GRID, SUITABILITY_LAND_LATTICE } from '../../src/geo/grid';
import { cellEvaluationPoints } from '../../src/geo/landCell';
import { scoreBatch } from '../../src/scoring/batch';
import { explainPoint } from '../../src/scoring/explain';
import { compileModel } from '../../src/scoring/model';
import { PROFILE_IDS } from '../../src/scoring/profiles';
import { buildSuitabilityCube } from '../../scripts/build/suitabilityCube';
import { createScoreHandlers } from '../../src/workers/scoreProtocol';
import { loadBoundariesNode, loadQueryContextNode, readPublicGzip, readPublicJson } from '../../scripts/lib/nodeData';

const ctx = loadQueryContextNode();
const { boundaries } = loadBoundariesNode();
const geometries = boundaries.regions.features.map((f) => f.geometry);
const meta = readPublicJson<SuitabilityCubeMeta>('cube.json');
const cube = decodeCube(meta, readPublicGzip('cube.bin.gz'));
const grid = cube.grid;
const cols = cube.columns;

// Austin, Montréal, Monterrey, Anchorage: centres on land. Boston, Galveston, Mazatlán, Halifax: coastal cells.
const SITES = [
  [-97.74, 30.27],
  [-73.57, 45.5],
  [-100.32, 25.69],
  [-149.9, 61.22],
  [-71.06, 42.36],
  [-94.8, 29.3],
  [-106.41, 23.23],
  [-63.57, 44.65],
];
const rowOf = (cell: number) => Math.floor(cell / grid.cols);

describe('suitability cube (0.1° surface inputs)', () => {
  it('is on the 0.1° grid with ≥ 400,000 land cells, 16 bits per value', () => {
    expect(grid).toEqual(SUITABILITY_GRID);
    expect(meta.landCells).toBeGreaterThanOrEqual(400_000);
    expect(meta.columns).toHaveLength(14);
  });

  it('is up to date with the data: sampled rows rebuilt with the committed quantisation decode to the same values', () => {
    // Every 61st row (15 rows across the continent) plus the rows of the sites above; the full build takes minutes.
    const rows = [...new Set([...Array.from({ length: 15 }, (_, i) => 30 + i * 61), ...SITES.map(([lon, lat]) => rowOf(cellIndexAt(grid, lon, lat)))])];
    const rebuilt = buildSuitabilityCube(ctx, geometries, { rows, scales: meta.columns });
    const sample = decodeCube(rebuilt.meta, rebuilt.bin);
    let land = 0;
    for (const r of rows) {
      for (let c = 0; c < grid.cols; c++) {
        const cell = r * grid.cols + c;
        expect(sample.columns.land![cell], `land at row ${r} col ${c}`).toBe(cols.land![cell]);
        if (!cols.land![cell]) continue;
        land++;
        expect(sample.regionIndex[cell]).toBe(cube.regionIndex[cell]);
        for (const id of Object.keys(cols.raw) as (keyof typeof cols.raw)[]) {
          const a = sample.columns.raw[id]![cell];
          const b = cols.raw[id]![cell];
          if (Number.isNaN(b)) expect(a).toBeNaN();
          else expect(a, `${id} at row ${r} col ${c}`).toBe(b);
        }
      }
    }
    expect(land).toBeGreaterThan(5000);
  });

  it('scores each cell as the point card ranks its evaluation point, within the quantisation error, for every profile', () => {
    const cells = SITES.map(([lon, lat]) => cellIndexAt(grid, lon, lat));
    const points = cellEvaluationPoints(grid, (lon, lat) => ctx.regionIndex.containingRegion(lon, lat), geometries, { lattice: SUITABILITY_LAND_LATTICE, rows: [...new Set(cells.map(rowOf))] });
    // Coastal cells: the centre is at sea, yet the cell is land (evaluated at its land point).
    for (const cell of cells.slice(4)) {
      const [clon, clat] = cellCenter(grid, cell);
      if (ctx.regionIndex.containingRegion(clon, clat) === null) expect(cols.land![cell]).toBe(1);
    }
    let scored = 0;
    for (const profile of PROFILE_IDS) {
      const out = new Float32Array(grid.cols * grid.rows);
      scoreBatch(compileModel({ profile }), cols, out);
      for (const cell of cells) {
        const point = explainPoint(queryPoint(ctx, points[cell * 2], points[cell * 2 + 1]), { profile });
        if (point.scoreLow === null || point.insufficientData) expect(out[cell]).toBeNaN();
        else {
          expect(Math.abs(out[cell] - point.scoreLow)).toBeLessThan(0.02);
          scored++;
        }
      }
    }
    expect(scored).toBeGreaterThanOrEqual(18);
  });

  it('the scoring worker, which keeps land cells only, gives the whole grid the same scores and coverage', async () => {
    const gz = readPublicGzip('cube.bin.gz');
    const handlers = createScoreHandlers();
    const ctxRpc = {} as Parameters<typeof handlers.loadCube>[1];
    // The worker receives the bytes decompressed (the page's DecompressionStream), as here.
    const loaded = await handlers.loadCube({ meta, bytes: gz.slice().buffer }, ctxRpc);
    expect(loaded).toMatchObject({ n: meta.cells, landCells: meta.landCells });
    for (const options of [{ profile: 'mining' as const }, { profile: 'ai' as const, constraints: { maxRetailPriceUsdPerMwh: 90 } }]) {
      const r = ((await handlers.score({ options }, ctxRpc)) as unknown as { value: { scores: Float32Array; coverage: Uint8Array } }).value;
      const out = new Float32Array(meta.cells);
      const coverage = new Uint8Array(meta.cells);
      scoreBatch(compileModel(options), cols, out, coverage);
      expect(r.scores).toEqual(out);
      expect(r.coverage).toEqual(coverage);
    }
  });

  it('has no values at sea and keeps missing criteria as NaN, not 0', () => {
    const sea = cellIndexAt(grid, -90, 25);
    expect(cols.land![sea]).toBe(0);
    expect(cols.raw.retail_price![sea]).toBeNaN();
    const mexicoLand = cellIndexAt(grid, -102.5, 24.0);
    expect(cols.land![mexicoLand]).toBe(1);
    expect(cols.raw.land_value![mexicoLand]).toBeNaN();
  });

  it('quantises to round steps and keeps no data apart from every value', () => {
    expect(quantStep(0, 655.34)).toBe(0.01);
    expect(quantStep(10, 400)).toBe(0.01);
    expect(quantStep(0, 1)).toBe(0.00002);
    const step = quantStep(-20, 50);
    for (const x of [-20, -3.14159, 0, 49.99]) expect(Math.abs(dequantise(quantise(x, -20, step), -20, step) - x)).toBeLessThanOrEqual(step / 2 + 1e-12);
    expect(quantise(Number.NaN, 0, 1)).toBe(NO_DATA_CODE);
    expect(dequantise(NO_DATA_CODE, 0, 1)).toBeNaN();
  });
});
