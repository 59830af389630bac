// Guards for input built to break a reader: header names that are object-prototype keys or repeat,
// cells too long to keep, and JSON nested deep enough to overflow a recursive walk.

/** Longest cell a row may hold and still be imported (a note of ~25 pages). Longer → the row is rejected. */
export const MAX_CELL_CHARS = 100_000;

/**
 * Header names made safe to use as record keys: blanks become column_<n>, repeats get _2, _3…, and
 * "__proto__" (which a plain object would swallow, losing the column) is renamed.
 */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map((h, i) => {
    let base = h.trim() === '' ? `column_${i + 1}` : h.trim();
    if (base === '__proto__') base = 'proto_column';
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base}_${n}`;
    seen.add(name);
    return name;
  });
}

/** The first column whose text is over the cell limit, with its length; null when all fit. */
export function longCell(record: Record<string, unknown>): { column: string; length: number } | null {
  for (const [column, v] of Object.entries(record)) if (typeof v === 'string' && v.length > MAX_CELL_CHARS) return { column, length: v.length };
  return null;
}

export const longCellMessage = (c: { column: string; length: number }) =>
  `column "${c.column.slice(0, 60)}" holds ${c.length.toLocaleString('en-US')} characters; a cell may hold at most ${MAX_CELL_CHARS.toLocaleString('en-US')}`;

/** True when arrays/objects nest deeper than `limit` (iterative, so hostile depth cannot overflow the stack). */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v as object)) if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
  return false;
}

/** GeoJSON coordinates nest at most 4 deep (MultiPolygon); anything past this is not a geometry. */
export const MAX_COORDINATE_DEPTH = 6;
/** Property values nested deeper than this are refused (they are kept as JSON text otherwise). */
export const MAX_PROPERTY_DEPTH = 32;
