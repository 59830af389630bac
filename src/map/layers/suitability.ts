// "Suitability": the active profile's score over every land cell, scored in the worker and
// painted into one image. A weight change repaints pixels; no geometry is ever rebuilt.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { queryPoint } from '../../data/pointQuery';
import { cellCenter, cellIndexAt, SUITABILITY_LAND_LATTICE, type GridSpec } from '../../geo/grid';
import { cellLandPoint } from '../../geo/landCell';
import { perfMarks } from '../perfMarks';
import { CRITERIA } from '../../scoring/criteria';
import { explainPoint } from '../../scoring/explain';
import { PROFILES } from '../../scoring/profiles';
import { useSuitabilityStore, type SuitabilityScores } from '../../state/suitabilityStore';
import { classLabels, NO_DATA_COLOR, type ClassedScale } from '../colorScale';
import { paintScoresByCoverage, showRasterImage } from '../surfaceRaster';
import { changeGate, setLayersVisible } from './pointLayer';
import type { MapLayerModule } from './types';
import type { TooltipRow } from '../../state/layerTypes';
import type { QueryContext } from '../../data/pointQuery';
import type { ModelOptions } from '../../scoring/model';

/** Ten classes of 10 points; viridis runs dark (poor) → yellow (good) and survives colour-blindness. */
export const SCORE_SCALE: ClassedScale = {
  breaks: [10, 20, 30, 40, 50, 60, 70, 80, 90],
  colors: ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'],
};
const RASTER = 'suitability-surface';

/** Reused between repaints so a slider drag allocates nothing per frame. */
let rgba: Uint8ClampedArray | null = null;

export function paintScores(map: MapLibreMap, result: SuitabilityScores, grid: { cols: number; rows: number } & Parameters<typeof showRasterImage>[2], beforeId: string, threshold: number | null = null): void {
  if (!rgba || rgba.length !== grid.cols * grid.rows * 4) rgba = new Uint8ClampedArray(grid.cols * grid.rows * 4);
  paintScoresByCoverage(result.scores, result.coverage, grid.cols, SCORE_SCALE, rgba, threshold);
  showRasterImage(map, RASTER, grid, rgba, beforeId, 0.9);
}

/**
 * Where a cell's contributions are explained: the point its colour was scored at (its centre, or
 * when that is at sea, its land point nearest the centre, as in the build: src/geo/landCell.ts).
 * Remembered for the last cell, so moving within a cell explains nothing again.
 */
const cellPoint = (() => {
  let last: { grid: GridSpec; cell: number; ctx: QueryContext; point: [number, number] | null } | null = null;
  return (grid: GridSpec, cell: number, ctx: QueryContext): [number, number] | null => {
    if (last?.grid !== grid || last.cell !== cell || last.ctx !== ctx) {
      // The build's lattice for the suitability grid, so a coastal cell is explained where it was scored.
      last = { grid, cell, ctx, point: cellLandPoint(grid, cell, (lon, lat) => ctx.regionIndex.containingRegion(lon, lat) !== null, undefined, SUITABILITY_LAND_LATTICE) };
    }
    return last.point;
  };
})();

/** The tooltip's explanation rows for one cell, remembered for the last cell, options and data. */
const cellExplanation = (() => {
  let last: { lon: number; lat: number; ctx: QueryContext; opts: ModelOptions; rows: TooltipRow[] } | null = null;
  return (lon: number, lat: number, ctx: QueryContext, opts: ModelOptions): TooltipRow[] => {
    if (last?.lon === lon && last.lat === lat && last.ctx === ctx && last.opts === opts) return last.rows;
    const rows: TooltipRow[] = [];
    const explained = explainPoint(queryPoint(ctx, lon, lat), opts);
    if (explained.excludedReason) rows.push({ label: 'Excluded', value: explained.excludedReason });
    const top = explained.criteria
      .filter((c) => c.contribution !== null && c.contribution > 0)
      .sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0))
      .slice(0, 3);
    for (const c of top) rows.push({ label: c.label, value: `+${c.contribution!.toFixed(1)} pts (score ${c.score!.toFixed(0)}, weight ${c.weightPct.toFixed(0)} %)` });
    if (explained.missing.length) rows.push({ label: 'No data', value: explained.missing.map((id) => CRITERIA[id].label).join(', '), note: explained.reweighted ? 're-weighted over the other criteria' : undefined });
    last = { lon, lat, ctx, opts, rows };
    return rows;
  };
})();

