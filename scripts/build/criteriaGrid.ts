// The suitability surface's inputs: each land cell's criterion values from the very point query
// a click at the cell centre runs, so the surface and the score card can never disagree.
import { encodeCriteriaGrid } from '../../src/scoring/criteriaGrid';
import { queryPoint, type QueryContext } from '../../src/data/pointQuery';
import { cellCenter } from '../../src/geo/grid';
import { CRITERIA, CRITERION_IDS, type CriterionId } from '../../src/scoring/criteria';
import { surfaceColumnsFromFacts } from './surfaceColumns';

export function buildCriteriaGrid(ctx: QueryContext): { json: string; bin: Uint8Array } {
  const grid = ctx.surface.meta.grid;
  const cells = grid.cols * grid.rows;
  const cols = surfaceColumnsFromFacts(cells, (i) => {
    if (ctx.surface.regionIndex[i] < 0) return null;
    const [lon, lat] = cellCenter(grid, i);
    return queryPoint(ctx, lon, lat);
  });
  const units = Object.fromEntries(CRITERION_IDS.map((id) => [id, CRITERIA[id].unit])) as Record<CriterionId, string>;
  const { meta, bin } = encodeCriteriaGrid(cols, cells, units);
  return { json: JSON.stringify(meta), bin };
}
