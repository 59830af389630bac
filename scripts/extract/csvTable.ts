// Read and write one fact table as rows of named cells, keeping its header order and line ends, so
// an extract script's diff shows only the cells it meant to change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';

export type Row = Record<string, string>;

export interface Table {
  columns: string[];
  rows: Row[];
  newline: '\n' | '\r\n';
}

export function readTable(path: string): Table {
  const text = readFileSync(path, 'utf8');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return { columns: parsed.meta.fields ?? [], rows: parsed.data, newline: text.includes('\r\n') ? '\r\n' : '\n' };
}

export function writeTable(path: string, t: Table): void {
  const body = Papa.unparse({ fields: t.columns, data: t.rows.map((r) => t.columns.map((c) => r[c] ?? '')) }, { newline: t.newline });
  writeFileSync(path, body + t.newline);
}

/**
 * The shared fact tables (../shared/data from the repository root, or --shared DIR). Read only by
 * these development-time scripts, never by the app, its tests or CI.
 */
export function sharedDataDir(argv: readonly string[]): string {
  const i = argv.indexOf('--shared');
  const dir = resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : '../shared/data');
  if (!existsSync(resolve(dir, 'README.md'))) throw new Error(`shared data not found at ${dir}; pass --shared <dir>`);
  return dir;
}

/** The one row of `rows` that `pick` selects; fails loudly when there is none or more than one. */
export function only(rows: readonly Row[], pick: (r: Row) => boolean, what: string): Row {
  const hits = rows.filter(pick);
  if (hits.length !== 1) throw new Error(`${what}: expected one row, found ${hits.length}`);
  return hits[0];
}
