// The one place CSV text is written from records (exports, rejected rows), so the cell-level guard
// against spreadsheet formula injection (src/io/formulaGuard.ts) applies everywhere at once.
import Papa from 'papaparse';
import { neutraliseFormula } from './formulaGuard';
import type { CellValue } from './readRows';

/** Columns in first-seen order across rows. */
export function columnsOf(rows: readonly Record<string, CellValue>[], first: readonly string[] = []): string[] {
  const seen = new Set<string>(first);
  const cols = [...first];
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) (seen.add(k), cols.push(k));
  return cols;
}

export function writeCsv(columns: readonly string[], rows: readonly Record<string, CellValue>[]): string {
  // Numbers and booleans are written as they are; only text can carry a formula.
  const cell = (v: CellValue | undefined): string | number | boolean => (v === null || v === undefined ? '' : typeof v === 'string' ? neutraliseFormula(v) : v);
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => cell(r[c]))) }, { newline: '\n' }) + '\n';
}
