// Candidate sites from a CSV or GeoJSON file, as both the app's import and the CLI read them: the
// format reader (src/io/readRows.ts), then the study-area and duplicate checks (src/io/siteChecks.ts).
// One path, so a row is kept or refused, with the same message and line, whichever tool reads it.
import type { ColumnChoice } from './columns';
import { formatOf, readCsv, readGeoJson, type ReadResult, type ReadRow, type RejectedRow } from './readRows';
import { checkRows } from './siteChecks';
import type { RegionLookup } from './studyArea';

export interface SitesRead {
  read: ReadResult;
  /** Data rows in the file (kept + rejected). */
  rowCount: number;
  kept: ReadRow[];
  rejected: RejectedRow[];
  /** The reader's notices, then the checks' hints. */
  notices: string[];
}

/** Long reads report what they are doing: reading rows, then checking them against the regions. */
export type SitesReadProgress = (phase: 'reading' | 'checking', done: number, total: number) => void;

export interface SitesReadOptions {
  /** positionKey of sites already in the list: a row at one of them is a duplicate. */
  existingKeys?: Iterable<string>;
  /** Columns the user chose (CSV lat/lon/name; GeoJSON name); detected otherwise. */
  columns?: Partial<ColumnChoice>;
  onProgress?: SitesReadProgress;
}

/** `fileName` picks the format (.geojson/.json → GeoJSON, else CSV). */
export function readSites(fileName: string, text: string, regionAt: RegionLookup, opts: SitesReadOptions = {}): SitesRead {
  const { columns, onProgress } = opts;
  const reading = onProgress && ((d: number, t: number) => onProgress('reading', d, t));
  const read = formatOf(fileName) === 'geojson' ? readGeoJson(text, { nameColumn: columns?.name }, reading) : readCsv(text, columns, reading);
  const c = checkRows(read, regionAt, opts.existingKeys ?? [], onProgress && ((d, t) => onProgress('checking', d, t)));
  return { read, rowCount: read.rows.length + read.rejected.length, kept: c.kept, rejected: c.rejected, notices: [...read.notices, ...c.hints] };
}
