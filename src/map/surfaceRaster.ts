// Paints one surface variable into an RGBA image on the Mercator-aligned grid, so a single
// MapLibre image source shows it without any per-cell geometry.
import type { CanvasSource, Map as MapLibreMap } from 'maplibre-gl';
import { gridCorners, type GridSpec } from '../geo/grid';
import { classIndex, hexToRgb, type ClassedScale } from './colorScale';

/** Fills `out` (RGBA, cols×rows) with class colours; NaN cells stay transparent. */
export function paintClasses(values: Float32Array, scale: ClassedScale, out: Uint8ClampedArray, alpha = 200): void {
  const rgb = scale.colors.map(hexToRgb);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const o = i * 4;
    if (Number.isNaN(v)) {
      out[o + 3] = 0;
      continue;
    }
    const c = rgb[classIndex(scale, v)];
    out[o] = c[0];
    out[o + 1] = c[1];
    out[o + 2] = c[2];
    out[o + 3] = alpha;
  }
}

/** Alpha of a cell with full coverage, and of one at the 50 % floor below which it is not scored. */
export const FULL_COVERAGE_ALPHA = 215;
export const MIN_COVERAGE_ALPHA = 70;
/** The "insufficient data" hatch: grey diagonal stripes drawn per cell, as the no-data hatch elsewhere. */
const HATCH_DARK = [140, 140, 140] as const;
const HATCH_LIGHT = [232, 232, 232] as const;

/**
 * Score cells, dimmed by coverage: a cell with every weighted criterion is opaque; with part of the
 * weight missing it fades towards MIN_COVERAGE_ALPHA at 50 %. NaN cells with some coverage (under
 * 50 %, not scored) are hatched grey; NaN cells without (water, excluded, no data) stay transparent.
 * `cols` is the grid width, for the hatch's diagonal. With a `threshold`, scored cells below it are
 * transparent; unscored cells are drawn as without one (not known to be below it).
 */
export function paintScoresByCoverage(values: Float32Array, coveragePct: Uint8Array, cols: number, scale: ClassedScale, out: Uint8ClampedArray, threshold: number | null = null): void {
  const rgb = scale.colors.map(hexToRgb);
  // Alpha per coverage %, looked up rather than computed per cell (a slider drag repaints 1M+ cells).
  const alphaOf = coverageAlphas();
  // With whole-number breaks a score's class is that of its whole part, so 0–100 is a lookup too.
  const wholeBreaks = scale.breaks.every(Number.isInteger);
  const classOfPoint = Uint8Array.from({ length: 101 }, (_, p) => classIndex(scale, p));
  // -Infinity: no scored value is below it, so the loop has one comparison either way.
  const hideBelow = threshold ?? Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const cov = coveragePct[i];
    const o = i * 4;
    if (v !== v) {
      if (cov === 0) {
        out[o + 3] = 0;
        continue;
      }
      const c = ((i % cols) + Math.floor(i / cols)) % 4 === 0 ? HATCH_DARK : HATCH_LIGHT;
      out[o] = c[0];
      out[o + 1] = c[1];
      out[o + 2] = c[2];
      out[o + 3] = 170;
      continue;
    }
    if (v < hideBelow) {
      out[o + 3] = 0;
      continue;
    }
    const c = rgb[wholeBreaks && v >= 0 && v <= 100 ? classOfPoint[v | 0] : classIndex(scale, v)];
    out[o] = c[0];
    out[o + 1] = c[1];
    out[o + 2] = c[2];
    out[o + 3] = alphaOf[cov];
  }
}

let alphaTable: Uint8ClampedArray | null = null;

/** Opaque at full coverage, fading linearly to MIN_COVERAGE_ALPHA at the 50 % floor (and below). */
function coverageAlphas(): Uint8ClampedArray {
  if (alphaTable) return alphaTable;
  alphaTable = new Uint8ClampedArray(256);
  for (let cov = 0; cov < 256; cov++) {
    alphaTable[cov] = cov >= 100 ? FULL_COVERAGE_ALPHA : MIN_COVERAGE_ALPHA + ((FULL_COVERAGE_ALPHA - MIN_COVERAGE_ALPHA) * (Math.max(cov, 50) - 50)) / 50;
  }
  return alphaTable;
}

const canvases = new Map<string, HTMLCanvasElement>();

/** A CPU-backed 2D canvas per source: putImageData then a texture upload, no PNG encode/decode. */
function canvasFor(id: string, grid: GridSpec): HTMLCanvasElement {
  let canvas = canvases.get(id);
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvases.set(id, canvas);
  }
  if (canvas.width !== grid.cols) canvas.width = grid.cols;
  if (canvas.height !== grid.rows) canvas.height = grid.rows;
  return canvas;
}

const staleTexture = new Set<string>();

/**
 * MapLibre re-uploads a canvas source's texture only while it is "playing", and a playing source
 * repaints every frame. So: play for exactly one drawn frame, and only while the layer is visible
 * (a hidden layer is not prepared); a hidden layer's new pixels are uploaded when it is shown.
 */
export function uploadCanvasIfStale(map: MapLibreMap, id: string): void {
  const source = map.getSource(id) as CanvasSource | undefined;
  if (!source || !staleTexture.has(id) || map.getLayoutProperty(id, 'visibility') !== 'visible') return;
  staleTexture.delete(id);
  source.play();
  map.once('render', () => source.pause());
}

/**
 * Adds or updates a canvas source + raster layer showing `rgba`. Recolouring writes pixels and
 * re-uploads one texture (play → pause makes MapLibre upload the canvas once); nothing is encoded.
 */
export function showRasterImage(map: MapLibreMap, id: string, grid: GridSpec, rgba: Uint8ClampedArray, beforeId: string, opacity = 0.85): void {
  const canvas = canvasFor(id, grid);
  // willReadFrequently keeps the canvas in CPU memory, so the texture upload needs no GPU readback.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.putImageData(new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, grid.cols, grid.rows), 0, 0);
  const source = map.getSource(id) as CanvasSource | undefined;
  if (source) {
    staleTexture.add(id);
    uploadCanvasIfStale(map, id);
    return;
  }
  map.addSource(id, { type: 'canvas', canvas, coordinates: gridCorners(grid), animate: false });
  // Nearest-neighbour resampling keeps cell edges honest (no smoothing the data does not have).
  map.addLayer({ id, type: 'raster', source: id, layout: { visibility: 'none' }, paint: { 'raster-opacity': opacity, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 } }, beforeId);
}
