// build:data as one in-memory pipeline: each step takes the values earlier steps returned and
// returns its own; the files for public/data are only collected here, and written by the caller
// at the end. No step reads a file this run writes: the regions, facts, connectivity, surface and
// stations handed to the criteria grid are the very values serialised into their files, decoded
// with the app's own decoders (decodeBoundaries, decodeSurface, decodeClimateStations).
import type { Topology } from 'topojson-specification';
import { decodeClimateStations } from '../../src/data/climatePoints';
import type { QueryContext } from '../../src/data/pointQuery';
import { decodeSurface } from '../../src/data/surface';
import { decodeBoundaries } from '../../src/geo/boundaries';
import { NORTH_AMERICA_GRID } from '../../src/geo/grid';
import { createRegionIndex } from '../../src/geo/regionIndex';
import { buildAreas } from './areas';
import { buildBoundaryTopologies, lastBorderFit } from './boundaries';
import { buildClimate } from './climate';
import { buildConnectivity } from './connectivity';
import { gzipSync } from 'node:zlib';
import { buildSuitabilityCube, type CubeOptions } from './suitabilityCube';
import { datasetsFiles } from './datasets';
import type { ElectricityMapsYear } from './electricityMaps';
import { buildFacts } from './facts';
import { buildPower } from './power';
import { buildGridRegions } from './gridRegions';
import { decodeGridRegions } from '../../src/data/gridRegions';
import type { CountyFactsFile, UtilitiesFile } from '../../src/data/areaFiles';
import { createCountyIndex } from '../../src/data/countyFacts';
import { POWER_FILES } from '../../src/data/loadPowerContext';
import { decodePowerPlants, type PowerPlantsFile } from '../../src/data/powerPlants';
import { decodeTransmissionLines, type TransmissionLinesFile } from '../../src/data/transmissionLines';
import { createUtilityIndex } from '../../src/data/utilityAt';
import type { BuildContext } from './step';
import { cellRegions } from './surface';

/** What the build reads: repository files (data/*.csv) and the Electricity Maps package. Never public/data. */
export interface BuildSources {
  /** Reads a repository file, e.g. readText('data/ixps.csv'). */
  readText(path: string): string;
  electricityMaps: ElectricityMapsYear;
}

type BuildFiles = Record<string, string | Uint8Array>;

export interface BuiltData {
  /** public/data file name → content, in build order. */
  files: BuildFiles;
  /** Things worth a line in the build log (not errors), in build order. */
  warnings: string[];
  /** What the criteria-grid step queried: the same values as the files, for tests to compare. */
  query: QueryContext;
}

/** The steps' files in order; two steps returning the same name is a build error, not a silent overwrite. */
export function mergeFiles(...steps: readonly BuildFiles[]): BuildFiles {
  const files: BuildFiles = {};
  for (const step of steps) {
    for (const [name, content] of Object.entries(step)) {
      if (Object.hasOwn(files, name)) throw new Error(`public/data/${name} is returned by two build steps`);
      files[name] = content;
    }
  }
  return files;
}

export interface PipelineOptions {
  /** Build the suitability cube for these grid rows only (tests: the full cube takes about two minutes). */
  cubeRows?: readonly number[];
  /** With cubeRows: the full build's quantisation, so the sample encodes as the full build did. */
  cubeScales?: CubeOptions['scales'];
}

/**
 * Every public/data file that depends on the boundaries, from the lookup topology the boundaries
 * step returned (tests pass the committed boundaries.topo.json, which needs no Natural Earth download).
 */
export function buildFromBoundaries(lookup: Topology, sources: BuildSources, opts: PipelineOptions = {}): BuiltData {
  const regionFeatures = decodeBoundaries(lookup).regions.features;
  const regions = createRegionIndex(regionFeatures);
  const ctx: BuildContext = { readText: sources.readText, regions };
  // Both the latency layer and the climate layers live on the same cells: compute them once.
  const cells = cellRegions(NORTH_AMERICA_GRID, regions, regionFeatures.map((f) => f.geometry));
  const connectivity = buildConnectivity(ctx, cells);
  const climate = buildClimate(ctx, cells, [connectivity.latencyLayer], NORTH_AMERICA_GRID);
  const facts = buildFacts({ readText: sources.readText, regions, electricityMaps: sources.electricityMaps });
  const gridRegions = buildGridRegions({ readText: sources.readText, regions, hubs: facts.bundle.hubs });
  const query: QueryContext = {
    regionIndex: regions,
    facts: facts.bundle,
    connectivity: connectivity.bundle,
    surface: decodeSurface(climate.surface.meta, climate.surface.bin),
    stations: decodeClimateStations(climate.stationsFile),
    // Decoded from the very string written to grid-regions.json, as the app will read it.
    gridRegions: decodeGridRegions(JSON.parse(gridRegions.files['grid-regions.json'])),
  };
  // Plants, lines, counties and utilities feed four criteria and the utility tariff: the cells are
  // scored with them, decoded from the very strings written, as the app and the workers read them.
  const power = buildPower(sources.readText, regionFeatures);
  const areas = buildAreas(sources.readText);
  const json = <T,>(files: Record<string, string>, name: string) => JSON.parse(files[name]) as T;
  query.power = {
    plants: decodePowerPlants(json<PowerPlantsFile>(power.files, POWER_FILES.plants)),
    lines: decodeTransmissionLines(json<TransmissionLinesFile>(power.files, POWER_FILES.lines)),
  };
  query.areas = {
    counties: createCountyIndex(json<Topology>(areas.files, 'counties.topo.json'), json<CountyFactsFile>(areas.files, 'county-facts.json')),
    utilities: createUtilityIndex(json<Topology>(areas.files, 'utility-territories.topo.json'), json<UtilitiesFile>(areas.files, 'utilities.json')),
  };
  const cube = buildSuitabilityCube(query, regionFeatures.map((f) => f.geometry), { rows: opts.cubeRows, scales: opts.cubeScales });
  return {
    files: mergeFiles(
      connectivity.files,
      climate.files,
      facts.files,
      gridRegions.files,
      datasetsFiles([...facts.datasets, ...connectivity.datasets, ...climate.datasets, ...power.datasets, ...gridRegions.datasets, ...areas.datasets]),
      // Stored compressed: 15 MB of typed arrays are 1.1 MB gzip (the app decompresses with DecompressionStream).
      { 'cube.json': cube.json, 'cube.bin.gz': gzipSync(cube.bin, { level: 9 }) },
      power.files,
      areas.files,
    ),
    warnings: [...connectivity.warnings, ...climate.warnings, ...facts.warnings, ...power.warnings, ...gridRegions.warnings, ...areas.warnings],
    query,
  };
}

/** The whole build: boundaries from the npm packages in `boundarySourcesDir`, then everything that depends on them. */
export function buildData(boundarySourcesDir: string, sources: BuildSources): BuiltData {
  const boundaries = buildBoundaryTopologies(boundarySourcesDir);
  if (lastBorderFit) console.log(`  note: border fit: ${lastBorderFit.slivers} slivers between Natural Earth's and Census' US; joined to ${JSON.stringify(lastBorderFit.sliversJoined)}; overlap with the Census US removed from ${lastBorderFit.overlapsRemoved.join(', ') || 'none'}`);
  const rest = buildFromBoundaries(boundaries.lookup, sources);
  return {
    ...rest,
    files: mergeFiles(
      { 'boundaries.topo.json': JSON.stringify(boundaries.lookup), 'boundaries-display.topo.json': JSON.stringify(boundaries.display) },
      rest.files,
    ),
  };
}