export const suitabilityLayer: MapLayerModule = (() => {
  const newScores = changeGate<SuitabilityScores>();
  // A threshold change repaints the pixels of the scores already painted: no re-score, no new buffer.
  let painted: { map: MapLibreMap; result: SuitabilityScores; beforeId: string } | null = null;
  let watchingThreshold = false;
  const watchThreshold = () => {
    if (watchingThreshold) return;
    watchingThreshold = true;
    useSuitabilityStore.subscribe((s, prev) => {
      if (s.threshold === prev.threshold || !painted) return;
      const t0 = performance.now();
      paintScores(painted.map, painted.result, painted.result.grid, painted.beforeId, s.threshold);
      perfMarks().thresholdRepaintMs = performance.now() - t0;
    });
  };
  return {
    id: 'suitability',
    title: 'Suitability score',
    interactiveLayers: [],
    ready: (d) => d.suitability !== null && d.surface !== null,
    sync(map, data, _options, beforeId) {
      if (!data.surface || !newScores(data.suitability)) return;
      painted = { map, result: data.suitability, beforeId };
      watchThreshold();
      paintScores(map, data.suitability, data.suitability.grid, beforeId, useSuitabilityStore.getState().threshold);
      perfMarks().surfacePaintedAt = performance.now();
      const scoreMs = data.suitability.scoreMs;
      // The frame after the texture upload is the first one showing the new colours.
      map.once('render', () => Object.assign(perfMarks(), { surfaceRecolouredAt: performance.now(), surfaceScoreMs: scoreMs }));
    },
    setVisible: (map, v) => setLayersVisible(map, [RASTER], v),
    legend(data, options) {
      const profile = PROFILES[options.modelOptions.profile];
      const labels = classLabels(SCORE_SCALE);
      return {
        unit: 'guaranteed score 0–100 (missing criteria at 0; higher = better site)',
        years: 'inputs as in each layer',
        sources: [{ name: 'GridScout model, docs/methodology.md (criteria, anchors, weights)', url: '' }],
        method: `${profile.label} profile on a 0.1° grid (cells ~8 km across at 45°N); fixed anchors, so a score never depends on other sites${data.suitability ? ` · re-scored in ${data.suitability.scoreMs.toFixed(1)} ms` : ''}`,
        items: [
          ...SCORE_SCALE.colors.map((color, i) => ({ color, label: labels[i] })).reverse(),
          { color: NO_DATA_COLOR, label: 'hatched: insufficient data (under 50 % of the weight has data), not scored', shape: 'hatch' as const },
          { color: 'transparent', label: 'blank: water, excluded by a constraint (or one that cannot be checked for lack of data), or no data' },
        ],
        notes: ['Colour is the score a cell is sure of: a criterion without data counts as 0, so missing data never makes a cell look better. Paler cells have data for only part of the weight. Click a point for its range and full explanation.'],
      };
    },
    tooltip: () => null,
    tooltipAt(lon, lat, data, options) {
      if (!data.suitability || !data.surface) return null;
      const cell = cellIndexAt(data.suitability.grid, lon, lat);
      const regionCell = cellIndexAt(data.surface.meta.grid, lon, lat);
      if (cell < 0 || regionCell < 0 || data.surface.regionIndex[regionCell] < 0) return null;
      const score = data.suitability.scores[cell];
      const profile = PROFILES[options.modelOptions.profile];
      const coverage = data.suitability.coverage[cell];
      const value = !Number.isNaN(score) ? `${score.toFixed(0)} / 100 guaranteed${coverage < 100 ? ` (${coverage} % of the weight has data)` : ''}` : coverage > 0 ? `insufficient data (${coverage} % of the weight has data)` : 'excluded or no data';
      const rows: TooltipRow[] = [{ label: `${profile.label} score`, value }];
      // Explained with every criterion's data, as the card does: only once the plant, line, county and
      // utility files are in. At the cell's scored point, so the contributions are those of its colour.
      const [clon, clat] = cellCenter(data.suitability.grid, cell);
      const point = data.scoringQuery ? cellPoint(data.suitability.grid, cell, data.scoringQuery) : null;
      if (data.scoringQuery && point) {
        const atCentre = point[0] === clon && point[1] === clat;
        rows.push({ label: 'Why this cell', value: atCentre ? 'top contributions at the cell’s centre' : `top contributions at the cell’s land point nearest its centre (${point[1].toFixed(2)}, ${point[0].toFixed(2)}), as its centre is at sea` });
        rows.push(...cellExplanation(point[0], point[1], data.scoringQuery, options.modelOptions));
      }
      return { title: 'Suitability', subtitle: `grid cell centred at ${clat.toFixed(2)}, ${clon.toFixed(2)}`, rows };
    },
  };
})();
