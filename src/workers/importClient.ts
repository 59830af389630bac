// Promise wrapper over the import worker for the import dialog: one worker per opened file, progress
// through a callback, candidates collected from their chunks.
import type { ColumnChoice } from '../io/columns';
import type { Candidate } from '../candidates/types';
import type { ImportRequest, ImportResponse, PreviewSummary } from './importProtocol';

export type Progress = Extract<ImportResponse, { type: 'progress' }>;

export interface ImportClient {
  open(name: string, file: Blob, existingKeys: string[]): Promise<PreviewSummary>;
  setColumns(columns: Partial<ColumnChoice>): Promise<PreviewSummary>;
  rejectedCsv(): Promise<string>;
  candidates(takenIds: string[], now: Date): Promise<Candidate[]>;
  dispose(): void;
}

export function createImportClient(onProgress: (p: Progress) => void, worker: Worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })): ImportClient {
  let nextId = 1;
  const pending = new Map<number, (r: ImportResponse) => boolean>();
  worker.onmessage = (e: MessageEvent<ImportResponse>) => {
    if (e.data.type === 'progress') return onProgress(e.data);
    const handler = pending.get(e.data.id);
    if (handler?.(e.data)) pending.delete(e.data.id);
  };
  worker.onerror = (e) => {
    // A worker that failed to load or crashed: every waiting request gets the error, not a hang.
    e.preventDefault();
    for (const h of pending.values()) h({ type: 'error', id: 0, message: `the import worker failed: ${e.message || 'unknown error'}` });
    pending.clear();
  };
  const request = <T>(req: ImportRequest, take: (r: ImportResponse, resolve: (v: T) => void) => boolean) =>
    new Promise<T>((resolve, reject) => {
      pending.set(req.id, (r) => (r.type === 'error' ? (reject(new Error(r.message)), true) : take(r, resolve)));
      worker.postMessage(req);
    });
  const preview = (r: ImportResponse, resolve: (s: PreviewSummary) => void) => r.type === 'preview' && (resolve(r.summary), true);
  return {
    open: (name, file, existingKeys) => request({ type: 'open', id: nextId++, name, file, existingKeys }, preview),
    setColumns: (columns) => request({ type: 'columns', id: nextId++, columns }, preview),
    rejectedCsv: () => request({ type: 'rejectedCsv', id: nextId++ }, (r, resolve: (t: string) => void) => r.type === 'csv' && (resolve(r.text), true)),
    candidates: (takenIds, now) => {
      const parts: Candidate[][] = [];
      return request({ type: 'candidates', id: nextId++, takenIds, now: now.toISOString() }, (r, resolve: (c: Candidate[]) => void) => {
        if (r.type !== 'candidates') return false;
        parts.push(r.chunk);
        if (r.last) resolve(parts.flat());
        return r.last;
      });
    },
    dispose: () => (worker.terminate(), pending.clear()),
  };
}
