// The county and utility facts at a point, from the area indexes (loaded lazily). Kept apart from
// pointQuery so the point query only gains one optional field.
import type { CountyIndex } from './countyFacts';
import type { AreaPointFacts } from './types';
import type { UtilityIndex } from './utilityAt';

export interface AreaIndexes {
  counties: CountyIndex;
  utilities: UtilityIndex;
}

export function queryAreas(areas: AreaIndexes, lon: number, lat: number): AreaPointFacts {
  return { ...areas.counties.countyAt(lon, lat), utility: areas.utilities.utilityAt(lon, lat) };
}
