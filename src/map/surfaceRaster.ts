// Paints one surface variable into an RGBA image on the Mercator-aligned grid, so a single
// MapLibre image source shows it without any per-cell geometry.
import type { Map as MapLibreMap, ImageSource } from 'maplibre-gl';
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

function toDataUrl(grid: GridSpec, rgba: Uint8ClampedArray): string {
  const canvas = document.createElement('canvas');
  canvas.width = grid.cols;
  canvas.height = grid.rows;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.putImageData(new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, grid.cols, grid.rows), 0, 0);
  return canvas.toDataURL('image/png');
}

/** Adds or updates an image source + raster layer showing `rgba`. */
export function showRasterImage(map: MapLibreMap, id: string, grid: GridSpec, rgba: Uint8ClampedArray, beforeId: string, opacity = 0.85): void {
  const url = toDataUrl(grid, rgba);
  const source = map.getSource(id) as ImageSource | undefined;
  if (source) {
    source.updateImage({ url, coordinates: gridCorners(grid) });
    return;
  }
  map.addSource(id, { type: 'image', url, coordinates: gridCorners(grid) });
  // Nearest-neighbour resampling keeps cell edges honest (no smoothing the data does not have).
  map.addLayer({ id, type: 'raster', source: id, layout: { visibility: 'none' }, paint: { 'raster-opacity': opacity, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 } }, beforeId);
}
