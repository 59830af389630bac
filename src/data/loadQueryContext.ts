// Builds the point-query context (everything queryPoint needs but the climate stations) from the
// files scripts/build-data writes to public/data. The candidate-scoring worker builds its own copy
// with this; the page builds the same pieces through the data and map stores.
import type { Topology } from 'topojson-specification';
import { decodeBoundaries } from '../geo/boundaries';
import { fetchPublicBytes, fetchPublicJson } from './fetchPublic';
import { createRegionIndex } from '../geo/regionIndex';
import type { QueryContext } from './pointQuery';
import { decodeSurface, type SurfaceMeta } from './surface';
import type { ConnectivityBundle, FactsBundle } from './types';

export interface PublicDataReader {
  json<T>(name: string): Promise<T>;
  bytes(name: string): Promise<ArrayBuffer>;
}

/** Reads public/data over HTTP from the app's own origin (page or worker). */
export const fetchPublicData: PublicDataReader = { json: fetchPublicJson, bytes: fetchPublicBytes };

export async function loadQueryContext(read: PublicDataReader): Promise<QueryContext> {
  const [topo, facts, connectivity, surfaceMeta, surfaceBytes] = await Promise.all([
    read.json<Topology>('boundaries.topo.json'),
    read.json<FactsBundle>('facts.json'),
    read.json<ConnectivityBundle>('connectivity.json'),
    read.json<SurfaceMeta>('surface.json'),
    read.bytes('surface.bin'),
  ]);
  const boundaries = decodeBoundaries(topo);
  return {
    regionIndex: createRegionIndex(boundaries.regions.features),
    facts,
    connectivity,
    surface: decodeSurface(surfaceMeta, surfaceBytes),
  };
}
