// What a click or a hover on the map is for, decided in one place. MapPointer.tsx owns the map's
// pointer events and carries out what these (pure) functions say.

/** A feature of the candidate circle layer under the pointer: one site, or a cluster of them. */
export interface CandidateHit {
  properties: Record<string, unknown> | null;
}

export type ClickAction =
  | { kind: 'add-site'; lon: number; lat: number }
  | { kind: 'zoom-to-cluster'; lon: number; lat: number }
  | { kind: 'select-candidate'; id: string }
  | { kind: 'select-point'; lon: number; lat: number }
  | { kind: 'none' };

/**
 * In this order: add-site mode takes every click; then a candidate (a cluster zooms in towards its
 * sites); else the point card opens for the clicked location. `candidateAt` is asked only when
 * needed (it queries the rendered features).
 */
export function clickAction(addMode: boolean, candidateAt: () => CandidateHit | undefined, lon: number, lat: number): ClickAction {
  if (addMode) return { kind: 'add-site', lon, lat };
  const hit = candidateAt();
  if (!hit) return { kind: 'select-point', lon, lat };
  if (hit.properties?.point_count !== undefined) return { kind: 'zoom-to-cluster', lon, lat };
  const id = hit.properties?.id;
  // A candidate feature without an id is still the candidates' click: no point card under a site.
  return typeof id === 'string' ? { kind: 'select-candidate', id } : { kind: 'none' };
}

/** The cursor says what a click would do: add a site anywhere, or act on what is under it. */
export function cursorFor(addMode: boolean, overClickable: () => boolean): string {
  if (addMode) return 'crosshair';
  return overClickable() ? 'pointer' : '';
}
