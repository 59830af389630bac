// A candidate site as the user keeps it: where, what it is called, whether it is shortlisted, and the
// columns it came with. Scores are never stored: they are recomputed from the data and settings.
import type { CellValue } from '../io/readRows';

export interface Candidate {
  id: string;
  name: string;
  lon: number;
  lat: number;
  starred: boolean;
  /** The user's own columns from an import (not coordinates or name). */
  props: Record<string, CellValue>;
  /** ISO time it was added. */
  addedAt: string;
}

/** A stable id for a new candidate. */
export function newId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
