import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCriteriaGrid, type CriteriaGridMeta } from '../../src/scoring/criteriaGrid';
import { queryPoint } from '../../src/data/pointQuery';
import { cellCenter, cellIndexAt } from '../../src/geo/grid';
import { cellEvaluationPoints } from '../../src/geo/landCell';
import { scoreBatch } from '../../src/scoring/batch';
import { explainPoint } from '../../src/scoring/explain';
import { compileModel } from '../../src/scoring/model';
import { PROFILE_IDS } from '../../src/scoring/profiles';
import { buildCriteriaGrid } from '../../scripts/build/criteriaGrid';
import { loadBoundariesNode, loadQueryContextNode, publicDataPath, readPublicJson } from '../../scripts/lib/nodeData';

const ctx = loadQueryContextNode();
const { boundaries } = loadBoundariesNode();
const meta = readPublicJson<CriteriaGridMeta>('criteria.json');
const bin = readFileSync(publicDataPath('criteria.bin'));
const cols = decodeCriteriaGrid(meta, new Uint8Array(bin.buffer, bin.byteOffset, bin.byteLength), ctx.surface);
const grid = ctx.surface.meta.grid;
const points = cellEvaluationPoints(grid, (lon, lat) => ctx.regionIndex.containingRegion(lon, lat), boundaries.regions.features.map((f) => f.geometry));

describe('criteria grid (suitability surface inputs)', () => {
  it('is up to date with the data (rebuilt byte for byte)', () => {
    const rebuilt = buildCriteriaGrid(ctx, points);
    expect(rebuilt.json).toBe(readFileSync(publicDataPath('criteria.json'), 'utf8'));
    expect(Buffer.from(rebuilt.bin).equals(bin)).toBe(true);
  });

  it('scores each cell exactly as the point card ranks its evaluation point, for every profile', () => {
    // Austin, Montréal, Monterrey, Anchorage: centres on land. Boston, Galveston, Mazatlán, Halifax:
    // coastal cells whose centre is at sea, evaluated at their land point nearest the centre.
    const inland = [
      [-97.74, 30.27],
      [-73.57, 45.5],
      [-100.32, 25.69],
      [-149.9, 61.22],
    ];
    const coastal = [
      [-71.06, 42.36],
      [-94.8, 29.3],
      [-106.41, 23.23],
      [-63.57, 44.65],
    ];
    const cellOf = ([lon, lat]: number[]) => cellIndexAt(grid, lon, lat);
    for (const cell of inland.map(cellOf)) expect([points[cell * 2], points[cell * 2 + 1]]).toEqual(cellCenter(grid, cell));
    for (const cell of coastal.map(cellOf)) {
      const [clon, clat] = cellCenter(grid, cell);
      expect(ctx.regionIndex.containingRegion(clon, clat)).toBeNull(); // the centre is at sea…
      expect(ctx.surface.regionIndex[cell]).toBeGreaterThanOrEqual(0); // …yet the cell is land
    }
    const cells = [...inland, ...coastal].map(cellOf);
    let scored = 0;
    for (const profile of PROFILE_IDS) {
      const out = new Float32Array(grid.cols * grid.rows);
      scoreBatch(compileModel({ profile }), cols, out);
      for (const cell of cells) {
        const point = explainPoint(queryPoint(ctx, points[cell * 2], points[cell * 2 + 1]), { profile });
        // The surface holds the ranking score: the guaranteed score, unscored under 50 % coverage.
        if (point.scoreLow === null || point.insufficientData) expect(out[cell]).toBeNaN();
        else {
          expect(out[cell]).toBeCloseTo(point.scoreLow, 3);
          scored++;
        }
      }
    }
    expect(scored).toBeGreaterThanOrEqual(18); // most of the 8 × 3 are scored, so the comparison bites
  });

  it('has no values at sea and keeps missing criteria as NaN, not 0', () => {
    const sea = cellIndexAt(grid, -90, 25);
    expect(cols.land![sea]).toBe(0);
    expect(cols.raw.retail_price![sea]).toBeNaN();
    const mexicoLand = cellIndexAt(grid, -102.5, 24.0);
    expect(cols.land![mexicoLand]).toBe(1);
    expect(cols.raw.land_value![mexicoLand]).toBeNaN();
  });
});
