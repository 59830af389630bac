// Node-side loaders for the files in public/data (tests, CLI, bench). The browser fetches the same files.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { decodeBoundaries, type Boundaries } from '../../src/geo/boundaries';
import { createRegionIndex, type RegionIndex } from '../../src/geo/regionIndex';
import { decodeClimateStations, type ClimateStationsFile } from '../../src/data/climatePoints';
import type { QueryContext } from '../../src/data/pointQuery';
import { decodeGridRegions, type GridRegionsFile } from '../../src/data/gridRegions';
import type { AreaIndexes } from '../../src/data/areaFacts';
import type { CountyFactsFile, UtilitiesFile } from '../../src/data/areaFiles';
import { createCountyIndex } from '../../src/data/countyFacts';
import { createUtilityIndex } from '../../src/data/utilityAt';
import { decodeSurface, type SurfaceMeta } from '../../src/data/surface';
import type { ConnectivityBundle, FactsBundle } from '../../src/data/types';
import type { PowerContext } from '../../src/data/nearbyPower';
import { decodePowerPlants, type PowerPlantsFile } from '../../src/data/powerPlants';
import { decodeTransmissionLines, type TransmissionLinesFile } from '../../src/data/transmissionLines';
import { POWER_FILES } from '../../src/data/loadPowerContext';

const ROOT = resolve(import.meta.dirname, '../..');

export function publicDataPath(name: string): string {
  return resolve(ROOT, 'public/data', name);
}

/** A file the build stored gzip-compressed (cube.bin.gz), decompressed. */
export function readPublicGzip(name: string): Uint8Array {
  const raw = gunzipSync(readFileSync(publicDataPath(name)));
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
}

export function readPublicJson<T>(name: string): T {
  return JSON.parse(readFileSync(publicDataPath(name), 'utf8')) as T;
}

let cached: { boundaries: Boundaries; index: RegionIndex } | undefined;

export function loadBoundariesNode(): { boundaries: Boundaries; index: RegionIndex } {
  if (!cached) {
    const boundaries = decodeBoundaries(readPublicJson<Topology>('boundaries.topo.json'));
    cached = { boundaries, index: createRegionIndex(boundaries.regions.features) };
  }
  return cached;
}

let cachedQuery: QueryContext | undefined;

/** Everything queryPoint needs, read from public/data (the same files the browser fetches). */
/** The point-query context without the lazily loaded files (plants, lines, counties, utilities). */
export function loadBaseQueryContextNode(): QueryContext {
  if (!cachedQuery) {
    const { index } = loadBoundariesNode();
    const surfaceBin = readFileSync(publicDataPath('surface.bin'));
    cachedQuery = {
      regionIndex: index,
      facts: readPublicJson<FactsBundle>('facts.json'),
      connectivity: readPublicJson<ConnectivityBundle>('connectivity.json'),
      surface: decodeSurface(readPublicJson<SurfaceMeta>('surface.json'), new Uint8Array(surfaceBin.buffer, surfaceBin.byteOffset, surfaceBin.byteLength)),
      stations: decodeClimateStations(readPublicJson<ClimateStationsFile>('climate-stations.json')),
      gridRegions: decodeGridRegions(readPublicJson<GridRegionsFile>('grid-regions.json')),
    };
  }
  return cachedQuery;
}

let cachedPower: PowerContext | undefined;

/** Plants and lines for the nearby-power facts, read from public/data: `{ ...loadBaseQueryContextNode(), power: loadPowerContextNode() }`. */
export function loadPowerContextNode(): PowerContext {
  cachedPower ??= {
    plants: decodePowerPlants(readPublicJson<PowerPlantsFile>(POWER_FILES.plants)),
    lines: decodeTransmissionLines(readPublicJson<TransmissionLinesFile>(POWER_FILES.lines)),
  };
  return cachedPower;
}

let cachedAreas: AreaIndexes | undefined;

/** County and utility indexes from public/data (the files the page loads lazily). */
export function loadAreaIndexesNode(): AreaIndexes {
  cachedAreas ??= {
    counties: createCountyIndex(readPublicJson<Topology>('counties.topo.json'), readPublicJson<CountyFactsFile>('county-facts.json')),
    utilities: createUtilityIndex(readPublicJson<Topology>('utility-territories.topo.json'), readPublicJson<UtilitiesFile>('utilities.json')),
  };
  return cachedAreas;
}

/** The point-query context with the county and utility facts only. */
export function loadQueryContextWithAreasNode(): QueryContext {
  return { ...loadBaseQueryContextNode(), areas: loadAreaIndexesNode() };
}

let cachedFull: QueryContext | undefined;

/**
 * What scores are computed with (CLI, bench, tests): regions, climate, grid regions, nearby power,
 * counties and utilities; the same object on every call, so indexes cached per context build once.
 */
export function loadQueryContextNode(): QueryContext {
  cachedFull ??= { ...loadBaseQueryContextNode(), power: loadPowerContextNode(), areas: loadAreaIndexesNode() };
  return cachedFull;
}
