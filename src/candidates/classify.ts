// The app's checks on rows that read well: inside North America (a covered region) and not a
// duplicate of a site already in the list or earlier in the file.
import type { ReadResult, ReadRow, RejectedRow } from '../io/readRows';
import { positionKey } from './types';

export type RegionLookup = (lon: number, lat: number) => { code: string; name: string } | null;

export interface ClassifiedImport {
  kept: ReadRow[];
  rejected: RejectedRow[];
  /** e.g. "most rows fall outside North America but would fall inside with columns swapped". */
  hints: string[];
}

export function classifyRows(read: ReadResult, regionAt: RegionLookup, existing: Iterable<string>, onProgress?: (done: number, total: number) => void): ClassifiedImport {
  const seen = new Set(existing);
  const kept: ReadRow[] = [];
  const rejected: RejectedRow[] = [...read.rejected];
  let outside = 0, swappedInside = 0;
  for (let i = 0; i < read.rows.length; i++) {
    const r = read.rows[i];
    if (onProgress && i % 5000 === 0) onProgress(i, read.rows.length);
    if (!regionAt(r.lon, r.lat)) {
      outside++;
      const swappedOk = Math.abs(r.lon) <= 90 && regionAt(r.lat, r.lon) !== null;
      if (swappedOk) swappedInside++;
      rejected.push({
        row: r.row,
        code: 'outside_north_america',
        message: `${r.lat}, ${r.lon} is outside North America (offshore, or outside the USA, Canada and Mexico)${swappedOk ? '; with latitude and longitude swapped it would be inside' : ''}`,
        record: r.record,
      });
      continue;
    }
    const key = positionKey(r.lon, r.lat);
    if (seen.has(key)) {
      rejected.push({ row: r.row, code: 'duplicate', message: `duplicate of an existing site at ${r.lat}, ${r.lon}`, record: r.record });
      continue;
    }
    seen.add(key);
    kept.push(r);
  }
  rejected.sort((a, b) => a.row - b.row);
  const hints: string[] = [];
  if (swappedInside > 0 && swappedInside >= outside / 2) hints.push(`${swappedInside} row(s) would fall inside North America with latitude and longitude swapped: check the detected columns`);
  return { kept, rejected, hints };
}

export const REJECT_LABELS: Record<RejectedRow['code'], string> = {
  missing: 'missing coordinate',
  not_a_number: 'not a number',
  out_of_range: 'out of range',
  outside_north_america: 'outside North America',
  duplicate: 'duplicate of an existing site',
  malformed: 'malformed row',
  geometry: 'unsupported geometry',
  too_long: 'cell too long',
};
