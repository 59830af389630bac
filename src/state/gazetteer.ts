// The offline gazetteer, fetched once when first needed (place search, town names on the map), not
// part of the first load.
import { fetchPublicJson } from '../data/fetchPublic';
import { decodeGazetteer, type Place } from '../candidates/gazetteer';

let gazetteer: Promise<Place[]> | null = null;

/** Places sorted by population, largest first; a failed fetch is retried on the next call. */
export function loadGazetteer(): Promise<Place[]> {
  gazetteer ??= fetchPublicJson<unknown>('gazetteer.json')
    .then(decodeGazetteer)
    .catch((e: Error) => {
      gazetteer = null;
      return Promise.reject(e);
    });
  return gazetteer;
}
