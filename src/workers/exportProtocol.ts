// Exports in the site worker (src/workers/sitesWorker.ts): the page uploads the sites in chunks
// (cloning 100,000 at once would be one 300–500 ms task), then asks for the file; the worker scores
// and writes it and answers with Blob parts, progress on the way. writeExportParts is the one
// export writer: the worker runs it, and the page runs it itself should the worker fail.
import { exportChunks, type ExportFormat, type ExportMeta } from '../candidates/exportRecords';
import { candidateScorer } from '../candidates/candidateScorer';
import { drainSliced } from '../candidates/timeSlice';
import type { Candidate } from '../candidates/types';
import type { QueryContext } from '../data/pointQuery';
import { ByteSink } from '../io/byteSink';
import { compileSiteScoring, type ScoringSettings } from '../scoring/siteScoring';
import type { Handlers } from './rpc';

/** Sites per upload message: each is cloned on the main thread in one short task (~10 ms). */
export const EXPORT_UPLOAD_CHUNK = 2_500;
/** Worker work between pauses, ms: long enough to cost little, short enough to let a cancel or a list re-score in. */
export const WORKER_EXPORT_SLICE_MS = 100;

export interface ExportRequest {
  format: ExportFormat;
  meta: ExportMeta;
  settings: ScoringSettings;
}

export type ExportApi = {
  /** Adds sites to export job `job`; resolves with how many the job holds. */
  exportSites: { args: { job: number; sites: Candidate[] }; result: number; progress: never };
  /** Writes job `job`'s file: its Blob parts, in order. */
  exportRun: { args: ExportRequest & { job: number }; result: Blob[]; progress: { done: number; total: number } };
};

export interface ExportSlicing {
  /** Work per slice before yielding, ms. */
  sliceMs: number;
  cancelled?(): boolean;
  onProgress(done: number, total: number): void;
}

/**
 * Scores and writes the sites in time slices: each slice's bytes go to a Blob part at once, so
 * neither the full scores nor the file (~400 MB of GeoJSON for 100,000 sites) is ever held in the JS
 * heap. Resolves with the parts, or null when cancelled.
 */
export async function writeExportParts(ctx: QueryContext, list: readonly Candidate[], { format, meta, settings }: ExportRequest, slicing: ExportSlicing): Promise<Blob[] | null> {
  const score = candidateScorer(ctx, compileSiteScoring(settings));
  const out = new ByteSink(4 << 20);
  const parts: Blob[] = [];
  const finished = await drainSliced(exportChunks(format, list, score, meta, out), {
    sliceMs: slicing.sliceMs,
    cancelled: slicing.cancelled,
    onSlice: (steps) => {
      // The Blob copies the slice's bytes; the sink's memory is reused for the next slice.
      if (out.length > 0) parts.push(new Blob([out.view()]));
      out.reset();
      const last = steps[steps.length - 1];
      if (last) slicing.onProgress(last.done, last.total);
    },
  });
  return finished ? parts : null;
}

export function createExportHandlers(context: () => Promise<QueryContext>): Handlers<ExportApi> {
  const uploads = new Map<number, Candidate[]>();
  return {
    exportSites({ job, sites }) {
      // One export at a time: a newer job's upload drops what an abandoned older one left.
      for (const older of uploads.keys()) if (older < job) uploads.delete(older);
      const list = uploads.get(job) ?? [];
      for (const s of sites) list.push(s);
      uploads.set(job, list);
      return list.length;
    },
    async exportRun({ job, ...request }, run) {
      const list = uploads.get(job) ?? [];
      uploads.delete(job);
      const parts = await writeExportParts(await context(), list, request, {
        sliceMs: WORKER_EXPORT_SLICE_MS,
        cancelled: run.cancelled,
        onProgress: (done, total) => run.progress({ done, total }),
      });
      return parts ?? [];
    },
  };
}
