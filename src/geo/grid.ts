// The suitability grid: equal steps in Web Mercator, so the surface can be drawn as one image
// that lines up with the map exactly (MapLibre warps image sources linearly in Mercator space).
// Cells are CELL_DEG_LON wide; their height in degrees shrinks with latitude so they stay square
// on the map: ~44 km at 14°N, ~31 km at 45°N, ~14 km at 72°N (ground size).

export interface GridSpec {
  /** West edge, degrees. */
  west: number;
  /** South and north edges, degrees (Mercator-aligned rows in between). */
  south: number;
  north: number;
  cellDegLon: number;
  cols: number;
  rows: number;
}

const DEG = Math.PI / 180;
const mercatorY = (latDeg: number): number => Math.log(Math.tan(Math.PI / 4 + (latDeg * DEG) / 2));
const inverseMercatorY = (y: number): number => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / DEG;

function makeGrid(west: number, east: number, south: number, north: number, cellDegLon: number): GridSpec {
  const cols = Math.round((east - west) / cellDegLon);
  const rows = Math.ceil((mercatorY(north) - mercatorY(south)) / (cellDegLon * DEG));
  // North edge is snapped to a whole number of rows above the south edge.
  return { west, south, north: inverseMercatorY(mercatorY(south) + rows * cellDegLon * DEG), cellDegLon, cols, rows };
}

/** The grid of the climate and latency layers: North America from Hawaii/Aleutians to Newfoundland, 14°N–72°N. */
export const NORTH_AMERICA_GRID: GridSpec = makeGrid(-170, -50, 14, 72, 0.4);

/**
 * The suitability surface's grid: the same extent at 0.1° (16 cells per layer cell): ~11 km at
 * 14°N, ~8 km at 45°N, ~3.4 km at 72°N (ground size), about 490,000 land cells.
 */
export const SUITABILITY_GRID: GridSpec = makeGrid(-170, -50, 14, 72, 0.1);

/** The land search lattice of a coastal suitability cell (src/geo/landCell.ts): 4 × 4 points ≈ 2.5 km apart. */
export const SUITABILITY_LAND_LATTICE = 4;

/** Row 0 is the northernmost row (image order); index = row * cols + col. */
export function cellIndexAt(g: GridSpec, lon: number, lat: number): number {
  if (!(lat >= g.south && lat < g.north && lon >= g.west)) return -1;
  const col = Math.floor((lon - g.west) / g.cellDegLon);
  if (col >= g.cols) return -1;
  const row = Math.floor((mercatorY(g.north) - mercatorY(lat)) / (g.cellDegLon * DEG));
  if (row < 0 || row >= g.rows) return -1;
  return row * g.cols + col;
}

export function cellCenter(g: GridSpec, index: number): [lon: number, lat: number] {
  const row = Math.floor(index / g.cols);
  const col = index - row * g.cols;
  const lon = g.west + (col + 0.5) * g.cellDegLon;
  const lat = inverseMercatorY(mercatorY(g.north) - (row + 0.5) * g.cellDegLon * DEG);
  return [lon, lat];
}

/** Image corners for a MapLibre image source: top-left, top-right, bottom-right, bottom-left. */
export function gridCorners(g: GridSpec): [[number, number], [number, number], [number, number], [number, number]] {
  const east = g.west + g.cols * g.cellDegLon;
  return [
    [g.west, g.north],
    [east, g.north],
    [east, g.south],
    [g.west, g.south],
  ];
}

/** The cell's edges in degrees: [west, south, east, north]. */
export function cellBounds(g: GridSpec, index: number): [west: number, south: number, east: number, north: number] {
  const row = Math.floor(index / g.cols);
  const col = index - row * g.cols;
  const west = g.west + col * g.cellDegLon;
  const top = mercatorY(g.north) - row * g.cellDegLon * DEG;
  return [west, inverseMercatorY(top - g.cellDegLon * DEG), west + g.cellDegLon, inverseMercatorY(top)];
}
