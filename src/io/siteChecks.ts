// The checks on rows that read well, shared by the app's import and the CLI: inside the study area
// (src/io/studyArea.ts) and not a duplicate of a site already in the list or earlier in the file.
import type { RejectCode } from './coordinate';
import type { ReadResult, ReadRow, RejectedRow } from './readRows';
import { outsideStudyArea, type RegionLookup } from './studyArea';

/** Two sites at the same 6-decimal position (~0.1 m, the export precision) are the same site. */
export function positionKey(lon: number, lat: number): string {
  return `${lon.toFixed(6)},${lat.toFixed(6)}`;
}

export const duplicateMessage = (lon: number, lat: number) => `duplicate of an existing site at ${lat}, ${lon}`;

export interface CheckedRows {
  kept: ReadRow[];
  /** The reader's rejections and these checks', in row order. */
  rejected: RejectedRow[];
  /** e.g. "most rows fall outside the study area but would fall inside with columns swapped". */
  hints: string[];
}

export function checkRows(read: ReadResult, regionAt: RegionLookup, existingKeys: Iterable<string>, onProgress?: (done: number, total: number) => void): CheckedRows {
  const seen = new Set(existingKeys);
  const kept: ReadRow[] = [];
  const rejected: RejectedRow[] = [...read.rejected];
  let outside = 0, swappedInside = 0;
  for (let i = 0; i < read.rows.length; i++) {
    const r = read.rows[i];
    if (onProgress && i % 5000 === 0) onProgress(i, read.rows.length);
    const out = outsideStudyArea(r.lon, r.lat, regionAt);
    if (out) {
      outside++;
      if (out.swappedInside) swappedInside++;
      rejected.push({ row: r.row, code: 'outside_north_america', message: out.message, record: r.record });
      continue;
    }
    const key = positionKey(r.lon, r.lat);
    if (seen.has(key)) {
      rejected.push({ row: r.row, code: 'duplicate', message: duplicateMessage(r.lon, r.lat), record: r.record });
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

/** Why a row was rejected, as the import dialog and the rejected-rows download name it. */
export const REJECT_LABELS: Record<RejectCode, string> = {
  missing: 'missing coordinate',
  not_a_number: 'not a number',
  out_of_range: 'out of range',
  outside_north_america: 'outside the study area',
  duplicate: 'duplicate of an existing site',
  malformed: 'malformed row',
  geometry: 'unsupported geometry',
  too_long: 'cell too long',
};
