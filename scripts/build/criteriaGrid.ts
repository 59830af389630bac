// The suitability surface's inputs: each land cell's criterion values from the very point query
// a click at the cell's evaluation point runs (its centre, or where the centre is at sea its land
// point nearest the centre: src/geo/landCell.ts), so the surface and the score card never disagree.
import type { CriteriaGridMeta } from '../../src/scoring/criteriaGrid';
import type { BatchColumns } from '../../src/scoring/batch';
import { queryPoint, type QueryContext } from '../../src/data/pointQuery';
import { CRITERIA, CRITERION_IDS, type CriterionId } from '../../src/scoring/criteria';
import { surfaceColumnsFromFacts } from './surfaceColumns';

/** `points`: each cell's evaluation point, [lon, lat] per cell (CellRegions.points, cellEvaluationPoints). */
export function buildCriteriaGrid(ctx: QueryContext, points: Float64Array): { json: string; bin: Uint8Array } {
  const grid = ctx.surface.meta.grid;
  const cells = grid.cols * grid.rows;
  const cols = surfaceColumnsFromFacts(cells, (i) => {
    if (ctx.surface.regionIndex[i] < 0) return null;
    return queryPoint(ctx, points[i * 2], points[i * 2 + 1]);
  });
  const units = Object.fromEntries(CRITERION_IDS.map((id) => [id, CRITERIA[id].unit])) as Record<CriterionId, string>;
  const { meta, bin } = encodeCriteriaGrid(cols, cells, units);
  return { json: JSON.stringify(meta), bin };
}

/** Packs land-cell columns; inputs are full-grid columns as built by surfaceColumnsFromFacts. */
export function encodeCriteriaGrid(cols: BatchColumns, cells: number, units: Record<CriterionId, string>): { meta: CriteriaGridMeta; bin: Uint8Array } {
  const land: number[] = [];
  for (let i = 0; i < cells; i++) if (!cols.land || cols.land[i]) land.push(i);
  const L = land.length;
  const criteria = CRITERION_IDS.map((id, c) => ({ id, unit: units[id], byteOffset: L * 4 * (1 + c) }));
  const miningRestrictedOffset = L * 4 * (1 + CRITERION_IDS.length);
  const byteLength = miningRestrictedOffset + L;
  const buf = new ArrayBuffer(byteLength);
  const view = new DataView(buf);
  land.forEach((cell, j) => view.setInt32(j * 4, cell, true));
  for (const c of criteria) {
    const col = cols.raw[c.id];
    land.forEach((cell, j) => view.setFloat32(c.byteOffset + j * 4, col ? col[cell] : Number.NaN, true));
  }
  land.forEach((cell, j) => view.setUint8(miningRestrictedOffset + j, cols.miningRestricted?.[cell] ?? 0));
  return { meta: { version: 1, cells, landCells: L, landIndexOffset: 0, miningRestrictedOffset, criteria, byteLength }, bin: new Uint8Array(buf) };
}
