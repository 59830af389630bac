// Development-time extract (run by hand) of the power-market geography the point query needs:
//   npx tsx scripts/extract/gridRegions.ts [--shared ../shared/data]
// Reads the verbatim files in <shared>/raw (see raw/SOURCES-infrastructure.md) and writes compact,
// simplified project tables; the app, its tests and CI read only these outputs:
//   data/geo/egrid-subregions.geojson  27 eGRID2023 subregion footprints (EPA Power Profiler): code, name
//   data/geo/iso-footprints.geojson    7 ISO/RTO footprints (CommonGrid, ODbL): id, name
//   data/geo/shale-plays.geojson       48 EIA lower-48 shale plays: id, basin, play
//   data/flared-gas.csv                VIIRS flared-gas volume of 2020 per play the flaring monitor covers
// The subregion rates are not taken from the geojson: data/grid-carbon.csv holds them with their
// citation. This script checks that the two agree, figure by figure, and fails if they do not.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import * as topojsonClient from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { readTable, sharedDataDir, type Row } from './csvTable';
import { decodeWkbHex } from './wkb';

/** Triangle-area threshold (steradians, ≈ 4 km²): keeps site-scale shape, drops survey noise. */
const SIMPLIFY_MIN_WEIGHT_SR = 1e-7;
/** 3 decimals ≈ 100 m: finer than the simplification, so rounding changes nothing visible. */
const DECIMALS = 3;

type Geom = Polygon | MultiPolygon;

