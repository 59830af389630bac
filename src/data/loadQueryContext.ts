// Builds the point-query context (everything queryPoint needs) from the
// files scripts/build-data writes to public/data. The site worker builds its own copy with this
// (src/workers/workerData.ts); the page builds the same pieces through the data and map stores.
import type { Topology } from 'topojson-specification';
import { decodeBoundaries } from '../geo/boundaries';
import { fetchPublicBytes, fetchPublicJson } from './fetchPublic';
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
  const [index, facts, connectivity, surfaceMeta, surfaceBytes, stations] = await Promise.all([
    regionIndex,
    read.json<FactsBundle>('facts.json'),
    read.json<ConnectivityBundle>('connectivity.json'),
    read.json<SurfaceMeta>('surface.json'),
    read.bytes('surface.bin'),
    read.json<ClimateStationsFile>('climate-stations.json'),
  ]);
  return { regionIndex: index, facts, connectivity, surface: decodeSurface(surfaceMeta, surfaceBytes), stations: decodeClimateStations(stations) };
}
