// What the import dialog shows before anything is added: the read, the kept rows and the rejected
// rows with reasons. Pure: text + lookups in, preview out (the import worker runs it). The reading
// and checks are src/io/readSites.ts, the same as the CLI's.
import type { ColumnChoice } from '../io/columns';
import { columnsOf, writeCsv } from '../io/csvWrite';
import { readSites, type SitesRead, type SitesReadProgress } from '../io/readSites';
import { REJECT_LABELS } from '../io/siteChecks';
import type { RegionLookup } from '../io/studyArea';

export interface ImportPreview extends SitesRead {
  fileName: string;
}

export function buildImportPreview(fileName: string, text: string, regionAt: RegionLookup, existingKeys: Iterable<string>, columns?: Partial<ColumnChoice>, onProgress?: SitesReadProgress): ImportPreview {
  return { fileName, ...readSites(fileName, text, regionAt, { existingKeys, columns, onProgress }) };
}

/** Rejected rows as CSV: line/feature number, reason, message, then the row's own columns. */
export function rejectedRowsCsv(preview: ImportPreview): string {
  const rows = preview.rejected.map((r) => ({ [preview.read.rowKind]: r.row, reason: REJECT_LABELS[r.code], message: r.message, ...r.record }));
  return writeCsv(columnsOf(rows, [preview.read.rowKind, 'reason', 'message']), rows);
}
