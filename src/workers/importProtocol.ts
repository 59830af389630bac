// The import dialog's requests to the site worker (src/workers/sitesWorker.ts) and their pure
// handlers (testable in node). The worker holds the file's text and the full preview; the main thread
// only ever gets a summary (counts, columns, the first rejected rows) and, on confirm, the candidates
// in chunks — so neither a 10 MB string nor 100,000 row objects are parsed or cloned on the main thread at once.
import type { ColumnChoice } from '../io/columns';
import type { Delimiter } from '../io/delimiter';
import type { RejectedRow } from '../io/readRows';
import { decodeImportBytes, sizeProblem } from '../io/decodeFile';
import type { RegionLookup } from '../io/studyArea';
import { buildImportPreview, rejectedRowsCsv, type ImportPreview } from '../candidates/importPreview';
import { candidatesFromRows } from '../candidates/fromImport';
import type { Candidate } from '../candidates/types';
import type { Handlers, RequestContext } from './rpc';

/** Rejected rows sent to the dialog (the download has all of them). */
export const SHOWN_REJECTED = 200;
/** Candidates per message on confirm: each message is cloned on the main thread in one task (~15–30 ms at this size; 10,000 took 50–120 ms). */
export const CANDIDATE_CHUNK = 2_500;

/** How far a long request is; `chunk` carries the candidates on confirm. */
export interface ImportProgress {
  phase: 'loading' | 'reading' | 'checking' | 'converting';
  done: number;
  total: number;
}

export type ImportApi = {
  importOpen: { args: { name: string; file: Blob; existingKeys: string[] }; result: PreviewSummary; progress: ImportProgress };
  importColumns: { args: { columns: Partial<ColumnChoice> }; result: PreviewSummary; progress: ImportProgress };
  importRejectedCsv: { args: null; result: string; progress: never };
  /** Resolves with how many candidates were sent (as progress, in chunks). */
  importCandidates: { args: { takenIds: string[]; now: string }; result: number; progress: ImportProgress & { chunk?: Candidate[] } };
  /** Drops the file and its preview (the dialog closed). */
  importClose: { args: null; result: null; progress: never };
};

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

/**
 * One file at a time. Requests run one after another, in order: a column change waits for the read
 * before it, a close for the request before it.
 */
export function createImportHandlers(regionLookup: () => Promise<RegionLookup>, now: () => number = () => performance.now()): Handlers<ImportApi> {
  let file: { name: string; text: string; encoding: string; existingKeys: string[] } | null = null;
  let preview: ImportPreview | null = null;
  let columns: Partial<ColumnChoice> = {};
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder =
    <A, R, P>(fn: (args: A, req: RequestContext<P>) => Promise<R> | R) =>
    (args: A, req: RequestContext<P>): Promise<R> => {
      const next = queue.then(() => fn(args, req));
      queue = next.catch(() => {});
      return next;
    };
  const opened = () => {
    if (!file || !preview) throw new Error('no file opened');
    return { file, preview };
  };
  const read = async (req: RequestContext<ImportProgress>) => {
    const t0 = now();
    const regionAt = await regionLookup();
    preview = buildImportPreview(file!.name, file!.text, regionAt, file!.existingKeys, columns, (phase, done, total) => req.progress({ phase, done, total }));
    return summarise(preview, file!.encoding, now() - t0);
  };

  return {
    importOpen: inOrder(async ({ name, file: blob, existingKeys }, req) => {
      file = null;
      preview = null;
      const tooBig = sizeProblem(blob.size);
      if (tooBig) return problemSummary(name, tooBig);
      req.progress({ phase: 'loading', done: 0, total: blob.size });
      const decoded = decodeImportBytes(new Uint8Array(await blob.arrayBuffer()));
      if (!decoded.ok) return problemSummary(name, decoded.message);
      file = { name, text: decoded.text, encoding: decoded.encoding, existingKeys };
      columns = {};
      return read(req);
    }),
    importColumns: inOrder(async (args, req) => {
      opened();
      columns = args.columns;
      return read(req);
    }),
    importRejectedCsv: inOrder(() => rejectedRowsCsv(opened().preview)),
    importCandidates: inOrder(({ takenIds, now: at }, req) => {
      const { preview: p } = opened();
      const all = candidatesFromRows(p.read, p.kept, new Set(takenIds), new Date(at));
      for (let i = 0; i < all.length || i === 0; i += CANDIDATE_CHUNK) {
        req.progress({ phase: 'converting', done: Math.min(i + CANDIDATE_CHUNK, all.length), total: all.length, chunk: all.slice(i, i + CANDIDATE_CHUNK) });
      }
      return all.length;
    }),
    importClose: inOrder(() => {
      file = null;
      preview = null;
      columns = {};
      return null;
    }),
  };
}
