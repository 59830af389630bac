// Schema validation for the fact tables in data/*.csv. Every failure names file, row and column,
// so a bad edit is found in seconds. Row numbers are 1-based file lines (header = line 1).
import Papa from 'papaparse';

export type ColumnType = 'string' | 'number' | 'integer' | 'url' | 'year' | 'enum' | 'regionCode';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required?: boolean;
  min?: number;
  max?: number;
  values?: readonly string[];
}

export interface TableSpec {
  file: string;
  columns: readonly ColumnSpec[];
}

export interface ValidationContext {
  /** Region codes that exist in the boundaries (ISO 3166-2), plus accepted country codes. */
  regionCodes?: ReadonlySet<string>;
}

export class DataValidationError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly column: string | null,
    detail: string,
  ) {
    super(`${file}${row !== null ? ` row ${row}` : ''}${column !== null ? `, column "${column}"` : ''}: ${detail}`);
    this.name = 'DataValidationError';
  }
}

function checkCell(spec: TableSpec, col: ColumnSpec, raw: string, row: number, ctx: ValidationContext): void {
  const fail = (detail: string) => {
    throw new DataValidationError(spec.file, row, col.name, detail);
  };
  const value = raw.trim();
  if (value === '') {
    if (col.required) fail('is empty but required');
    return;
  }
  switch (col.type) {
    case 'number':
    case 'integer':
    case 'year': {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value)) fail(`"${value}" is not a number`);
      const n = Number(value);
      if (!Number.isFinite(n)) fail(`"${value}" is not a finite number`);
      if ((col.type === 'integer' || col.type === 'year') && !Number.isInteger(n)) fail(`"${value}" is not a whole number`);
      const min = col.min ?? (col.type === 'year' ? 1900 : undefined);
      const max = col.max ?? (col.type === 'year' ? 2100 : undefined);
      if (min !== undefined && n < min) fail(`${value} is below the minimum ${min}`);
      if (max !== undefined && n > max) fail(`${value} is above the maximum ${max}`);
      break;
    }
    case 'url':
      if (!/^https?:\/\/\S+$/.test(value)) fail(`"${value}" is not an http(s) URL`);
      break;
    case 'enum':
      if (!col.values?.includes(value)) fail(`"${value}" is not one of ${col.values?.join(', ')}`);
      break;
    case 'regionCode':
      if (ctx.regionCodes && !ctx.regionCodes.has(value)) fail(`region code "${value}" does not exist in the boundaries`);
      break;
    case 'string':
      break;
  }
}

/** Parses and validates a CSV table; returns rows as records of trimmed strings. */
export function parseAndValidate(spec: TableSpec, csvText: string, ctx: ValidationContext = {}): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const firstError = parsed.errors[0];
  if (firstError) {
    const row = firstError.row !== undefined ? firstError.row + 2 : null;
    throw new DataValidationError(spec.file, row, null, `CSV ${firstError.code}: ${firstError.message}`);
  }
  const header = parsed.meta.fields ?? [];
  for (const col of spec.columns) {
    if (!header.includes(col.name)) throw new DataValidationError(spec.file, 1, col.name, 'column is missing from the header');
  }
  if (parsed.data.length === 0) throw new DataValidationError(spec.file, null, null, 'has no data rows');
  parsed.data.forEach((record, i) => {
    for (const col of spec.columns) checkCell(spec, col, record[col.name] ?? '', i + 2, ctx);
  });
  return parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, (v ?? '').trim()])));
}
