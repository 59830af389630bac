// The import dialog's side of the site worker: progress through a callback, candidates collected
// from their chunks. Disposing drops the worker's copy of the file; calls still waiting are cancelled
// and never settle (the dialog that made them has gone).
import type { ColumnChoice } from '../io/columns';
import type { Candidate } from '../candidates/types';
import type { ImportApi, ImportProgress, PreviewSummary } from './importProtocol';
import { isCancelled, type Call, type RpcClient } from './rpc';
import { sitesWorker } from './sitesClient';

export type Progress = ImportProgress;

export interface ImportClient {
  open(name: string, file: Blob, existingKeys: string[]): Promise<PreviewSummary>;
  setColumns(columns: Partial<ColumnChoice>): Promise<PreviewSummary>;
  rejectedCsv(): Promise<string>;
  candidates(takenIds: string[], now: Date): Promise<Candidate[]>;
  dispose(): void;
}

export function createImportClient(onProgress: (p: Progress) => void, rpc: RpcClient<ImportApi> = sitesWorker()): ImportClient {
  const waiting = new Set<Call<unknown>>();
  const track = <T>(call: Call<T>): Promise<T> => {
    waiting.add(call);
    return call.result.then(
      (v) => (waiting.delete(call), v),
      (err: unknown) => {
        waiting.delete(call);
        return isCancelled(err) ? new Promise<never>(() => {}) : Promise.reject(err);
      },
    );
  };
  const showProgress = ({ phase, done, total }: Progress) => onProgress({ phase, done, total });
  return {
    open: (name, file, existingKeys) => track(rpc.call('importOpen', { name, file, existingKeys }, { onProgress: showProgress })),
    setColumns: (columns) => track(rpc.call('importColumns', { columns }, { onProgress: showProgress })),
    rejectedCsv: () => track(rpc.call('importRejectedCsv', null)),
    candidates: async (takenIds, now) => {
      const parts: Candidate[][] = [];
      await track(
        rpc.call('importCandidates', { takenIds, now: now.toISOString() }, {
          onProgress: (p) => {
            if (p.chunk) parts.push(p.chunk);
            showProgress(p);
          },
        }),
      );
      return parts.flat();
    },
    dispose: () => {
      for (const call of waiting) call.cancel();
      waiting.clear();
      void rpc.call('importClose', null).result.catch(() => {});
    },
  };
}
