import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCriteriaGrid, type CriteriaGridMeta } from '../../src/scoring/criteriaGrid';
import { queryPoint } from '../../src/data/pointQuery';
import { cellCenter, cellIndexAt } from '../../src/geo/grid';
import { scoreBatch } from '../../src/scoring/batch';
import { explainPoint } from '../../src/scoring/explain';
import { compileModel } from '../../src/scoring/model';
import { PROFILE_IDS } from '../../src/scoring/profiles';
import { buildCriteriaGrid } from '../../scripts/build/criteriaGrid';
import { loadQueryContextNode, publicDataPath, readPublicJson } from '../../scripts/lib/nodeData';

const ctx = loadQueryContextNode();
const meta = readPublicJson<CriteriaGridMeta>('criteria.json');
const bin = readFileSync(publicDataPath('criteria.bin'));
const cols = decodeCriteriaGrid(meta, new Uint8Array(bin.buffer, bin.byteOffset, bin.byteLength), ctx.surface);
const grid = ctx.surface.meta.grid;

describe('criteria grid (suitability surface inputs)', () => {
  it('is up to date with the data (rebuilt byte for byte)', () => {
    const rebuilt = buildCriteriaGrid(ctx);
    expect(rebuilt.json).toBe(readFileSync(publicDataPath('criteria.json'), 'utf8'));
    expect(Buffer.from(rebuilt.bin).equals(bin)).toBe(true);
  });

  it('scores each cell exactly as the point card ranks its centre, for every profile', () => {
    // Austin, Montréal, Monterrey, Anchorage.
    const places = [
      [-97.74, 30.27],
      [-73.57, 45.5],
      [-100.32, 25.69],
      [-149.9, 61.22],
    ];
    const cells = places.map(([lon, lat]) => cellIndexAt(grid, lon, lat));
    for (const profile of PROFILE_IDS) {
      const out = new Float32Array(grid.cols * grid.rows);
      scoreBatch(compileModel({ profile }), cols, out);
      for (const cell of cells) {
        const [lon, lat] = cellCenter(grid, cell);
        const point = explainPoint(queryPoint(ctx, lon, lat), { profile });
        // The surface holds the ranking score: the guaranteed score, unscored under 50 % coverage.
        if (point.scoreLow === null || point.insufficientData) expect(out[cell]).toBeNaN();
        else expect(out[cell]).toBeCloseTo(point.scoreLow, 3);
      }
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
});
