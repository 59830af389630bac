// What the import dialog shows before anything is added: the read, the kept rows and the rejected
// rows with reasons. Pure: text + lookups in, preview out (a worker can run it for issue 7).
import type { ColumnChoice } from '../io/columns';
import { formatOf, readCsv, readGeoJson, type ReadResult, type ReadRow, type RejectedRow } from '../io/readRows';
import { columnsOf, writeCsv } from '../io/csvWrite';
import { classifyRows, REJECT_LABELS, type RegionLookup } from './classify';

export interface ImportPreview {
  fileName: string;
  read: ReadResult;
  /** Data rows in the file (kept + rejected). */
  rowCount: number;
  kept: ReadRow[];
  rejected: RejectedRow[];
  notices: string[];
}

/** Long imports report what they are doing: reading rows, then checking them against the regions. */
export type PreviewProgress = (phase: 'reading' | 'checking', done: number, total: number) => void;

export function buildImportPreview(fileName: string, text: string, regionAt: RegionLookup, existingKeys: Iterable<string>, columns?: Partial<ColumnChoice>, onProgress?: PreviewProgress): ImportPreview {
  const reading = onProgress && ((d: number, t: number) => onProgress('reading', d, t));
  const read = formatOf(fileName) === 'geojson' ? readGeoJson(text, { nameColumn: columns?.name }, reading) : readCsv(text, columns, reading);
  const c = classifyRows(read, regionAt, existingKeys, onProgress && ((d, t) => onProgress('checking', d, t)));
  return { fileName, read, rowCount: read.rows.length + read.rejected.length, kept: c.kept, rejected: c.rejected, notices: [...read.notices, ...c.hints] };
}

/** Rejected rows as CSV: line/feature number, reason, message, then the row's own columns. */
export function rejectedRowsCsv(preview: ImportPreview): string {
  const rows = preview.rejected.map((r) => ({ [preview.read.rowKind]: r.row, reason: REJECT_LABELS[r.code], message: r.message, ...r.record }));
  return writeCsv(columnsOf(rows, [preview.read.rowKind, 'reason', 'message']), rows);
}
