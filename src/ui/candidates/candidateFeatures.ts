// Candidates as GeoJSON for the circle layer. Large lists go to MapLibre as a Blob URL of JSON text
// that its worker fetches and parses: handing over 100,000 feature objects instead means a
// structured clone on the main thread (~1.5 s, one long task). The text is assembled by hand
// (ids through JSON.stringify, so any id is safe) and is several times cheaper to build.
import type { FeatureCollection, Point } from 'geojson';
import type { Candidate } from '../../candidates/types';

/** Above this many sites the layer gets a Blob URL instead of objects. */
export const URL_THRESHOLD = 5000;

export function featureCollection(candidates: readonly Candidate[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: candidates.map((c) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [c.lon, c.lat] }, properties: { id: c.id, starred: c.starred } })),
  };
}

export function featureCollectionText(candidates: readonly Candidate[]): string {
  const parts = new Array<string>(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    parts[i] = `{"type":"Feature","geometry":{"type":"Point","coordinates":[${+c.lon},${+c.lat}]},"properties":{"id":${JSON.stringify(c.id)},"starred":${c.starred === true}}}`;
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}
