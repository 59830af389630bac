import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { contractColumns } from '../../src/scoring/flatten';
import { CRITERION_IDS } from '../../src/scoring/criteria';
import { candidatesFromRows } from '../../src/candidates/fromImport';
import { buildImportPreview } from '../../src/candidates/importPreview';
import { exportCsv, exportFileName, exportGeoJson, weightColumn, type ExportItem, type ExportMeta } from '../../src/candidates/exportRecords';
import { compileSiteScoring, modelOptionsOf, type ScoringSettings } from '../../src/scoring/siteScoring';
import { candidateScorer } from '../../src/candidates/candidateScorer';
import type { Candidate } from '../../src/candidates/types';

const geojsonhint = createRequire(import.meta.url)('@mapbox/geojsonhint') as { hint(s: string): { message: string; level?: string }[] };
const ctx = loadQueryContextNode();
const settings: ScoringSettings = {
  profile: 'ai',
  weights: { ai: { latency: 40 } },
  constraints: {},
  economics: economicsDefaults(ctx.facts.economics).inputs,
};
const meta: ExportMeta = { exportedAt: '2026-11-24T10:00:00.000Z', appVersion: '0.1.0', model: modelOptionsOf(settings, 'ai') };

const CANDIDATES: Candidate[] = [
  { id: 'a1', name: 'Abilene "West", TX', lon: -99.733312, lat: 32.448736, starred: true, props: { owner: 'Ranch Co', mw: '120', score: 'mine' }, addedAt: '2026-11-01T00:00:00.000Z' },
  { id: 'b2', name: 'Montréal 🏭', lon: -73.567256, lat: 45.501689, starred: false, props: { owner: 'Hydro', note: '' }, addedAt: '2026-11-02T00:00:00.000Z' },
  { id: 'c3', name: 'Monterrey', lon: -100.316116, lat: 25.686614, starred: true, props: {}, addedAt: '2026-11-03T00:00:00.000Z' },
];
const score = candidateScorer(ctx, compileSiteScoring(settings));
const items: ExportItem[] = CANDIDATES.map((c) => ({ candidate: c, scored: score(c) }));
const regionAt = (lon: number, lat: number) => ctx.regionIndex.regionAt(lon, lat);
const runningInCi = () => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

function reimport(fileName: string, text: string): Candidate[] {
  const p = buildImportPreview(fileName, text, regionAt, []);
  expect(p.rejected).toEqual([]);
  return candidatesFromRows(p.read, p.kept, new Set(), new Date('2030-01-01'));
}

describe('GeoJSON export', () => {
  const text = exportGeoJson(items, meta);
  const doc = JSON.parse(text) as { type: string; features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };

  it('is validator-clean (geojsonhint) and RFC 7946 shaped', () => {
    expect(geojsonhint.hint(text)).toEqual([]);
    expect(doc.type).toBe('FeatureCollection');
    expect(text).not.toContain('"crs"');
  });

  it('puts [lon, lat] in that order at 6 decimals', () => {
    expect(doc.features[0].geometry.coordinates).toEqual([-99.733312, 32.448736]);
    const withMore = exportGeoJson([{ ...items[0], candidate: { ...CANDIDATES[0], lon: -99.12345678, lat: 32.98765432 } }], meta);
    expect(JSON.parse(withMore).features[0].geometry.coordinates).toEqual([-99.123457, 32.987654]);
  });

  it('has every property the issue lists', () => {
    const p = doc.features[0].properties;
    for (const col of ['id', 'name', 'region_code', 'region_name', 'profile', 'score_mining', 'score_ai', 'score_hybrid', 'exported_at', 'app_version', 'shortlisted']) expect(p).toHaveProperty(col);
    for (const col of contractColumns()) expect(p, col).toHaveProperty(col);
    for (const id of CRITERION_IDS) for (const s of ['value', 'unit', 'source', 'year', 'score', 'contribution']) expect(p).toHaveProperty(`${id}_${s}`);
    for (const id of CRITERION_IDS) expect(typeof p[weightColumn(id)]).toBe('number');
    expect(p).toMatchObject({ id: 'a1', region_code: 'US-TX', profile: 'ai', exported_at: meta.exportedAt, app_version: '0.1.0', shortlisted: true, owner: 'Ranch Co', mw: '120', input_score: 'mine' });
    expect(p.retail_price_unit).toBe('USD/MWh');
    expect(typeof p.econ_revenue_usd_per_year).toBe('number');
    const weightSum = CRITERION_IDS.reduce((s, id) => s + (p[weightColumn(id)] as number), 0);
    expect(weightSum).toBeCloseTo(100, 0);
  });

  it('round-trips: importing the export restores the same candidates and properties', () => {
    expect(reimport('gridscout-all-2026-11-24.geojson', text)).toEqual(CANDIDATES);
  });

  it('is readable by GDAL ogrinfo', (t) => {
    const probe = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      // CI installs gdal-bin (.ci/run): there a missing ogrinfo is a broken setup, not a reason to skip.
      if (runningInCi()) throw new Error('ogrinfo not found: CI must install the Debian package gdal-bin (see .ci/run)');
      t.skip('ogrinfo not installed (Debian: apt-get install gdal-bin); GDAL check skipped');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'gridscout-export-'));
    const file = join(dir, 'gridscout-all-2026-11-24.geojson');
    writeFileSync(file, text);
    const out = execFileSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
    expect(out).toMatch(/Geometry: Point/);
    expect(out).toMatch(/Feature Count: 3/);
    expect(out).toMatch(/score_ai: Real/);
    expect(out).toMatch(/name: String/);
    expect(out).toMatch(/WGS 84/);
  });
});

describe('CSV export', () => {
  const text = exportCsv(items, meta);
  it('has the same columns, lon/lat, one row per site', () => {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(3);
    expect(parsed.meta.fields!.slice(0, 4)).toEqual(['id', 'name', 'lon', 'lat']);
    for (const col of contractColumns()) expect(parsed.meta.fields).toContain(col);
    expect(parsed.data[0]).toMatchObject({ id: 'a1', name: 'Abilene "West", TX', lon: '-99.733312', lat: '32.448736', shortlisted: 'true', owner: 'Ranch Co' });
  });
  it('round-trips', () => {
    // CSV cannot tell an empty value from an absent column: empty cells come back as "not set".
    const withoutEmpty = CANDIDATES.map((c) => ({ ...c, props: Object.fromEntries(Object.entries(c.props).filter(([, v]) => v !== '')) }));
    expect(reimport('gridscout-all-2026-11-24.csv', text)).toEqual(withoutEmpty);
  });
});

describe('file names', () => {
  it('carry the date', () => {
    expect(exportFileName('shortlist', 'geojson', new Date(2026, 10, 24, 23, 59))).toBe('gridscout-shortlist-2026-11-24.geojson');
    expect(exportFileName('all', 'csv', new Date(2026, 0, 5))).toBe('gridscout-all-2026-01-05.csv');
  });
});

describe('import of a plain file', () => {
  it('keeps extra columns as properties, not the coordinates or name', () => {
    const p = buildImportPreview('x.csv', 'Site,Lat,Lon,owner\nA,30.27,-97.74,me\n', regionAt, []);
    const [c] = candidatesFromRows(p.read, p.kept, new Set(), new Date('2030-01-01T00:00:00Z'));
    expect(c).toMatchObject({ name: 'A', lat: 30.27, lon: -97.74, starred: false, props: { owner: 'me' }, addedAt: '2030-01-01T00:00:00.000Z' });
  });
});
