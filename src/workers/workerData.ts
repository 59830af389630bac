// The one way a worker gets the data it needs: each piece is loaded once per worker (memoised
// promises) from public/data, and the point-query context reuses the region index an import already
// built, so the 709 KB boundaries file is fetched, decoded and indexed once per worker at most.
import type { RegionLookup } from '../io/studyArea';
import { fetchPublicData, loadQueryContext, loadRegionIndex, type PublicDataReader } from '../data/loadQueryContext';
import type { QueryContext } from '../data/pointQuery';
import { loadPowerContext } from '../data/loadPowerContext';
import type { PowerContext } from '../data/nearbyPower';
import type { RegionIndex } from '../geo/regionIndex';

export interface WorkerData {
  regionIndex(): Promise<RegionIndex>;
  regionLookup(): Promise<RegionLookup>;
  queryContext(): Promise<QueryContext>;
  /** Plants and lines for the nearby-power facts, loaded on first ask; add as `{ ...ctx, power }`. */
  powerContext(): Promise<PowerContext>;
}

export function createWorkerData(read: PublicDataReader = fetchPublicData): WorkerData {
  let regions: Promise<RegionIndex> | null = null;
  let context: Promise<QueryContext> | null = null;
  let power: Promise<PowerContext> | null = null;
  const regionIndex = () => (regions ??= loadRegionIndex(read));
  return {
    regionIndex,
    regionLookup: async () => {
      const index = await regionIndex();
      return (lon, lat) => index.regionAt(lon, lat);
    },
    queryContext: () => (context ??= loadQueryContext(read, regionIndex())),
    powerContext: () => (power ??= loadPowerContext(read)),
  };
}
