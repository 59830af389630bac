// npm run bench — measured in one run, on this machine:
//   1. surface re-score of 1,000,000 cells (the work a weight slider triggers), single-threaded;
//   2. region lookup: the Flatbush-indexed regionAt against a naive scan of every region with
//      turf.booleanPointInPolygon.
//   3. import of a synthetic 100,000-row CSV: the worker's path (decode, read, region/duplicate checks,
//      rows → candidates), single-threaded, in rows/s;
//   4. export of 10,000 sites: full scoring (criteria, economics) + the CSV and GeoJSON writers; and of
//      100,000 sites as the app's "Export all" runs it (scored and written step by step into Blob parts).
//   0. the shipped suitability cube: land cells, size, the real grid's re-score, quantisation error.
// The last line is machine-readable:
//   surface_land_cells=<N> cube_bytes=<typed arrays> cube_gzip_bytes=<file> bits_per_criterion=16 quant_error_max=<points> surface_rescore_ms=<real grid, as the worker>
//   score_1m_ms=<median CPU ms per re-score> lookup_speedup=<ratio> import_100k_rows_per_s=<rows/s>
//   export_10k_ms=<ms, scoring + CSV> export_100k_ms=<ms, scoring + CSV>
//   point_query_us=<median µs of one point query with the nearby-power facts (scripts/bench-point-query.ts)>
import os from 'node:os';
import { booleanPointInPolygon } from '@turf/turf';
import { loadBoundariesNode } from './lib/nodeData';
import { prepareSurface, rescoreSurface, scoreBatch, surfaceMask } from '../src/scoring/batch';
import { CRITERIA, CRITERION_IDS, type CriterionId } from '../src/scoring/criteria';
import { compileModel } from '../src/scoring/model';
import { PROFILE_IDS } from '../src/scoring/profiles';
import { loadQueryContextNode, publicDataPath, readPublicGzip, readPublicJson } from './lib/nodeData';
import { readFileSync } from 'node:fs';
import { decodeCube, decodeCubeLand, toGrid, type SuitabilityCubeMeta } from '../src/scoring/suitabilityCube';
import { cellEvaluationPoints } from '../src/geo/landCell';
import { SUITABILITY_LAND_LATTICE } from '../src/geo/grid';
import { queryPoint } from '../src/data/pointQuery';
import { surfaceColumnsFromFacts } from './build/surfaceColumns';
import { benchPointQuery } from './lib/pointQueryBench';
import { decodeImportBytes } from '../src/io/decodeFile';
import { buildImportPreview } from '../src/candidates/importPreview';
import { candidatesFromRows } from '../src/candidates/fromImport';
import { exportBytes, exportChunks, type ExportFormat, type ExportItem } from '../src/candidates/exportRecords';
import { candidateScorer } from '../src/candidates/candidateScorer';
import type { Candidate } from '../src/candidates/types';
import { ByteSink } from '../src/io/byteSink';
import { economicsDefaults } from '../src/scoring/economicsDefaults';
import type { ScoredSite } from '../src/scoring/flatten';
import { compileSiteScoring } from '../src/scoring/siteScoring';

const CELLS = 1_000_000;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number, d = 2) => x.toFixed(d);

/** Synthetic cells spanning each criterion's anchors and beyond, 5 % missing per criterion, 30 % water. */
function syntheticSurface(n: number) {
  const rnd = lcg(2026);
  const raw = {} as Record<CriterionId, Float32Array>;
  for (const id of CRITERION_IDS) {
    const { best, worst } = CRITERIA[id];
    const lo = Math.min(best, worst);
    const span = Math.abs(best - worst);
    raw[id] = Float32Array.from({ length: n }, () => (rnd() < 0.05 ? Number.NaN : lo - 0.2 * span + 1.4 * span * rnd()));
  }
  const land = Uint8Array.from({ length: n }, () => (rnd() < 0.7 ? 1 : 0));
  return { raw, land };
}

