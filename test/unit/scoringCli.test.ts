import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, parseArgs } from '../../scripts/score';
import { weightsFromDoc } from '../../scripts/lib/weightsFile';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';
import { queryPoint } from '../../src/data/pointQuery';
import { contractColumns, flattenScoredSite } from '../../src/scoring/flatten';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { compileSiteScoring } from '../../src/scoring/siteScoring';
import { explainPoint } from '../../src/scoring/explain';
import { PROFILE_IDS } from '../../src/scoring/profiles';
import { readScoringInput } from '../../src/io/scoringInput';

const FIXTURE = new URL('../fixtures/scoring/sites.csv', import.meta.url).pathname;
const ctx = loadQueryContextNode();
const regionAt = (lon: number, lat: number) => ctx.regionIndex.regionAt(lon, lat);
const parseSitesCsv = (text: string) => readScoringInput('sites.csv', new TextEncoder().encode(text), regionAt);
const parseSitesGeoJson = (text: string) => readScoringInput('sites.geojson', new TextEncoder().encode(text), regionAt);
let dir: string;
let stderr: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gridscout-score-'));
  stderr = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void stderr.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

describe('sites input', () => {
  it('detects lat/lon columns by common names and reports bad rows by line', () => {
    const { sites, errors } = parseSitesCsv('Site Name,LATITUDE,lng,extra\nA,30.1,-97.5,1\nB,,-97,2\nC,31,-300,3\n');
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatchObject({ name: 'A', lat: 30.1, lon: -97.5, input: { 'Site Name': 'A', LATITUDE: '30.1', lng: '-97.5', extra: '1' } });
    expect(errors).toEqual([
      { row: 3, message: 'latitude is empty' },
      { row: 4, message: 'longitude -300 is outside ±180°' },
    ]);
    expect(() => parseSitesCsv('a,b\n1,2\n')).toThrow(/no latitude .* and longitude .* column among: a, b/);
  });

  it('reads GeoJSON points and rejects other geometries per feature', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [-99.73, 32.45] }, properties: { name: 'P', n: 3 } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: ['x', 1] }, properties: {} },
      ],
    };
    const { sites, errors } = parseSitesGeoJson(JSON.stringify(fc));
    expect(sites.map((s) => s.name)).toEqual(['P']);
    expect(errors.map((e) => e.row)).toEqual([2, 3]);
    expect(errors[0].message).toMatch(/LineString/);
    expect(() => parseSitesGeoJson('{')).toThrow(/not valid JSON/);
  });

  it('reads a weights file as weights of the selected facility type or weights per facility type', () => {
    expect(weightsFromDoc({ latency: 30 }, 'ai')).toEqual({ weights: { ai: { latency: 30 } }, constraints: {} });
    expect(weightsFromDoc({ weights: { latency: 30 }, constraints: { maxPue: 1.4 } }, 'hybrid')).toEqual({ weights: { hybrid: { latency: 30 } }, constraints: { maxPue: 1.4 } });
    expect(weightsFromDoc({ weights: { mining: { cooling: 60 }, ai: { latency: 40 } } }, 'ai')).toEqual({ weights: { mining: { cooling: 60 }, ai: { latency: 40 } }, constraints: {} });
    expect(() => weightsFromDoc({ weights: { mining: { cooling: 60 }, latency: 40 } }, 'ai')).toThrow(/either criterion weights or weights per facility type/);
    expect(() => weightsFromDoc([1], 'ai')).toThrow(/JSON object/);
  });

  it('parses CLI arguments and rejects bad ones', () => {
    expect(parseArgs(['a.csv', '--profile', 'ai', '--mw', '20'])).toMatchObject({ input: 'a.csv', profile: 'ai', overrides: { itMw: 20 } });
    expect(() => parseArgs(['a.csv', '--profile', 'gpu'])).toThrow(/--profile must be one of/);
    expect(() => parseArgs(['a.csv', '--profile', 'ai', '--mw', 'lots'])).toThrow(/--mw must be a number/);
    expect(() => parseArgs(['a.csv', '--profile', 'ai', '--frob'])).toThrow(/unknown option --frob/);
  });
});

