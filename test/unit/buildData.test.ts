// build:data as one in-memory pipeline: from the committed boundaries it rebuilds every other
// public/data file byte for byte, never opening a public/data file while it runs, and what it
// hands to the criteria grid is exactly what the app decodes from the files it returns.
import * as fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadElectricityMaps } from '../../scripts/build/electricityMaps';
import { buildFromBoundaries, mergeFiles, type BuiltData } from '../../scripts/build/pipeline';
import { readRepoText } from '../../scripts/build/repoSources';
import { publicDataPath, readPublicJson } from '../../scripts/lib/nodeData';
import { decodeClimateStations, type ClimateStationsFile } from '../../src/data/climatePoints';
import { decodeSurface, type SurfaceMeta } from '../../src/data/surface';
import type { GridRegionsFile } from '../../src/data/gridRegions';
import type { SuitabilityCubeMeta } from '../../src/scoring/suitabilityCube';

// Records every path the build opens, whichever module opens it.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readFileSync = vi.fn(real.readFileSync);
  return { ...real, readFileSync, default: { ...real, readFileSync } };
});

const AFTER_BOUNDARIES = ['connectivity.json', 'climate-stations.json', 'surface.json', 'surface.bin', 'facts.json', 'grid-regions.json', 'datasets.json', 'cube.json', 'cube.bin.gz', 'plants.json', 'lines.json', 'counties.topo.json', 'county-facts.json', 'utility-territories.topo.json', 'utilities.json'];

let built: BuiltData;
let textReads: string[];
let fileReads: string[];

beforeAll(() => {
  // The boundaries step needs the Natural Earth download; the committed lookup file stands in for its output.
  const lookup = readPublicJson<Topology>('boundaries.topo.json');
  const cubeScales = readPublicJson<SuitabilityCubeMeta>('cube.json').columns;
  textReads = [];
  vi.mocked(fs.readFileSync).mockClear();
  built = buildFromBoundaries(lookup, {
    readText: (path) => {
      textReads.push(path);
      return readRepoText(path);
    },
    electricityMaps: loadElectricityMaps(),
  }, {
    // One row of the 0.1° cube (the full cube takes minutes; test/unit/suitabilityCube.test.ts checks sampled rows against the committed file).
    cubeRows: [400],
    cubeScales,
  });
  fileReads = vi.mocked(fs.readFileSync).mock.calls.map(([path]) => String(path));
}, 60_000);

afterAll(() => {
  vi.mocked(fs.readFileSync).mockRestore();
});

describe('build:data pipeline', () => {
  it('rebuilds every public/data file after the boundaries byte for byte (the cube by sampled rows, elsewhere)', () => {
    expect(Object.keys(built.files)).toEqual(AFTER_BOUNDARIES);
    for (const [name, content] of Object.entries(built.files)) {
      if (name.startsWith('cube.')) continue;
      const fresh = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
      expect(fresh.equals(fs.readFileSync(publicDataPath(name))), `${name} is stale: run npm run build:data`).toBe(true);
    }
  });

  it('reads only the data/ tables and packages while it runs, never a public/data file', () => {
    expect(textReads.length).toBeGreaterThan(10);
    // Tables, derived geometry tables (grid regions; utility territories simplified by scripts/extract/gridAreas.ts).
    for (const path of textReads) expect(path).toMatch(/^data\/([\w-]+\.(csv|topo\.json)|geo\/[\w-]+\.geojson)$/);
    expect(fileReads.length).toBeGreaterThan(10);
    expect(fileReads.filter((path) => path.startsWith(publicDataPath('')))).toEqual([]);
  });

  it('hands the criteria grid the values the app decodes from the files it returns', () => {
    const text = (name: string) => built.files[name] as string;
    expect(built.query.facts).toStrictEqual(JSON.parse(text('facts.json')));
    expect(built.query.connectivity).toStrictEqual(JSON.parse(text('connectivity.json')));
    expect(built.query.stations).toStrictEqual(decodeClimateStations(JSON.parse(text('climate-stations.json')) as ClimateStationsFile));
    const surface = decodeSurface(JSON.parse(text('surface.json')) as SurfaceMeta, built.files['surface.bin'] as Uint8Array);
    expect(built.query.surface.meta).toStrictEqual(surface.meta);
    expect(built.query.surface.regionIndex).toStrictEqual(surface.regionIndex);
    const gridRegions = JSON.parse(text('grid-regions.json')) as GridRegionsFile;
    expect(built.query.gridRegions.subregions).toStrictEqual(gridRegions.subregions);
    expect(built.query.gridRegions.plays).toStrictEqual(gridRegions.plays);
    expect(built.query.gridRegions.hubFootprints).toStrictEqual(gridRegions.hubFootprints);
  });

  it('rejects two steps returning the same file', () => {
    expect(Object.keys(mergeFiles({ 'a.json': '1' }, { 'b.bin': new Uint8Array(1) }))).toEqual(['a.json', 'b.bin']);
    expect(() => mergeFiles({ 'facts.json': '{}' }, { 'facts.json': '[]' })).toThrow('public/data/facts.json is returned by two build steps');
  });
});