function benchScoring(): number {
  const { raw, land } = syntheticSurface(CELLS);
  const out = new Float32Array(CELLS);
  // The app asks for each cell's coverage too (the map dims partly covered cells).
  const coverage = new Uint8Array(CELLS);
  const anchors = compileModel({ profile: 'ai' });
  let t = performance.now();
  const prepared = prepareSurface(anchors, raw, CELLS);
  const prepareMs = performance.now() - t;
  t = performance.now();
  const mask = surfaceMask(anchors, prepared, { raw, land });
  const maskMs = performance.now() - t;
  // Slider moves: cycle profiles and weight changes; warm up first so the loop is optimised.
  const models = PROFILE_IDS.flatMap((profile) => [compileModel({ profile }), compileModel({ profile, weights: { retail_price: 10, carbon: 40 } })]);
  for (let i = 0; i < 10; i++) rescoreSurface(models[i % models.length], prepared.scores, mask, out, coverage);
  // Wall time, and this process's CPU time: on a shared machine the thread can be descheduled
  // mid-run, which inflates wall time but not the compute a re-score costs.
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < 60; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    rescoreSurface(models[i % models.length], prepared.scores, mask, out, coverage);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
  }
  t = performance.now();
  scoreBatch(models[0], { raw, land }, out);
  const fullMs = performance.now() - t;
  const ms = median(cpuTimes);
  const wallMs = median(times);
  console.log(`scoring: ${CELLS.toLocaleString('en-US')} cells, ${CRITERION_IDS.length} criteria, single thread (node ${process.version}, load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs)`);
  console.log(`  re-score (weights/profile change), median of ${times.length} runs: ${fmt(ms)} ms CPU → ${(CELLS / (ms / 1000) / 1e6).toFixed(1)} M cells/s`);
  console.log(`  wall clock: median ${fmt(wallMs)} ms, min ${fmt(Math.min(...times))} ms (includes time descheduled on a busy machine)`);
  console.log(`  one-time per data load: prepare criterion scores ${fmt(prepareMs, 1)} ms; exclusion mask per constraint change ${fmt(maskMs, 1)} ms`);
  console.log(`  cold end-to-end scoreBatch (prepare + mask + score): ${fmt(fullMs, 1)} ms`);
  return ms;
}

function benchLookup(): number {
  const { boundaries, index } = loadBoundariesNode();
  const features = boundaries.regions.features;
  const rnd = lcg(7);
  // Points over the grid's extent (land and sea), as the app's hover and the CLI would query.
  const points = Array.from({ length: 20000 }, () => [-170 + 120 * rnd(), 14 + 58 * rnd()] as [number, number]);
  const naive = (lon: number, lat: number) => {
    for (const f of features) if (booleanPointInPolygon([lon, lat], f)) return f.properties.code;
    return null;
  };
  for (const [lon, lat] of points.slice(0, 2000)) index.regionAt(lon, lat);
  let t = performance.now();
  let hits = 0;
  for (const [lon, lat] of points) if (index.containingRegion(lon, lat)) hits++;
  const indexedMsPerPoint = (performance.now() - t) / points.length;
  // With the 10 km snap for points no polygon contains (the app's regionAt).
  t = performance.now();
  let snapped = 0;
  for (const [lon, lat] of points) if (index.regionAt(lon, lat)?.snapKm !== undefined) snapped++;
  const snapMsPerPoint = (performance.now() - t) / points.length;
  const naivePoints = points.slice(0, 2000);
  for (const [lon, lat] of naivePoints.slice(0, 100)) naive(lon, lat);
  t = performance.now();
  let disagree = 0;
  for (const [lon, lat] of naivePoints) if (naive(lon, lat) !== (index.containingRegion(lon, lat)?.code ?? null)) disagree++;
  // Subtract the indexed lookups done inside the agreement check.
  const naiveMsPerPoint = (performance.now() - t) / naivePoints.length - indexedMsPerPoint;
  const ratio = naiveMsPerPoint / indexedMsPerPoint;
  console.log(`region lookup: ${features.length} regions, ${points.length.toLocaleString('en-US')} points (${hits.toLocaleString('en-US')} on land)`);
  console.log(`  indexed containingRegion: ${fmt(indexedMsPerPoint * 1000, 2)} µs/point → ${Math.round(1000 / indexedMsPerPoint).toLocaleString('en-US')} points/s`);
  console.log(`  regionAt with the 10 km snap: ${fmt(snapMsPerPoint * 1000, 2)} µs/point (${snapped} points assigned by the snap)`);
  console.log(`  naive turf.booleanPointInPolygon scan: ${fmt(naiveMsPerPoint * 1000, 1)} µs/point over ${naivePoints.length.toLocaleString('en-US')} points → ${Math.round(1000 / naiveMsPerPoint).toLocaleString('en-US')} points/s`);
  console.log(`  speed-up ${fmt(ratio, 1)}×; answers differ on ${disagree} of ${naivePoints.length} points (boundary-edge conventions)`);
  return ratio;
}

