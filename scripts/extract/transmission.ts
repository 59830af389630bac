// Development-time extract (run by hand) of the high-voltage lines and stations the app draws and
// measures distances to:
//   npx tsx scripts/extract/transmission.ts [--shared ../shared/data]
// Reads the GridKit extraction of OpenStreetMap (~2016; ComplexNetTSP/Power_grids, Zenodo
// 10.5281/zenodo.250427) for Canada, Mexico and the USA Midwest, Northeast and South
// (<shared>/raw/grid/osm-hv-gridkit-2016/<area>_highvoltage_{links,vertices}.csv, '#'-separated,
// single-quoted text) and writes data/transmission-lines.csv (one straight node-to-node segment a
// row, as GridKit gives them) and data/transmission-stations.csv (the substations and stations
// among the vertices; joints, merges and plant vertices are topology, not stations).
// No US West file exists: the app masks those states as "no line data" (src/data/lineCoverage.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { sharedDataDir } from './csvTable';

export const GRIDKIT_AREAS = ['Canada', 'Mexico', 'USA-Midwest', 'USA-Northeast', 'USA-South'] as const;
const LINES = 'data/transmission-lines.csv';
const STATIONS = 'data/transmission-stations.csv';
const LINE_COLUMNS = ['line_id', 'area', 'voltages_kv', 'max_voltage_kv', 'operator', 'name', 'lon1', 'lat1', 'lon2', 'lat2'] as const;
const STATION_COLUMNS = ['station_id', 'area', 'kind', 'voltages_kv', 'operator', 'name', 'lon', 'lat'] as const;
const STATION_KINDS: Record<string, string> = { substation: 'substation', sub_station: 'substation', station: 'station' };

function readHash(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { delimiter: '#', quoteChar: "'", header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

/**
 * "230000;115000;230000" → "230;115" (kV, distinct, highest first). 0 and empty entries are unknown,
 * not 0 kV; so are entries under 1 kV (a "315" on a Hydro-Québec line tagged in volts is not a
 * 315 V line, and guessing it means 315 kV would be inventing a figure).
 */
function kv(voltage: string): number[] {
  const vs = voltage
    .split(';')
    .map((v) => Number(v) / 1000)
    .filter((v) => Number.isFinite(v) && v >= 1);
  return [...new Set(vs)].sort((a, b) => b - a);
}

/** 5 decimals (~1 m): finer than OSM's own mapping of 2016, so nothing is lost. */
const coord = (n: number) => String(Math.round(n * 1e5) / 1e5);
const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function main(): void {
  const dir = resolve(sharedDataDir(process.argv), 'raw/grid/osm-hv-gridkit-2016');
  const lines: Record<string, string>[] = [];
  const stations: Record<string, string>[] = [];
  for (const area of GRIDKIT_AREAS) {
    let unknown = 0;
    for (const r of readHash(resolve(dir, `${area}_highvoltage_links.csv`))) {
      const m = /LINESTRING\(([^)]*)\)/.exec(r.wkt_srid_4326);
      if (!m) throw new Error(`${area} link ${r.l_id}: no LINESTRING`);
      const pts = m[1].split(',').map((p) => p.trim().split(/\s+/).map(Number));
      if (pts.length !== 2 || pts.some((p) => p.length !== 2 || p.some((x) => !Number.isFinite(x)))) throw new Error(`${area} link ${r.l_id}: expected a two-point segment`);
      const vs = kv(r.voltage);
      if (vs.length === 0) unknown++;
      lines.push({
        line_id: `${area}:${r.l_id}`,
        area,
        voltages_kv: vs.join(';'),
        // A line carrying several circuits is classed by its highest voltage.
        max_voltage_kv: vs.length ? String(vs[0]) : '',
        operator: clean(r.operator),
        name: clean(r.name),
        lon1: coord(pts[0][0]),
        lat1: coord(pts[0][1]),
        lon2: coord(pts[1][0]),
        lat2: coord(pts[1][1]),
      });
    }
    let kept = 0;
    for (const r of readHash(resolve(dir, `${area}_highvoltage_vertices.csv`))) {
      const kind = STATION_KINDS[r.typ];
      if (!kind) continue;
      kept++;
      stations.push({
        station_id: `${area}:${r.v_id}`,
        area,
        kind,
        voltages_kv: kv(r.voltage).join(';'),
        operator: clean(r.operator),
        name: clean(r.name),
        lon: coord(Number(r.lon)),
        lat: coord(Number(r.lat)),
      });
    }
    console.log(`${area}: ${lines.filter((l) => l.area === area).length} line segments (${unknown} without a voltage), ${kept} stations`);
  }
  const write = (path: string, fields: readonly string[], rows: Record<string, string>[]) => {
    writeFileSync(path, `${Papa.unparse({ fields: [...fields], data: rows.map((r) => fields.map((c) => r[c])) }, { newline: '\n' })}\n`);
    console.log(`wrote ${path} (${rows.length} rows)`);
  };
  write(LINES, LINE_COLUMNS, lines);
  write(STATIONS, STATION_COLUMNS, stations);
  const byClass = new Map<string, number>();
  for (const l of lines) {
    const v = Number(l.max_voltage_kv);
    const c = l.max_voltage_kv === '' ? 'unknown' : v >= 500 ? '≥ 500' : v >= 345 ? '345–499' : v >= 230 ? '230–344' : '< 230';
    byClass.set(c, (byClass.get(c) ?? 0) + 1);
  }
  console.log(`segments by class: ${[...byClass].map(([c, n]) => `${c} kV ${n}`).join(', ')}`);
}

main();
