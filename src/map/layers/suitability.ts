// "Suitability": the active profile's score over every land cell, scored in the worker and
// painted into one image. A weight change repaints pixels; no geometry is ever rebuilt.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { queryPoint } from '../../data/pointQuery';
import { cellIndexAt } from '../../geo/grid';
import { perfMarks } from '../perfMarks';
import { CRITERIA } from '../../scoring/criteria';
import { explainPoint } from '../../scoring/explain';
import { PROFILES } from '../../scoring/profiles';
import type { SuitabilityScores } from '../../state/suitabilityStore';
import { classLabels, NO_DATA_COLOR, type ClassedScale } from '../colorScale';
import { paintScoresByCoverage, showRasterImage } from '../surfaceRaster';
import { changeGate, setLayersVisible } from './pointLayer';
import type { MapLayerModule } from './types';
import type { TooltipRow } from '../../state/layerTypes';

/** Ten classes of 10 points; viridis runs dark (poor) → yellow (good) and survives colour-blindness. */
export const SCORE_SCALE: ClassedScale = {
  breaks: [10, 20, 30, 40, 50, 60, 70, 80, 90],
  colors: ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'],
};
const RASTER = 'suitability-surface';

/** Reused between repaints so a slider drag allocates nothing per frame. */
let rgba: Uint8ClampedArray | null = null;

export function paintScores(map: MapLibreMap, result: SuitabilityScores, grid: { cols: number; rows: number } & Parameters<typeof showRasterImage>[2], beforeId: string): void {
  if (!rgba || rgba.length !== grid.cols * grid.rows * 4) rgba = new Uint8ClampedArray(grid.cols * grid.rows * 4);
  paintScoresByCoverage(result.scores, result.coverage, grid.cols, SCORE_SCALE, rgba);
  showRasterImage(map, RASTER, grid, rgba, beforeId, 0.9);
}

export const suitabilityLayer: MapLayerModule = (() => {
  const newScores = changeGate<SuitabilityScores>();
  return {
    id: 'suitability',
    title: 'Suitability score',
    interactiveLayers: [],
    ready: (d) => d.suitability !== null && d.surface !== null,
    sync(map, data, _options, beforeId) {
      if (!data.surface || !newScores(data.suitability)) return;
      paintScores(map, data.suitability, data.suitability.grid, beforeId);
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
      // Explained with every criterion's data, as the card does: only once the plant, line, county and utility files are in.
      if (data.scoringQuery) {
        const explained = explainPoint(queryPoint(data.scoringQuery, lon, lat), options.modelOptions);
        if (explained.excludedReason) rows.push({ label: 'Excluded', value: explained.excludedReason });
        const top = explained.criteria
          .filter((c) => c.contribution !== null && c.contribution > 0)
          .sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0))
          .slice(0, 3);
        for (const c of top) rows.push({ label: c.label, value: `+${c.contribution!.toFixed(1)} pts (score ${c.score!.toFixed(0)}, weight ${c.weightPct.toFixed(0)} %)` });
        if (explained.missing.length) rows.push({ label: 'No data', value: explained.missing.map((id) => CRITERIA[id].label).join(', '), note: explained.reweighted ? 're-weighted over the other criteria' : undefined });
      }
      return { title: 'Suitability', subtitle: `cell at ${lat.toFixed(2)}, ${lon.toFixed(2)}`, rows };
    },
  };
})();