/** Sites on a grid over the southern plains (land, covered regions), name + 2 own columns, 3 bad rows. */
function syntheticCsv(rows: number): Uint8Array {
  const lines = ['name,lat,lon,owner,mw'];
  for (let i = 0; i < rows; i++) lines.push(`Site ${i},${(33 + Math.floor(i / 400) * 0.028).toFixed(4)},${(-105 + (i % 400) * 0.0375).toFixed(4)},Owner ${i % 50},${i % 300}`);
  lines.push('bad,abc,-97,x,1', 'bad2,NaN,-97,x,1', 'bad3,1e309,-97,x,1');
  return new TextEncoder().encode(lines.join('\n'));
}

function benchImport(): number {
  const ROWS = 100_000;
  const bytes = syntheticCsv(ROWS);
  const { index } = loadBoundariesNode();
  const regionAt = (lon: number, lat: number) => index.regionAt(lon, lat);
  const run = () => {
    const t = performance.now();
    const decoded = decodeImportBytes(bytes);
    if (!decoded.ok) throw new Error(decoded.message);
    const p = buildImportPreview('sites.csv', decoded.text, regionAt, []);
    const cands = candidatesFromRows(p.read, p.kept, new Set(), new Date());
    return { ms: performance.now() - t, kept: cands.length, rejected: p.rejected.length };
  };
  run(); // warm-up
  const runs = [run(), run(), run()];
  const ms = median(runs.map((r) => r.ms));
  const rate = ROWS / (ms / 1000);
  console.log(`import: ${ROWS.toLocaleString('en-US')}-row CSV (${(bytes.length / 1e6).toFixed(1)} MB), decode + read + checks + candidates, median of 3: ${fmt(ms, 0)} ms → ${Math.round(rate).toLocaleString('en-US')} rows/s (${runs[0].kept.toLocaleString('en-US')} kept, ${runs[0].rejected} rejected)`);
  return rate;
}

const EXPORT_META = { exportedAt: '2026-11-24T00:00:00.000Z', appVersion: 'bench', model: { profile: 'ai' as const } };

/**
 * Sites on a grid over the southern plains, 1 in 100 with a formula-like name, 2 own columns. `columns`
 * sites a row: 100 for the 10k figure (the same sites as before the streaming export), 400 (the import
 * bench's grid) for 100k.
 */
function exportCandidates(n: number, columns: number): Candidate[] {
  const [dLon, dLat] = columns === 100 ? [0.15, 0.07] : [0.0375, 0.028];
  return Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: i % 100 === 0 ? `=HYPERLINK("x") ${i}` : `Site ${i}`, lon: -105 + (i % columns) * dLon, lat: 33 + Math.floor(i / columns) * dLat, starred: i % 3 === 0, props: { owner: `Owner ${i % 50}`, mw: String(i % 300) }, addedAt: '2026-11-01T00:00:00.000Z' }));
}

/** The export's scorer per candidate, default settings, AI selected: the service over the shipped data. */
function exportScorer(): (c: Candidate) => ScoredSite {
  const ctx = loadQueryContextNode();
  return candidateScorer(ctx, compileSiteScoring({ profile: 'ai', weights: {}, constraints: {}, economics: economicsDefaults(ctx.facts.economics).inputs }));
}

