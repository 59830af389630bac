// A representative point for non-Point geometry: the mean of its vertices (for lines and polygons
// that is close enough to place a candidate; the import preview says it was reduced).
export function centroidOf(g: { type?: unknown; coordinates?: unknown; geometries?: unknown }): [number, number] | null {
  let sx = 0, sy = 0, n = 0;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (c.length >= 2 && typeof c[0] === 'number' && typeof c[1] === 'number') {
      if (Number.isFinite(c[0]) && Number.isFinite(c[1])) (sx += c[0], sy += c[1], n++);
      return;
    }
    for (const x of c) walk(x);
  };
  if (g.type === 'GeometryCollection' && Array.isArray(g.geometries)) for (const sub of g.geometries) walk((sub as { coordinates?: unknown })?.coordinates);
  else walk(g.coordinates);
  return n ? [sx / n, sy / n] : null;
}
