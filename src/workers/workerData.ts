// The one way a worker gets the data it needs: each piece is loaded once per worker (memoised
// promises) from public/data, and the point-query context reuses the region index an import already
// built, so the 709 KB boundaries file is fetched, decoded and indexed once per worker at most.
import type { RegionLookup } from '../io/studyArea';
import type { AreaIndexes } from '../data/areaFacts';
import { fetchPublicData, loadAreaIndexes, loadQueryContext, loadRegionIndex, type PublicDataReader } from '../data/loadQueryContext';
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
  /** County and utility indexes (about 1.2 MB gzip), loaded the first time a worker asks. */
  areas(): Promise<AreaIndexes>;
  /** The context scores are computed with: the point-query context plus plants, lines, counties and utilities. */
  scoringContext(): Promise<QueryContext>;
}

export function createWorkerData(read: PublicDataReader = fetchPublicData): WorkerData {
  let regions: Promise<RegionIndex> | null = null;
  let context: Promise<QueryContext> | null = null;
  let power: Promise<PowerContext> | null = null;
  let areas: Promise<AreaIndexes> | null = null;
  let scoring: Promise<QueryContext> | null = null;
  const regionIndex = () => (regions ??= loadRegionIndex(read));
  const queryContext = () => (context ??= loadQueryContext(read, regionIndex()));
  const areaIndexes = () => (areas ??= loadAreaIndexes(read));
  return {
    regionIndex,
    regionLookup: async () => {
      const index = await regionIndex();
      return (lon, lat) => index.regionAt(lon, lat);
    },
    queryContext,
    powerContext: () => (power ??= loadPowerContext(read)),
    areas: areaIndexes,
    scoringContext: () =>
      (scoring ??= Promise.all([queryContext(), (power ??= loadPowerContext(read)), areaIndexes()]).then(([ctx, p, a]) => ({ ...ctx, power: p, areas: a }))),
  };
}