function round(ring: Position[]): Position[] {
  const f = 10 ** DECIMALS;
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function roundGeometry(g: Geom): Geom | null {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => rings.map(round).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/** Topology-preserving simplification (shared borders stay shared), then rounded GeoJSON. */
function simplified<P>(features: Feature<Geom, P>[]): Feature<Geom, P>[] {
  const fc = { type: 'FeatureCollection', features } as FeatureCollection;
  const topo = presimplify(topology({ f: fc }) as Topology<Objects<{}>>, sphericalTriangleArea);
  const simple = simplify(topo, SIMPLIFY_MIN_WEIGHT_SR);
  const back = topojsonClient.feature(simple, simple.objects.f as GeometryCollection) as unknown as FeatureCollection<Geom, P>;
  return back.features.flatMap((f, i) => {
    const geometry = f.geometry && roundGeometry(f.geometry);
    if (!geometry) throw new Error(`feature ${i} vanished in simplification`);
    return [{ type: 'Feature', properties: features[i].properties, geometry } as Feature<Geom, P>];
  });
}

function writeGeo(path: string, features: Feature[]): void {
  // One feature a line: a readable diff, a small file.
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(path, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
  console.log(`wrote ${path} (${features.length} features, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB)`);
}

// ---------------------------------------------------------------------------------------------
// eGRID2023 subregions
// ---------------------------------------------------------------------------------------------

interface EgridProps {
  name?: string;
  type?: string;
  fullName?: string;
  emissionFactor?: { co2eEmissionRate?: { value: number; units: string } };
}

function egridSubregions(shared: string): Feature<Geom, { code: string; name: string }>[] {
  const fc = JSON.parse(readFileSync(resolve(shared, 'raw/grid/egrid2023_subregions.geojson'), 'utf8')) as FeatureCollection<Geom | null, EgridProps>;
  const carbon = readTable('data/grid-carbon.csv').rows.filter((r) => r.level === 'egrid_subregion' && r.metric === 'eGRID total output emission rate CO2e');
  const subs = fc.features.filter((f) => f.properties.type === 'subregion');
  if (subs.length !== 27) throw new Error(`expected 27 eGRID subregions, found ${subs.length}`);
  const out: Feature<Geom, { code: string; name: string }>[] = [];
  for (const f of subs) {
    const code = f.properties.name!;
    const rate = f.properties.emissionFactor?.co2eEmissionRate;
    const row = carbon.find((r) => r.region_code === code);
    if (!row || !rate || rate.units !== 'lb/MWh' || Number(row.co2_rate) !== rate.value || row.unit !== 'lb_per_MWh') {
      throw new Error(`${code}: the Power Profiler CO2e rate (${rate?.value} ${rate?.units}) differs from data/grid-carbon.csv (${row?.co2_rate} ${row?.unit})`);
    }
    if (row.region_name !== f.properties.fullName) throw new Error(`${code}: name ${f.properties.fullName} vs ${row.region_name}`);
    if (!f.geometry) throw new Error(`${code}: no geometry`);
    out.push({ type: 'Feature', properties: { code, name: row.region_name }, geometry: f.geometry });
  }
  console.log(`eGRID: 27 subregion CO2e rates in the Power Profiler file equal data/grid-carbon.csv (e.g. NYUP ${carbon.find((r) => r.region_code === 'NYUP')?.co2_rate}, NYCW ${carbon.find((r) => r.region_code === 'NYCW')?.co2_rate} lb/MWh)`);
  return out.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}

// ---------------------------------------------------------------------------------------------
// ISO / RTO footprints (CommonGrid, ODbL)
// ---------------------------------------------------------------------------------------------

function isoFootprints(shared: string): Feature<Geom, { id: string; name: string }>[] {
  const fc = JSON.parse(readFileSync(resolve(shared, 'raw/grid/commongrid_iso_regions.geojson'), 'utf8')) as FeatureCollection<Geom, { id: string; shortName: string | null }>;
  const isos = JSON.parse(readFileSync(resolve(shared, 'raw/grid/commongrid_isos.json'), 'utf8')) as { shortName: string; name: string; regionId: string }[];
  const out: Feature<Geom, { id: string; name: string }>[] = [];
  for (const f of fc.features) {
    // The non-ISO regions (West, Southeast, Alaska, Hawaii) are where no organised market runs: not footprints.
    if (!f.properties.shortName) continue;
    const iso = isos.find((i) => i.regionId === f.properties.id);
    if (!iso || iso.shortName !== f.properties.shortName) throw new Error(`${f.properties.id}: not in commongrid_isos.json`);
    out.push({ type: 'Feature', properties: { id: iso.shortName, name: iso.name }, geometry: f.geometry });
  }
  if (out.length !== 7) throw new Error(`expected 7 ISO footprints, found ${out.length}`);
  return out.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}

// ---------------------------------------------------------------------------------------------
// Shale plays and flared gas
// ---------------------------------------------------------------------------------------------

interface PlayProps {
  id: string;
  basin: string;
  play: string;
}

function shalePlays(shared: string): Feature<Geom, PlayProps>[] {
  const text = gunzipSync(readFileSync(resolve(shared, 'raw/gas/eia_lower_48_shale_basins.csv.gz'))).toString('utf8');
  const rows = Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
  if (rows.length !== 48) throw new Error(`expected 48 shale plays, found ${rows.length}`);
  return rows
    .map((r) => ({ type: 'Feature' as const, properties: { id: r.id, basin: r.basin.trim(), play: r.shale_play.trim() }, geometry: decodeWkbHex(r.geom) }))
    .sort((a, b) => Number(a.properties.id) - Number(b.properties.id));
}

/**
 * The monitor's basin/sub-basin rows → EIA play ids (the monitor aggregated over these very
 * polygons: same repository, raw/lower_48_basins.csv.gz), and the states its data covers: VIIRS
 * and well data for Texas, New Mexico, North Dakota and Colorado only (its README), so the
 * Niobrara figure is Colorado's part, Bakken/Three Forks North Dakota's, Haynesville Texas's.
 */
const MONITOR_PLAYS: { basin: string; sub: string; playId: string; states: string }[] = [
  { basin: 'Barnett', sub: 'Barnett', playId: '9', states: 'US-TX' },
  { basin: 'Denver Julesberg', sub: 'Niobrara', playId: '38', states: 'US-CO' },
  { basin: 'Eagleford', sub: 'Eagle Ford', playId: '33', states: 'US-TX' },
  { basin: 'Haynesville', sub: 'Haynesville-Bossier', playId: '20', states: 'US-TX' },
  { basin: 'Permian', sub: 'Central Basin Platform', playId: '44', states: 'US-TX;US-NM' },
  { basin: 'Permian', sub: 'Delaware', playId: '45', states: 'US-TX;US-NM' },
  { basin: 'Permian', sub: 'Midland', playId: '46', states: 'US-TX;US-NM' },
  { basin: 'Permian', sub: 'Northwestern Shelf', playId: '47', states: 'US-TX;US-NM' },
  { basin: 'Permian', sub: 'Other', playId: '48', states: 'US-TX;US-NM' },
  { basin: 'Williston', sub: 'Bakken', playId: '42', states: 'US-ND' },
  { basin: 'Williston', sub: 'Three Forks', playId: '41', states: 'US-ND' },
];
const YEAR = 2020;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const STATS_URL = 'https://github.com/flaringmonitor/viirs-flare-data/blob/a89e9932/processed/flaring_monitor_basin_stats.csv';
const STATE_NAMES: Record<string, string> = { 'US-TX': 'Texas', 'US-NM': 'New Mexico', 'US-ND': 'North Dakota', 'US-CO': 'Colorado' };

function flaredGas(shared: string, plays: Feature<Geom, PlayProps>[]): Row[] {
  const stats = readTable(resolve(shared, 'raw/gas/flaring_monitor_basin_stats.csv')).rows.filter((r) => r.product_type === 'flared gas' && r.product_units === 'mmcf');
  const out: Row[] = [];
  for (const m of MONITOR_PLAYS) {
    const row = stats.find((r) => r.basin === m.basin && r.play_subbasin === m.sub);
    const play = plays.find((p) => p.properties.id === m.playId);
    if (!row || !play) throw new Error(`${m.basin}/${m.sub}: no stats row or no play ${m.playId}`);
    if (play.properties.play !== m.sub) {
      throw new Error(`${m.basin}/${m.sub}: play ${m.playId} is ${play.properties.play}`);
    }
    const months = MONTHS.map((mo) => row[`${mo}_${YEAR}`]);
    if (months.some((v) => v === '' || !Number.isFinite(Number(v)))) throw new Error(`${m.basin}/${m.sub}: a ${YEAR} month is blank`);
    const total = months.reduce((s, v) => s + Number(v), 0);
    const states = m.states.split(';').map((s) => STATE_NAMES[s]).join(' and ');
    out.push({
      play_id: m.playId,
      basin: play.properties.basin,
      play: play.properties.play,
      year: String(YEAR),
      flared_volume: String(total),
      unit: 'million_cubic_feet_per_year',
      covered_states: m.states,
      source: 'Flaring Monitor (VIIRS Nightfire satellite estimates), flaring_monitor_basin_stats.csv, flared gas in mmcf by month',
      source_url: STATS_URL,
      licence: 'LGPL-2.1 (repository); VIIRS Nightfire, Payne Institute / Colorado School of Mines',
      quality: 'secondary',
      notes: `Satellite-estimated volume: the sum of the monitor's twelve monthly ${YEAR} figures. Counts flares in ${states} only`,
    });
  }
  // The monitor's Permian "All" row must equal its sub-basins: checks the mapping covers the basin.
  const all = stats.find((r) => r.basin === 'Permian' && r.play_subbasin === 'All')!;
  const allTotal = MONTHS.reduce((s, mo) => s + Number(all[`${mo}_${YEAR}`]), 0);
  const subTotal = out.filter((r) => r.basin === 'Permian').reduce((s, r) => s + Number(r.flared_volume), 0);
  if (allTotal !== subTotal) throw new Error(`Permian: sub-basins ${subTotal} ≠ All ${allTotal}`);
  console.log(`flared gas ${YEAR}: ${out.map((r) => `${r.play} ${r.flared_volume}`).join(', ')} mmcf (Permian all ${allTotal})`);
  return out;
}

function main(): void {
  const shared = sharedDataDir(process.argv);
  mkdirSync('data/geo', { recursive: true });
  writeGeo('data/geo/egrid-subregions.geojson', simplified(egridSubregions(shared)));
  writeGeo('data/geo/iso-footprints.geojson', simplified(isoFootprints(shared)));
  const plays = shalePlays(shared);
  const rows = flaredGas(shared, plays);
  writeGeo('data/geo/shale-plays.geojson', simplified(plays));
  const columns = Object.keys(rows[0]);
  writeFileSync('data/flared-gas.csv', `${Papa.unparse(rows, { columns, newline: '\n' })}\n`);
  console.log(`wrote data/flared-gas.csv (${rows.length} rows)`);
}

main();