/** 10,000 sites: full scoring of every site first, then each writer on the scored sites. */
function benchExport10k(): number {
  const N = 10_000;
  const candidates = exportCandidates(N, 100);
  const score = exportScorer();
  let t = performance.now();
  const items: ExportItem[] = candidates.map((c) => ({ candidate: c, scored: score(c) }));
  const scoreMs = performance.now() - t;
  t = performance.now();
  const csv = exportBytes('csv', items, EXPORT_META);
  const csvMs = performance.now() - t;
  t = performance.now();
  const geojson = exportBytes('geojson', items, EXPORT_META);
  const geoMs = performance.now() - t;
  console.log(`export: ${N.toLocaleString('en-US')} sites — full scoring ${fmt(scoreMs, 0)} ms; CSV ${fmt(csvMs, 0)} ms (${(csv.length / 1e6).toFixed(1)} MB); GeoJSON ${fmt(geoMs, 0)} ms (${(geojson.length / 1e6).toFixed(1)} MB)`);
  return scoreMs + csvMs;
}

/**
 * 100,000 sites the way "Export all" runs in the app: each site scored and written as its step comes
 * (exportChunks into a ByteSink), the bytes handed to a Blob part every ~30 ms of work; no site's full
 * scores and no string of the whole file are ever held. Single thread, no yielding.
 */
function benchExport100k(): number {
  const N = 100_000;
  const candidates = exportCandidates(N, 400);
  const run = (format: ExportFormat) => {
    const score = exportScorer();
    let scoreMs = 0;
    const timedScore = (c: Candidate) => {
      const t0 = performance.now();
      const s = score(c);
      scoreMs += performance.now() - t0;
      return s;
    };
    const out = new ByteSink(4 << 20);
    const parts: Blob[] = [];
    const t = performance.now();
    let sliceEnd = t + 30;
    let longestStepMs = 0;
    let stepAt = t;
    for (const _ of exportChunks(format, candidates, timedScore, EXPORT_META, out)) {
      const now = performance.now();
      longestStepMs = Math.max(longestStepMs, now - stepAt);
      if (now >= sliceEnd) {
        parts.push(new Blob([out.view()]));
        out.reset();
        sliceEnd = performance.now() + 30;
      }
      stepAt = performance.now();
    }
    parts.push(new Blob([out.view()]));
    const totalMs = performance.now() - t;
    return { totalMs, scoreMs, writeMs: totalMs - scoreMs, mb: new Blob(parts).size / 1e6, parts: parts.length, longestStepMs };
  };
  const csv = run('csv');
  const geo = run('geojson');
  const line = (name: string, r: ReturnType<typeof run>) =>
    `${name} ${fmt(r.totalMs, 0)} ms (scoring ${fmt(r.scoreMs, 0)} + writing ${fmt(r.writeMs, 0)}), ${r.mb.toFixed(1)} MB in ${r.parts} Blob parts, longest step ${fmt(r.longestStepMs, 0)} ms`;
  console.log(`export: ${N.toLocaleString('en-US')} sites, scored and written step by step (as the app does) — ${line('CSV', csv)}; ${line('GeoJSON', geo)}`);
  return csv.totalMs;
}

/**
 * The shipped suitability cube: land cells, bytes, bits per value, the real grid's re-score time, and
 * the quantisation error: scores from the 16-bit values against scores from the float values the
 * point query gave, over sampled rows rebuilt here (the full rebuild takes minutes).
 */
