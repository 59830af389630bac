import type { Map as MapLibreMap } from 'maplibre-gl';

export const HATCH_IMAGE = 'no-data-hatch';

/** Diagonal grey hatching for "no data", drawn in code (no sprite file, no network). */
export function ensureHatchPattern(map: MapLibreMap): void {
  if (map.hasImage(HATCH_IMAGE)) return;
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 4;
      const onLine = (x + y) % size < 2;
      data.set(onLine ? [140, 140, 140, 255] : [232, 232, 232, 255], o);
    }
  }
  map.addImage(HATCH_IMAGE, { width: size, height: size, data });
}

/** A CSS background that matches the map hatch, for legend swatches. */
export const HATCH_CSS = 'repeating-linear-gradient(135deg, #8c8c8c 0 2px, #e8e8e8 2px 6px)';
