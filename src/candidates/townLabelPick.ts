// Which town names to show in the current view: larger towns first, more of them as the map zooms
// in, none overlapping another. Pure, so it is tested without a map.
import type { Place } from './gazetteer';

/** Smallest population named at a zoom: none below zoom 5, every town of ≥ 1,000 from zoom 10. */
export function minPopulationAt(zoom: number): number | null {
  if (zoom < 5) return null;
  if (zoom < 6) return 250_000;
  if (zoom < 7) return 80_000;
  if (zoom < 8) return 25_000;
  if (zoom < 9) return 8_000;
  if (zoom < 10) return 3_000;
  return 1_000;
}

export interface PlacedLabel {
  place: Place;
  x: number;
  y: number;
}

/** Screen box of a label at (x, y): the dot on the left, the name to its right (px). */
function boxOf(name: string, x: number, y: number, large: boolean): [number, number, number, number] {
  const charPx = large ? 7 : 6.2;
  return [x - 4, y - 8, x + 8 + name.length * charPx, y + 8];
}

/**
 * `places` sorted by population (largest first), `project` gives screen pixels, `width`/`height` the
 * view. Greedy: each town in order is kept if its box overlaps no kept box (nor `blocked` boxes, e.g.
 * region names), up to `max`.
 */
export function pickTownLabels(
  places: readonly Place[],
  zoom: number,
  project: (lon: number, lat: number) => { x: number; y: number },
  width: number,
  height: number,
  max = 80,
): PlacedLabel[] {
  const minPop = minPopulationAt(zoom);
  if (minPop === null) return [];
  const kept: PlacedLabel[] = [];
  const boxes: [number, number, number, number][] = [];
  for (const place of places) {
    if (place.population < minPop) break; // sorted: every later town is smaller
    const { x, y } = project(place.lon, place.lat);
    if (x < 0 || y < 0 || x > width || y > height) continue;
    const b = boxOf(place.name, x, y, place.population >= 100_000);
    if (boxes.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1])) continue;
    boxes.push(b);
    kept.push({ place, x, y });
    if (kept.length >= max) break;
  }
  return kept;
}
