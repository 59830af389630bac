// The offline gazetteer: a compact table of North American towns and a name search over it.
// Pure: the UI fetches public/data/gazetteer.json lazily and hands the decoded list here.

export interface Place {
  name: string;
  /** GridScout region code (e.g. US-TX), or the country code when the point is off the boundaries. */
  region: string;
  lon: number;
  lat: number;
  population: number;
}

interface GazetteerFile {
  source: string;
  columns: ['name', 'region', 'lon', 'lat', 'population'];
  rows: [string, string, number, number, number][];
}

export function encodeGazetteer(places: readonly Place[], source: string): string {
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  const file: GazetteerFile = { source, columns: ['name', 'region', 'lon', 'lat', 'population'], rows: places.map((p) => [p.name, p.region, r4(p.lon), r4(p.lat), p.population]) };
  return JSON.stringify(file);
}

export function decodeGazetteer(json: unknown): Place[] {
  const f = json as GazetteerFile;
  if (!f || !Array.isArray(f.rows)) throw new Error('gazetteer.json has no rows');
  return f.rows.map(([name, region, lon, lat, population]) => ({ name, region, lon, lat, population }));
}

/** Accents and case folded, so "montreal" finds Montréal. */
const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/**
 * Places whose name starts with the query (then those containing it), larger towns first. A region
 * after a comma narrows it: "austin, tx" or "springfield, US-IL".
 */
export function searchPlaces(places: readonly Place[], query: string, limit = 8): Place[] {
  const [namePart, regionPart = ''] = query.split(',');
  const q = fold(namePart);
  const r = fold(regionPart);
  if (q.length < 2) return [];
  const starts: Place[] = [];
  const contains: Place[] = [];
  for (const p of places) {
    if (r && !fold(p.region).endsWith(r) && !fold(p.region).startsWith(r)) continue;
    const n = fold(p.name);
    if (n.startsWith(q)) starts.push(p);
    else if (contains.length < limit && n.includes(q)) contains.push(p);
    if (starts.length >= limit) break;
  }
  // The file is sorted by population, so each list already has larger towns first.
  return [...starts, ...contains].slice(0, limit);
}
