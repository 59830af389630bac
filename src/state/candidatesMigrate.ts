// Stored candidate state: schema version and migrations. Pure, so tests run every stored shape.
import type { Candidate } from '../candidates/types';
import type { CellValue } from '../io/readRows';

export const CANDIDATES_SCHEMA = 1;

export interface PersistedCandidates {
  candidates: Candidate[];
  compareIds: string[];
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** One stored candidate, or null when it lacks what a site needs (an id and a valid position). */
function toCandidate(x: unknown): Candidate | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  if (typeof o.id !== 'string' || !isNum(o.lon) || !isNum(o.lat) || Math.abs(o.lat) > 90 || Math.abs(o.lon) > 180) return null;
  const props: Record<string, CellValue> = {};
  if (o.props && typeof o.props === 'object') {
    for (const [k, v] of Object.entries(o.props as Record<string, unknown>)) if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) props[k] = v as CellValue;
  }
  return {
    id: o.id,
    name: typeof o.name === 'string' ? o.name : 'Unnamed site',
    lon: o.lon,
    lat: o.lat,
    starred: o.starred === true,
    props,
    addedAt: typeof o.addedAt === 'string' ? o.addedAt : new Date(0).toISOString(),
  };
}

/**
 * Stored state of any known version → the current shape. Version 0 is what zustand writes when no
 * version was set (state saved before versioning): same fields, so it is validated and filled in.
 * Throws when the state is not candidate state at all (the store then backs it up and starts clean).
 */
export function migrateCandidates(state: unknown, version: number): PersistedCandidates {
  if (version > CANDIDATES_SCHEMA) throw new Error(`candidate state schema ${version} is newer than this app (${CANDIDATES_SCHEMA})`);
  const s = state as { candidates?: unknown; compareIds?: unknown } | null;
  if (!s || typeof s !== 'object' || !Array.isArray(s.candidates)) throw new Error('stored candidate state has no candidate list');
  const candidates = s.candidates.map(toCandidate).filter((c): c is Candidate => c !== null);
  const ids = new Set(candidates.map((c) => c.id));
  const compareIds = Array.isArray(s.compareIds) ? s.compareIds.filter((id): id is string => typeof id === 'string' && ids.has(id)) : [];
  return { candidates, compareIds };
}
