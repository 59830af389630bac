// Candidates as GeoJSON for the circle layer. Small lists are handed to MapLibre whole. Large ones
// (clustered) are sent as diffs in chunks (`updateData`): a full `setData` of 100,000 features is a
// structured clone on the main thread (~1.3 s as objects), and as a Blob URL MapLibre's worker sends the
// parsed features back to the main thread (~450 ms, one task). A chunk of CHUNK features costs tens of
// ms, and a later edit (a star, a rename, a delete) sends only the sites that changed.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Candidate } from '../candidates/types';

/** The style layer drawing every candidate and cluster; MapPointer.tsx asks it what was clicked. */
export const CANDIDATE_CIRCLE_LAYER = 'candidates-circles';

/** Above this many sites the layer is clustered and updated by diffs. */
export const URL_THRESHOLD = 5000;
/** Features per `updateData` message (one main-thread task each, ~20–40 ms at this size). */
export const DIFF_CHUNK = 2500;

export function candidateFeature(c: Candidate): Feature<Point> {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [c.lon, c.lat] }, properties: { id: c.id, starred: c.starred } };
}

export function featureCollection(candidates: readonly Candidate[]): FeatureCollection<Point> {
  return { type: 'FeatureCollection', features: candidates.map(candidateFeature) };
}

export interface CandidateDiff {
  /** Ids the source has that the list no longer has. */
  remove: string[];
  /** Candidates new to the source or changed since sent (same id, another object). */
  add: Candidate[];
}

/** What to send so that a source holding `sent` (id → the candidate object sent) shows `target`. O(n). */
export function candidateDiff(sent: ReadonlyMap<string, Candidate>, target: readonly Candidate[]): CandidateDiff {
  // First fill (an import into an empty layer): everything, without a lookup per site.
  if (sent.size === 0) return { remove: [], add: [...target] };
  const add: Candidate[] = [];
  let kept = 0;
  for (const c of target) {
    const s = sent.get(c.id);
    if (s !== undefined) kept++;
    if (s !== c) add.push(c);
  }
  const remove: string[] = [];
  // Only when the source holds ids the list lacks: find them (a delete, or a list replaced).
  if (sent.size > kept) {
    const ids = new Set(target.map((c) => c.id));
    for (const id of sent.keys()) if (!ids.has(id)) remove.push(id);
  }
  return { remove, add };
}
