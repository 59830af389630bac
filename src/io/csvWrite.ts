// The one place CSV text is written from records (exports, rejected rows), so the cell-level guard
// against spreadsheet formula injection (src/io/formulaGuard.ts) applies everywhere at once.
// The output is what Papa.unparse writes (quote a cell only when it holds a comma, quote, CR, LF or
// BOM, or starts or ends with a space; '\n' line ends) plus a final '\n', and the writer can be used
// row by row (csvHeader / csvCell) so that large exports are built in chunks.
import Papa from 'papaparse';
import { neutraliseFormula, startsLikeFormula } from './formulaGuard';
import type { CellValue } from './readRows';

/** Columns in first-seen order across rows. */
export function columnsOf(rows: readonly Record<string, CellValue>[], first: readonly string[] = []): string[] {
  const seen = new Set<string>(first);
  const cols = [...first];
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) (seen.add(k), cols.push(k));
  return cols;
}

const NEEDS_QUOTES = /[",\r\n\ufeff]/;
const QUOTE = /"/g;

/** A text as a CSV field (no formula guard: column names, or text already guarded). */
export function csvQuote(s: string): string {
  if (NEEDS_QUOTES.test(s) || s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) return `"${s.replace(QUOTE, '""')}"`;
  return s;
}

/** One cell: numbers and booleans as they are; only text can carry a formula. */
export function csvCell(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return csvQuote(startsLikeFormula(v) ? neutraliseFormula(v) : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return papaCell(v);
}

/** What Papa.unparse writes for anything else (a Date, an object that slipped through). */
function papaCell(v: unknown): string {
  const line = Papa.unparse([[v]], { newline: '\n' });
  return line;
}

/** The header line, with its line end. */
export function csvHeader(columns: readonly string[]): string {
  let s = '';
  for (let i = 0; i < columns.length; i++) s += (i ? ',' : '') + csvQuote(columns[i]);
  return s + '\n';
}

/** Text after the last row: an export of no rows ends with an empty line, as Papa.unparse writes it. */
export const csvEnd = (rows: number): string => (rows === 0 ? '\n' : '');

export function writeCsv(columns: readonly string[], rows: readonly Record<string, CellValue>[]): string {
  // Without columns Papa.unparse falls back to other rules; keep its output there.
  if (columns.length === 0) return Papa.unparse({ fields: [], data: rows.map(() => []) }, { newline: '\n' }) + '\n';
  let s = csvHeader(columns);
  for (const r of rows) {
    for (let i = 0; i < columns.length; i++) s += (i ? ',' : '') + csvCell(r[columns[i]]);
    s += '\n';
  }
  return s + csvEnd(rows.length);
}