function benchCube() {
  const meta = readPublicJson<SuitabilityCubeMeta>('cube.json');
  const gz = readFileSync(publicDataPath('cube.bin.gz'));
  const bytes = readPublicGzip('cube.bin.gz');
  const cube = decodeCube(meta, bytes);
  // The worker's path: land cells only, then spread over the grid for the map.
  const landCube = decodeCubeLand(meta, bytes);
  const L = landCube.landIndex.length;
  const prepared = prepareSurface(compileModel({ profile: 'ai' }), landCube.columns.raw, L);
  const landOut = new Float32Array(L);
  const landCov = new Uint8Array(L);
  const out = new Float32Array(meta.cells);
  const coverage = new Uint8Array(meta.cells);
  const models = PROFILE_IDS.map((profile) => compileModel({ profile }));
  const masks = models.map((m) => surfaceMask(m, prepared, landCube.columns));
  const recolour = (i: number) => {
    rescoreSurface(models[i % 3], prepared.scores, masks[i % 3], landOut, landCov);
    toGrid(landOut, landCube.landIndex, out, Number.NaN);
    toGrid(landCov, landCube.landIndex, coverage, 0);
  };
  for (let i = 0; i < 6; i++) recolour(i);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const c0 = process.cpuUsage();
    recolour(i);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  const realMs = median(times);
  // Quantisation error on 8 rows across the continent, for every profile.
  const ctx = loadQueryContextNode();
  const { boundaries } = loadBoundariesNode();
  const rows = Array.from({ length: 8 }, (_, i) => 60 + i * 100);
  const cells = meta.cells;
  const points = cellEvaluationPoints(cube.grid, (lon, lat) => ctx.regionIndex.containingRegion(lon, lat), boundaries.regions.features.map((f) => f.geometry), { lattice: SUITABILITY_LAND_LATTICE, rows });
  const float = surfaceColumnsFromFacts(cells, (i) => (points[i * 2] === points[i * 2] && ctx.regionIndex.containingRegion(points[i * 2], points[i * 2 + 1]) ? queryPoint(ctx, points[i * 2], points[i * 2 + 1]) : null));
  let maxErr = 0;
  let sumErr = 0;
  let compared = 0;
  for (const m of models) {
    const a = new Float32Array(cells);
    const b = new Float32Array(cells);
    scoreBatch(m, float, a);
    scoreBatch(m, cube.columns, b);
    for (const r of rows) {
      for (let c = 0; c < cube.grid.cols; c++) {
        const i = r * cube.grid.cols + c;
        if (Number.isNaN(a[i]) || Number.isNaN(b[i])) continue;
        const e = Math.abs(a[i] - b[i]);
        maxErr = Math.max(maxErr, e);
        sumErr += e;
        compared++;
      }
    }
  }
  const rawBytes = meta.byteLength;
  console.log(`suitability cube: ${meta.grid.cols} × ${meta.grid.rows} cells of ${meta.grid.cellDegLon}°, ${meta.landCells.toLocaleString('en-US')} land cells; ${meta.columns.length} columns at 16 bits (step per column in cube.json), region and mining rule at 8 bits, land as 1 bit per cell`);
  console.log(`  ${(rawBytes / 1e6).toFixed(1)} MB as typed arrays, ${(gz.length / 1e6).toFixed(2)} MB gzip (${(rawBytes / gz.length).toFixed(1)}× smaller)`);
  console.log(`  re-score of the real grid as the worker does it (${L.toLocaleString('en-US')} land cells, then spread over ${cells.toLocaleString('en-US')}), median of ${times.length}: ${fmt(realMs)} ms CPU`);
  console.log(`  quantisation error against float inputs, ${compared.toLocaleString('en-US')} cell scores on ${rows.length} rows × 3 facility types: max ${maxErr.toFixed(4)}, mean ${(sumErr / Math.max(1, compared)).toFixed(5)} points (of 100)`);
  return { landCells: meta.landCells, gzipBytes: gz.length, rawBytes, maxErr, realMs };
}

const cubeFigures = benchCube();
const pointQuery = benchPointQuery();
console.log(`point query: ${pointQuery.landPoints.toLocaleString('en-US')} land points, median of 7 rounds: ${fmt(pointQuery.medianUs, 1)} µs/point`);
const scoreMs = benchScoring();
const speedup = benchLookup();
const importRate = benchImport();
const exportMs = benchExport10k();
const export100kMs = benchExport100k();
console.log(`surface_land_cells=${cubeFigures.landCells} cube_bytes=${cubeFigures.rawBytes} cube_gzip_bytes=${cubeFigures.gzipBytes} bits_per_criterion=16 quant_error_max=${cubeFigures.maxErr.toFixed(4)} surface_rescore_ms=${fmt(cubeFigures.realMs)} point_query_us=${fmt(pointQuery.medianUs, 1)} score_1m_ms=${fmt(scoreMs)} lookup_speedup=${fmt(speedup, 1)} import_100k_rows_per_s=${Math.round(importRate)} export_10k_ms=${fmt(exportMs, 0)} export_100k_ms=${fmt(export100kMs, 0)}`);
