// Rows kept by an import → candidates. A GridScout export (it has exported_at and app_version
// columns) is restored: its id, name, shortlist star and the user's own columns come back, and the
// computed columns (scores, criteria, economics, weights) are dropped, since they are recomputed.
import { restoreFormula } from '../io/formulaGuard';
import type { CellValue, ReadResult, ReadRow } from '../io/readRows';
import { reservedColumns } from './exportRecords';
import { round6 } from '../io/coordinate';
import { newId, type Candidate } from './types';

export { newId };

export function isGridScoutExport(headers: readonly string[]): boolean {
  return headers.includes('exported_at') && headers.includes('app_version');
}

const truthy = (v: CellValue | undefined) => v === true || v === 'true' || v === 'TRUE' || v === '1' || v === 1;

function userProps(record: Record<string, CellValue>, skip: Set<string>, restore: boolean, csv: boolean): Record<string, CellValue> {
  const props: Record<string, CellValue> = {};
  const reserved = reservedColumns();
  for (let [k, v] of Object.entries(record)) {
    if (skip.has(k)) continue;
    // A CSV export has every site's columns on every row; an empty cell there means "not set".
    if (restore && csv && v === '') continue;
    // Our CSV export quoted formula-like text ('=…); reading our own export back takes the quote off.
    if (restore && csv && typeof v === 'string') v = restoreFormula(v);
    if (restore) {
      if (reserved.has(k)) continue;
      // An exported input column renamed on a clash gets its own name back.
      const m = /^input_(.+)$/.exec(k);
      if (m && reserved.has(m[1])) {
        props[m[1]] = v;
        continue;
      }
    }
    props[k] = v;
  }
  return props;
}

export function candidatesFromRows(read: ReadResult, kept: readonly ReadRow[], takenIds: ReadonlySet<string>, now: Date): Candidate[] {
  const restore = isGridScoutExport(read.headers);
  const skip = new Set([read.columns.lat, read.columns.lon, read.columns.name].filter((c): c is string => !!c));
  const ids = new Set(takenIds);
  return kept.map((r) => {
    const fileId = restore && r.record.id !== undefined && r.record.id !== null ? String(r.record.id) : '';
    const id = fileId && !ids.has(fileId) ? fileId : newId();
    ids.add(id);
    const added = restore && typeof r.record.added_at === 'string' && r.record.added_at ? r.record.added_at : now.toISOString();
    return {
      id,
      name: (restore && read.format === 'csv' ? restoreFormula(r.name) : r.name) || `Site ${r.row}`,
      lon: round6(r.lon),
      lat: round6(r.lat),
      starred: restore ? truthy(r.record.shortlisted) : false,
      props: userProps(r.record, restore ? new Set([...skip, 'name']) : skip, restore, read.format === 'csv'),
      addedAt: added,
    };
  });
}
