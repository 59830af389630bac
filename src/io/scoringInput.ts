// The CLI's view of a sites file: the same decoding, read and checks as the app's import
// (src/io/decodeFile.ts, src/io/readSites.ts), as a list of sites to score and a list of refused rows
// by line (CSV) or feature (GeoJSON) number.
import { LAT_NAMES, LON_NAMES } from './columns';
import { decodeTextBytes } from './decodeFile';
import type { CellValue } from './readRows';
import { readSites } from './readSites';
import type { RegionLookup } from './studyArea';

export interface SiteRow {
  /** CSV: 1-based line in the file (header = line 1); GeoJSON: 1-based feature number. */
  row: number;
  name: string;
  lon: number;
  lat: number;
  /** The row's own columns, unchanged (CSV values stay strings). */
  input: Record<string, CellValue>;
}

export interface RowError {
  row: number;
  message: string;
}

export interface ParsedSites {
  sites: SiteRow[];
  errors: RowError[];
  /** What `row` counts, for messages: 'line' (CSV) or 'feature' (GeoJSON). */
  rowKind: 'line' | 'feature';
  /** File-level facts (decimal commas, centroids, swapped-column hint), as the import dialog shows them. */
  notices: string[];
}

/** Throws when nothing can be read (not text, empty, no coordinate columns, not GeoJSON). */
export function readScoringInput(fileName: string, bytes: Uint8Array, regionAt: RegionLookup): ParsedSites {
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  const s = readSites(fileName, decoded.text, regionAt);
  const r = s.read;
  if (r.problem && r.format === 'csv' && r.headers.length > 0 && (!r.columns.lat || !r.columns.lon)) {
    // The CLI cannot ask which column to use, so it names the headers it looks for.
    const want = [!r.columns.lat && `latitude (${LAT_NAMES.join(', ')})`, !r.columns.lon && `longitude (${LON_NAMES.join(', ')})`].filter(Boolean).join(' and ');
    throw new Error(`no ${want} column among: ${r.headers.join(', ') || '(no header)'}`);
  }
  if (r.problem) throw new Error(r.problem);
  // Unnamed sites are numbered by data row (CSV: line − 1, as the header is line 1).
  const fallback = (row: number) => `site ${r.format === 'csv' ? row - 1 : row}`;
  return {
    sites: s.kept.map((x) => ({ row: x.row, name: x.name || fallback(x.row), lon: x.lon, lat: x.lat, input: x.record })),
    errors: s.rejected.map((x) => ({ row: x.row, message: x.message })),
    rowKind: r.rowKind,
    notices: s.notices,
  };
}
