// "Find regions": contiguous suitability cells scoring at or above a threshold, grouped into
// candidate regions (the Locate step of a suitability model). Cells join a region through a shared
// edge (4-connectivity): cells touching only at a corner are separate regions. Each region gets its
// area, best and area-weighted mean score, where its best cell is, the nearest data-center market
// and its outline as a polygon along the cell edges (with holes where lower cells sit inside).
import { haversineKm } from '../geo/distance';
import { cellCenter, type GridSpec } from '../geo/grid';

export interface Market {
  name: string;
  lon: number;
  lat: number;
}

export interface FoundRegion {
  /** 1 = best (highest best score, then largest). */
  rank: number;
  cells: number;
  areaKm2: number;
  bestScore: number;
  /** Centre of the best cell. */
  bestPoint: [lon: number, lat: number];
  /** Mean score weighted by cell area. */
  meanScore: number;
  /** Area-weighted centre of the cells. */
  centroid: [lon: number, lat: number];
  bbox: [west: number, south: number, east: number, north: number];
  nearestMarket: { name: string; km: number } | null;
  /** Polygon rings in lon/lat: the outer ring counter-clockwise, holes clockwise (RFC 7946), closed. */
  rings: [number, number][][];
}

export interface FindRegionsResult {
  regions: FoundRegion[];
  /** Regions found before the size and count limits. */
  found: number;
  /** Regions under minCells, and regions past maxRegions. */
  tooSmall: number;
  leftOut: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const DEG = Math.PI / 180;
const mercatorY = (latDeg: number) => Math.log(Math.tan(Math.PI / 4 + (latDeg * DEG) / 2));
const inverseMercatorY = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / DEG;

/** Latitude of the edge above row r (r = rows: the grid's south edge). */
function rowEdgeLats(g: GridSpec): Float64Array {
  const top = mercatorY(g.north);
  const out = new Float64Array(g.rows + 1);
  for (let r = 0; r <= g.rows; r++) out[r] = inverseMercatorY(top - r * g.cellDegLon * DEG);
  return out;
}

/** Area of one cell in each row, km² (a cell is a lon/lat rectangle on the sphere). */
function rowAreasKm2(g: GridSpec, edges: Float64Array): Float64Array {
  const out = new Float64Array(g.rows);
  const dLon = g.cellDegLon * DEG;
  for (let r = 0; r < g.rows; r++) out[r] = EARTH_RADIUS_KM * EARTH_RADIUS_KM * dLon * Math.abs(Math.sin(edges[r] * DEG) - Math.sin(edges[r + 1] * DEG));
  return out;
}

export function findRegions(
  g: GridSpec,
  scores: Float32Array,
  threshold: number,
  opts: { minCells?: number; maxRegions?: number; markets?: readonly Market[] } = {},
): FindRegionsResult {
  const { cols, rows } = g;
  const n = cols * rows;
  if (scores.length !== n) throw new Error(`findRegions: ${scores.length} scores for a ${cols} × ${rows} grid`);
  const minCells = opts.minCells ?? 1;
  const maxRegions = opts.maxRegions ?? Infinity;
  // label[i]: region number + 1 for qualifying cells, 0 otherwise.
  const label = new Int32Array(n);
  const qualifies = (i: number) => scores[i] >= threshold; // NaN never qualifies
  const order = new Int32Array(n); // cells of each region, region after region
  const starts: number[] = [];
  let filled = 0;
  let regionCount = 0;
  for (let seed = 0; seed < n; seed++) {
    if (label[seed] !== 0 || !qualifies(seed)) continue;
    const id = ++regionCount;
    starts.push(filled);
    label[seed] = id;
    order[filled++] = seed;
    // Breadth-first over edge neighbours; `order` doubles as the queue.
    for (let q = filled - 1; q < filled; q++) {
      const i = order[q];
      const r = (i / cols) | 0;
      const c = i - r * cols;
      if (c > 0 && label[i - 1] === 0 && qualifies(i - 1)) (label[i - 1] = id), (order[filled++] = i - 1);
      if (c < cols - 1 && label[i + 1] === 0 && qualifies(i + 1)) (label[i + 1] = id), (order[filled++] = i + 1);
      if (r > 0 && label[i - cols] === 0 && qualifies(i - cols)) (label[i - cols] = id), (order[filled++] = i - cols);
      if (r < rows - 1 && label[i + cols] === 0 && qualifies(i + cols)) (label[i + cols] = id), (order[filled++] = i + cols);
    }
  }
  starts.push(filled);

  const edges = rowEdgeLats(g);
  const areas = rowAreasKm2(g, edges);
  type Stats = { id: number; from: number; to: number; area: number; best: number; bestCell: number; weighted: number; lonSum: number; latSum: number };
  const stats: Stats[] = [];
  let tooSmall = 0;
  for (let k = 0; k < regionCount; k++) {
    const from = starts[k];
    const to = starts[k + 1];
    if (to - from < minCells) {
      tooSmall++;
      continue;
    }
    let area = 0;
    let best = -Infinity;
    let bestCell = order[from];
    let weighted = 0;
    let lonSum = 0;
    let latSum = 0;
    for (let q = from; q < to; q++) {
      const i = order[q];
      const r = (i / cols) | 0;
      const a = areas[r];
      const s = scores[i];
      area += a;
      weighted += a * s;
      if (s > best || (s === best && i < bestCell)) (best = s), (bestCell = i);
      lonSum += a * (g.west + (i - r * cols + 0.5) * g.cellDegLon);
      latSum += a * ((edges[r] + edges[r + 1]) / 2);
    }
    stats.push({ id: k + 1, from, to, area, best, bestCell, weighted, lonSum, latSum });
  }
  stats.sort((a, b) => b.best - a.best || b.area - a.area || a.bestCell - b.bestCell);
  const kept = stats.slice(0, Math.min(stats.length, maxRegions));
  const regions = kept.map((s, idx): FoundRegion => {
    const bestPoint = cellCenter(g, s.bestCell);
    const rings = traceRings(g, label, s.id, order.subarray(s.from, s.to), edges);
    let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
    for (const [lon, lat] of rings[0]) (west = Math.min(west, lon)), (east = Math.max(east, lon)), (south = Math.min(south, lat)), (north = Math.max(north, lat));
    let nearestMarket: FoundRegion['nearestMarket'] = null;
    for (const m of opts.markets ?? []) {
      const km = haversineKm(bestPoint[0], bestPoint[1], m.lon, m.lat);
      if (!nearestMarket || km < nearestMarket.km) nearestMarket = { name: m.name, km };
    }
    return {
      rank: idx + 1,
      cells: s.to - s.from,
      areaKm2: s.area,
      bestScore: s.best,
      bestPoint,
      meanScore: s.weighted / s.area,
      centroid: [s.lonSum / s.area, s.latSum / s.area],
      bbox: [west, south, east, north],
      nearestMarket,
      rings,
    };
  });
  return { regions, found: regionCount, tooSmall, leftOut: stats.length - kept.length };
}

/**
 * The region's boundary along cell edges, as rings of lattice vertices (x = column, y = row edge),
 * oriented with the region on the left (counter-clockwise outside, clockwise around holes, with north
 * up). Straight runs are merged.
 */
function traceRings(g: GridSpec, label: Int32Array, id: number, cells: Int32Array, rowEdges: Float64Array): [number, number][][] {
  const { cols, rows } = g;
  const W = cols + 1;
  const inRegion = (c: number, r: number) => c >= 0 && c < cols && r >= 0 && r < rows && label[r * cols + c] === id;
  // Directed edges from vertex (x, y): direction 0 east, 1 north, 2 west, 3 south (north = row − 1).
  const out = new Map<number, number[]>(); // vertex key → directions leaving it
  const add = (x: number, y: number, dir: number) => {
    const key = y * W + x;
    const list = out.get(key);
    if (list) list.push(dir);
    else out.set(key, [dir]);
  };
  for (let q = 0; q < cells.length; q++) {
    const i = cells[q];
    const r = (i / cols) | 0;
    const c = i - r * cols;
    // Region on the left of each edge: south edge runs east, east edge north, north edge west, west edge south.
    if (!inRegion(c, r + 1)) add(c, r + 1, 0);
    if (!inRegion(c + 1, r)) add(c + 1, r + 1, 1);
    if (!inRegion(c, r - 1)) add(c + 1, r, 2);
    if (!inRegion(c - 1, r)) add(c, r, 3);
  }
  // Where two boundary paths meet at a vertex (the region touching itself at a corner), turning right
  // closes each ring on its own: a hole then meets the outer ring at that one vertex, and no ring
  // passes through a vertex twice.
  const TURNS = [3, 0, 1];
  const DX = [1, 0, -1, 0];
  const DY = [0, -1, 0, 1];
  const rings: { ring: [number, number][]; area: number }[] = [];
  /**
   * The edge to follow out of `key`, by preference right turn, straight, left turn. At the start
   * vertex, `closing` is the ring's first edge (already taken): when it is the preferred way on, the
   * ring is closed (null).
   */
  const take = (key: number, incoming: number, closing = -1): number | null => {
    const list = out.get(key) ?? [];
    for (const turn of TURNS) {
      const want = (incoming + turn) % 4;
      if (want === closing) return null;
      const at = list.indexOf(want);
      if (at >= 0) {
        list.splice(at, 1);
        return want;
      }
    }
    return closing >= 0 ? null : (list.shift() ?? null);
  };
  for (const [startKey, list] of out) {
    while (list.length > 0) {
      let x = startKey % W;
      let y = (startKey / W) | 0;
      let dir = list.shift()!;
      const firstDir = dir;
      const verts: [number, number][] = [[x, y]];
      for (let guard = 0; guard < 4 * cells.length + 8; guard++) {
        x += DX[dir];
        y += DY[dir];
        const key = y * W + x;
        // Back at the start: closed, unless the preferred way on is another path through this vertex.
        const next = take(key, dir, key === startKey ? firstDir : -1);
        if (next === null) break;
        if (next !== dir) verts.push([x, y]);
        dir = next;
      }
      // The start vertex may sit in the middle of a straight run.
      if (verts.length > 3) {
        const [a, b, c] = [verts[verts.length - 1], verts[0], verts[1]];
        if ((a[0] === b[0] && b[0] === c[0]) || (a[1] === b[1] && b[1] === c[1])) verts.shift();
      }
      // Lattice → lon/lat; signed area (shoelace, north up) tells outer rings from holes.
      const ring = verts.map(([vx, vy]): [number, number] => [g.west + vx * g.cellDegLon, rowEdges[vy]]);
      ring.push([ring[0][0], ring[0][1]]);
      let area = 0;
      for (let k = 0; k + 1 < verts.length; k++) area += verts[k][0] * -verts[k + 1][1] - verts[k + 1][0] * -verts[k][1];
      const last = verts[verts.length - 1];
      area += last[0] * -verts[0][1] - verts[0][0] * -last[1];
      rings.push({ ring, area });
    }
  }
  // One outer ring (counter-clockwise: positive area) for an edge-connected region; the rest are holes.
  rings.sort((a, b) => b.area - a.area);
  return rings.map((r) => r.ring);
}
