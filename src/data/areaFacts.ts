// The county and utility facts at a point, from whichever area indexes are loaded. Kept apart from
// pointQuery so the point query only gains one optional field.
import type { CountyIndex, CountyPointFacts } from './countyFacts';
import type { UtilityIndex, UtilityPointFacts } from './utilityAt';

export interface AreaIndexes {
  counties: CountyIndex;
  utilities: UtilityIndex;
}

export interface AreaPointFacts extends CountyPointFacts {
  utility: UtilityPointFacts;
}

export function queryAreas(areas: AreaIndexes, lon: number, lat: number): AreaPointFacts {
  return { ...areas.counties.countyAt(lon, lat), utility: areas.utilities.utilityAt(lon, lat) };
}
