// The one place CSV text is written from records (exports, rejected rows), so a cell-level guard
// (issue 7: spreadsheet formula injection) applies everywhere at once.
import Papa from 'papaparse';
import type { CellValue } from './readRows';

/** Columns in first-seen order across rows. */
export function columnsOf(rows: readonly Record<string, CellValue>[], first: readonly string[] = []): string[] {
  const seen = new Set<string>(first);
  const cols = [...first];
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) (seen.add(k), cols.push(k));
  return cols;
}

export function writeCsv(columns: readonly string[], rows: readonly Record<string, CellValue>[]): string {
  const cell = (v: CellValue | undefined): string | number | boolean => (v === null || v === undefined ? '' : v);
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => cell(r[c]))) }, { newline: '\n' }) + '\n';
}
