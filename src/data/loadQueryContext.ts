// Builds the point-query context (everything queryPoint needs) from the
// files scripts/build-data writes to public/data. The site worker builds its own copy with this
// (src/workers/workerData.ts); the page builds the same pieces through the data and map stores.
import type { Topology } from 'topojson-specification';
import { decodeBoundaries } from '../geo/boundaries';
import type { AreaIndexes } from './areaFacts';
import type { CountyFactsFile, UtilitiesFile } from './areaFiles';
import { createCountyIndex, type CountyIndex } from './countyFacts';
import { createUtilityIndex, type UtilityIndex } from './utilityAt';
import { fetchPublicBytes, fetchPublicJson } from './fetchPublic';
import { decodeGridRegions, type GridRegionsFile } from './gridRegions';
import { createRegionIndex, type RegionIndex } from '../geo/regionIndex';
import { decodeClimateStations, type ClimateStationsFile } from './climatePoints';
import type { QueryContext } from './pointQuery';
import { decodeSurface, type SurfaceMeta } from './surface';
import type { ConnectivityBundle, FactsBundle } from './types';

export interface PublicDataReader {
  json<T>(name: string): Promise<T>;
  bytes(name: string): Promise<ArrayBuffer>;
}

/** Reads public/data over HTTP from the app's own origin (page or worker). */
export const fetchPublicData: PublicDataReader = { json: fetchPublicJson, bytes: fetchPublicBytes };

/** The region index alone (an import only needs to know which region a row falls in). */
export async function loadRegionIndex(read: PublicDataReader): Promise<RegionIndex> {
  return createRegionIndex(decodeBoundaries(await read.json<Topology>('boundaries.topo.json')).regions.features);
}

/** `regionIndex`: one already being built from the same reader, so the boundaries are decoded once. */
export async function loadQueryContext(read: PublicDataReader, regionIndex: Promise<RegionIndex> = loadRegionIndex(read)): Promise<QueryContext> {
  const [index, facts, connectivity, surfaceMeta, surfaceBytes, gridRegions, stations] = await Promise.all([
    regionIndex,
    read.json<FactsBundle>('facts.json'),
    read.json<ConnectivityBundle>('connectivity.json'),
    read.json<SurfaceMeta>('surface.json'),
    read.bytes('surface.bin'),
    read.json<GridRegionsFile>('grid-regions.json'),
    read.json<ClimateStationsFile>('climate-stations.json'),
  ]);
  return {
    regionIndex: index,
    facts,
    connectivity,
    surface: decodeSurface(surfaceMeta, surfaceBytes),
    gridRegions: decodeGridRegions(gridRegions),
    stations: decodeClimateStations(stations),
  };
}

/** County polygons and facts (grid strength, natural hazard): about 300 KB gzip, loaded on demand. */
export async function loadCountyIndex(read: PublicDataReader): Promise<CountyIndex> {
  const [topology, file] = await Promise.all([read.json<Topology>('counties.topo.json'), read.json<CountyFactsFile>('county-facts.json')]);
  return createCountyIndex(topology, file);
}

/** Utility territories and rates: about 870 KB gzip, loaded on demand. */
export async function loadUtilityIndex(read: PublicDataReader): Promise<UtilityIndex> {
  const [topology, file] = await Promise.all([read.json<Topology>('utility-territories.topo.json'), read.json<UtilitiesFile>('utilities.json')]);
  return createUtilityIndex(topology, file);
}

export async function loadAreaIndexes(read: PublicDataReader): Promise<AreaIndexes> {
  const [counties, utilities] = await Promise.all([loadCountyIndex(read), loadUtilityIndex(read)]);
  return { counties, utilities };
}
