// Messages between the import dialog and the import worker, and the worker's pure handler (testable
// in node). The worker holds the file's text and the full preview; the main thread only ever gets a
// summary (counts, columns, the first rejected rows) and, on confirm, the candidates in chunks — so
// neither a 10 MB string nor 100,000 row objects are parsed or cloned on the main thread at once.
import type { ColumnChoice } from '../io/columns';
import type { Delimiter } from '../io/delimiter';
import type { RejectedRow } from '../io/readRows';
import { decodeImportBytes, sizeProblem } from '../io/decodeFile';
import type { RegionLookup } from '../candidates/classify';
import { buildImportPreview, rejectedRowsCsv, type ImportPreview } from '../candidates/importPreview';
import { candidatesFromRows } from '../candidates/fromImport';
import type { Candidate } from '../candidates/types';

/** Rejected rows sent to the dialog (the download has all of them). */
export const SHOWN_REJECTED = 200;
/** Candidates per message on confirm: each message is cloned on the main thread in one task (~15–30 ms at this size; 10,000 took 50–120 ms). */
export const CANDIDATE_CHUNK = 2_500;

export type ImportRequest =
  | { type: 'open'; id: number; name: string; file: Blob; existingKeys: string[] }
  | { type: 'columns'; id: number; columns: Partial<ColumnChoice> }
  | { type: 'rejectedCsv'; id: number }
  | { type: 'candidates'; id: number; takenIds: string[]; now: string };

export interface PreviewSummary {
  fileName: string;
  format: 'csv' | 'geojson';
  rowKind: 'line' | 'feature';
  encoding: string;
  headers: string[];
  columns: ColumnChoice;
  delimiter: Delimiter | null;
  rowCount: number;
  keptCount: number;
  rejectedCount: number;
  rejectedShown: Pick<RejectedRow, 'row' | 'code' | 'message'>[];
  notices: string[];
  problem: string | null;
  ms: number;
}

export type ImportResponse =
  | { type: 'progress'; id: number; phase: 'loading' | 'reading' | 'checking' | 'converting'; done: number; total: number }
  | { type: 'preview'; id: number; summary: PreviewSummary }
  | { type: 'csv'; id: number; text: string }
  | { type: 'candidates'; id: number; chunk: Candidate[]; last: boolean }
  | { type: 'error'; id: number; message: string };

export function summarise(p: ImportPreview, encoding: string, ms: number): PreviewSummary {
  return {
    fileName: p.fileName,
    format: p.read.format,
    rowKind: p.read.rowKind,
    encoding,
    headers: p.read.headers,
    columns: p.read.columns,
    delimiter: p.read.delimiter,
    rowCount: p.rowCount,
    keptCount: p.kept.length,
    rejectedCount: p.rejected.length,
    rejectedShown: p.rejected.slice(0, SHOWN_REJECTED).map((r) => ({ row: r.row, code: r.code, message: r.message.slice(0, 500) })),
    notices: p.notices,
    problem: p.read.problem,
    ms,
  };
}

function problemSummary(name: string, problem: string): PreviewSummary {
  const format = /\.(geo)?json$/i.test(name) ? 'geojson' : 'csv';
  return { fileName: name, format, rowKind: format === 'csv' ? 'line' : 'feature', encoding: '', headers: [], columns: { lat: null, lon: null, name: null }, delimiter: null, rowCount: 0, keptCount: 0, rejectedCount: 0, rejectedShown: [], notices: [], problem, ms: 0 };
}

export function createImportHandler(regionLookup: () => Promise<RegionLookup>, now: () => number = () => performance.now()) {
  let file: { name: string; text: string; encoding: string; existingKeys: string[] } | null = null;
  let preview: ImportPreview | null = null;
  let columns: Partial<ColumnChoice> = {};

  return async (req: ImportRequest, post: (r: ImportResponse) => void): Promise<void> => {
    try {
      const progress = (phase: 'loading' | 'reading' | 'checking' | 'converting', done: number, total: number) => post({ type: 'progress', id: req.id, phase, done, total });
      const run = async () => {
        const t0 = now();
        const regionAt = await regionLookup();
        preview = buildImportPreview(file!.name, file!.text, regionAt, file!.existingKeys, columns, progress);
        post({ type: 'preview', id: req.id, summary: summarise(preview, file!.encoding, now() - t0) });
      };
      if (req.type === 'open') {
        const tooBig = sizeProblem(req.file.size);
        if (tooBig) return post({ type: 'preview', id: req.id, summary: problemSummary(req.name, tooBig) });
        progress('loading', 0, req.file.size);
        const decoded = decodeImportBytes(new Uint8Array(await req.file.arrayBuffer()));
        if (!decoded.ok) return post({ type: 'preview', id: req.id, summary: problemSummary(req.name, decoded.message) });
        file = { name: req.name, text: decoded.text, encoding: decoded.encoding, existingKeys: req.existingKeys };
        columns = {};
        return await run();
      }
      if (!file || !preview) throw new Error('no file opened');
      if (req.type === 'columns') {
        columns = req.columns;
        return await run();
      }
      if (req.type === 'rejectedCsv') return post({ type: 'csv', id: req.id, text: rejectedRowsCsv(preview) });
      const all = candidatesFromRows(preview.read, preview.kept, new Set(req.takenIds), new Date(req.now));
      for (let i = 0; i < all.length || i === 0; i += CANDIDATE_CHUNK) {
        progress('converting', Math.min(i + CANDIDATE_CHUNK, all.length), all.length);
        post({ type: 'candidates', id: req.id, chunk: all.slice(i, i + CANDIDATE_CHUNK), last: i + CANDIDATE_CHUNK >= all.length });
      }
    } catch (e) {
      post({ type: 'error', id: req.id, message: (e as Error)?.message ?? String(e) });
    }
  };
}
