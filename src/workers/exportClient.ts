// The page's side of exports in the site worker: upload the sites in chunks (yielding between them),
// then wait for the file's Blob parts. Blobs cross threads as handles: the file's bytes are not copied
// back into the page's heap.
import type { Candidate } from '../candidates/types';
import { yieldToBrowser } from '../candidates/timeSlice';
import { EXPORT_UPLOAD_CHUNK, type ExportApi, type ExportRequest } from './exportProtocol';
import type { RpcClient } from './rpc';

let nextJob = 1;

export async function exportInWorker(rpc: RpcClient<ExportApi>, list: readonly Candidate[], request: ExportRequest, onProgress: (done: number, total: number) => void, uploadChunk = EXPORT_UPLOAD_CHUNK): Promise<Blob[]> {
  const job = nextJob++;
  // Upload replies come back in order, before the file: a failed upload is seen by then at the latest.
  let held = 0;
  let failed: unknown = null;
  for (let i = 0; i < list.length; i += uploadChunk) {
    rpc.call('exportSites', { job, sites: list.slice(i, i + uploadChunk) }).result.then(
      (n) => void (held = n),
      (err: unknown) => void (failed ??= err),
    );
    if (i + uploadChunk < list.length) await yieldToBrowser();
    if (failed) throw failed;
  }
  const parts = await rpc.call('exportRun', { job, ...request }, { onProgress: (p) => onProgress(p.done, p.total) }).result;
  if (failed) throw failed;
  if (held !== list.length) throw new Error(`the export worker received ${held} of ${list.length} sites`);
  return parts;
}