describe('CLI round trip', () => {
  it('CSV → GeoJSON: good rows kept, bad rows reported, same numbers as the direct model', () => {
    const out = join(dir, 'out.geojson');
    const weights = join(dir, 'w.json');
    writeFileSync(weights, JSON.stringify({ weights: { latency: 30 }, constraints: { maxCarbonGPerKwh: 300 } }));
    expect(main([FIXTURE, '--profile', 'ai', '--weights', weights, '--mw', '20', '--out', out])).toBe(0);
    expect(stderr.join('\n')).toMatch(/line 4: latitude "abc" is not a number \(skipped\)/);
    expect(stderr.join('\n')).toMatch(/line 6: latitude 123 is outside ±90°/);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.crs).toBeUndefined();
    expect(doc.features).toHaveLength(3);
    // Best first: the two scored sites by the ranking rule, then the excluded one (Abilene).
    const byName = (n: string) => doc.features.find((f: { properties: { name: string } }) => f.properties.name === n);
    const [abilene, ashburn, montreal] = ['Abilene candidate', 'Ashburn candidate', 'Montréal candidate'].map(byName);
    expect(doc.features[2]).toBe(abilene);
    const [first, second] = doc.features.map((f: { properties: { score_low: number } }) => f.properties.score_low);
    expect(first).toBeGreaterThanOrEqual(second);
    expect(abilene.geometry).toEqual({ type: 'Point', coordinates: [-99.73, 32.45] });
    for (const c of contractColumns()) expect(abilene.properties).toHaveProperty(c);
    expect(abilene.properties).toMatchObject({ name: 'Abilene candidate', owner: 'acme', Latitude: '32.45', profile: 'ai', econ_it_mw: 20 });
    // Texas grid is above 300 g/kWh → excluded for every profile, with the reason.
    expect(abilene.properties.score).toBeNull();
    expect(abilene.properties.excluded_reason).toMatch(/^carbon intensity .* gCO2e\/kWh > max 300/);
    // The direct model on the same point gives the same flat record.
    const econ = { ...economicsDefaults(ctx.facts.economics).inputs, itMw: 20 };
    const direct = flattenScoredSite(
      compileSiteScoring({ profile: 'ai', weights: { ai: { latency: 30 } }, constraints: { maxCarbonGPerKwh: 300 }, economics: econ }).score(queryPoint(ctx, -77.4875, 39.0437), {
        name: 'Ashburn candidate',
        input: { site_name: 'Ashburn candidate', Latitude: '39.0437', Longitude: '-77.4875', owner: 'acme' },
      }),
    );
    expect(ashburn.properties).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(montreal.properties.owner).toBe('Smith, J.');
    expect(montreal.properties.mining_restriction).toMatch(/Hydro-Québec/);
  });

  it('GeoJSON → CSV and back: columns survive unchanged', () => {
    const gj = join(dir, 'in.geojson');
    writeFileSync(
      gj,
      JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-97.74, 30.27] }, properties: { name: 'Austin', capex_musd: 900 } }] }),
    );
    const csv = join(dir, 'out.csv');
    expect(main([gj, '--profile', 'mining', '--out', csv])).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Austin', region_code: 'US-TX', profile: 'mining', capex_musd: '900', lon: '-97.74', lat: '30.27' });
    expect(Number(rows[0].score)).toBeGreaterThan(0);
    expect(Number(rows[0].econ_power_cost_usd_per_year)).toBeGreaterThan(0);
    // The CSV output is itself valid input (lat/lon columns detected).
    const again = parseSitesCsv(readFileSync(csv, 'utf8'));
    expect(again.errors).toEqual([]);
    expect(again.sites[0]).toMatchObject({ lon: -97.74, lat: 30.27, name: 'Austin' });
  });

  it('fails clearly on unusable input', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'a,b\n1,2\n');
    expect(main([bad, '--profile', 'ai', '--out', join(dir, 'x.csv')])).toBe(1);
    expect(stderr.join('\n')).toMatch(/no latitude/);
    expect(main(['--profile', 'ai'])).toBe(2);
    expect(stderr.join('\n')).toMatch(/usage: npm run score/);
  });

  it('scores the two facility types not selected under their own weights from the weights file, as the app does', () => {
    // The app keeps weights per facility type; the CLI gave the types not selected their defaults.
    const W = { mining: { cooling: 60, retail_price: 5 }, ai: { latency: 40 }, hybrid: { flexibility: 40, tax_incentive: 0 } };
    const constraints = { maxRetailPriceUsdPerMwh: 95 };
    const weights = join(dir, 'w.json');
    writeFileSync(weights, JSON.stringify({ weights: W, constraints }));
    const out = join(dir, 'out.geojson');
    expect(main([FIXTURE, '--profile', 'ai', '--weights', weights, '--out', out])).toBe(0);
    const ctx = loadQueryContextNode();
    const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
    let differsFromDefaults = 0;
    for (const f of JSON.parse(readFileSync(out, 'utf8')).features) {
      const facts = queryPoint(ctx, f.geometry.coordinates[0], f.geometry.coordinates[1]);
      for (const id of PROFILE_IDS) {
        const own = round1(explainPoint(facts, { profile: id, weights: W[id], constraints }).score);
        expect(f.properties[`score_${id}`]).toBe(own);
        if (own !== round1(explainPoint(facts, { profile: id, constraints }).score)) differsFromDefaults++;
      }
    }
    expect(differsFromDefaults).toBeGreaterThan(2);
  });
});
