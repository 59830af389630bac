// The one way a worker gets the data it needs: each piece is loaded once per worker (memoised
// promises) from public/data, and the point-query context reuses the region index an import already
// built, so the 709 KB boundaries file is fetched, decoded and indexed once per worker at most.
import type { RegionLookup } from '../io/studyArea';
import { fetchPublicData, loadAreaIndexes, loadQueryContext, loadRegionIndex, type PublicDataReader } from '../data/loadQueryContext';
import type { QueryContext } from '../data/pointQuery';
import { loadPowerContext } from '../data/loadPowerContext';
import type { RegionIndex } from '../geo/regionIndex';

export interface WorkerData {
  regionIndex(): Promise<RegionIndex>;
  regionLookup(): Promise<RegionLookup>;
  queryContext(): Promise<QueryContext>;
  /**
   * The context scores are computed with: the point-query context plus plants, lines, counties and
   * utilities (about 1.7 MB gzip), loaded the first time a worker asks.
   */
  scoringContext(): Promise<QueryContext>;
}

export function createWorkerData(read: PublicDataReader = fetchPublicData): WorkerData {
  let regions: Promise<RegionIndex> | null = null;
  let context: Promise<QueryContext> | null = null;
  let scoring: Promise<QueryContext> | null = null;
  const regionIndex = () => (regions ??= loadRegionIndex(read));
  const queryContext = () => (context ??= loadQueryContext(read, regionIndex()));
  return {
    regionIndex,
    regionLookup: async () => {
      const index = await regionIndex();
      return (lon, lat) => index.regionAt(lon, lat);
    },
    queryContext,
    scoringContext: () =>
      (scoring ??= Promise.all([queryContext(), loadPowerContext(read), loadAreaIndexes(read)]).then(([ctx, power, areas]) => ({ ...ctx, power, areas }))),
  };
}
