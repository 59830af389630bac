// One export at a time: full scores for the given sites written into the file's parts (in the site
// worker; on the page should it fail), a progress count, and the download. The export bar and the
// comparison share it.
import { useState } from 'react';
import { APP_VERSION } from '../../candidates/appVersion';
import { exportFileName, type ExportFormat } from '../../candidates/exportRecords';
import type { Candidate } from '../../candidates/types';
import { modelOptionsOf } from '../../scoring/siteScoring';
import { useScoringSettings } from '../useScoringSettings';
import { downloadParts } from './download';
import { useExportScorer } from './useScoredCandidates';

export type ExportKind = Parameters<typeof exportFileName>[0];

export interface ExportRun {
  run(list: readonly Candidate[], kind: ExportKind, format: ExportFormat): Promise<void>;
  /** While an export is being written: how far along. */
  progress: { done: number; total: number } | null;
  /** The data has loaded and no export is running. */
  ready: boolean;
}

export function useExportRun(): ExportRun {
  const settings = useScoringSettings();
  const writeExport = useExportScorer();
  const [progress, setProgress] = useState<ExportRun['progress']>(null);
  const run = async (list: readonly Candidate[], kind: ExportKind, format: ExportFormat) => {
    if (!writeExport || !settings || progress) return;
    // The status re-renders a few times a second, not on every message.
    setProgress({ done: 0, total: list.length });
    try {
      const now = new Date();
      const meta = { exportedAt: now.toISOString(), appVersion: APP_VERSION, model: modelOptionsOf(settings, settings.profile) };
      let shownAt = 0;
      const parts = await writeExport(list, format, meta, (done, total) => {
        if (performance.now() - shownAt < 100) return;
        shownAt = performance.now();
        setProgress({ done, total });
      });
      downloadParts(exportFileName(kind, format, now), parts, format === 'geojson' ? 'application/geo+json' : 'text/csv');
    } finally {
      setProgress(null);
    }
  };
  return { run, progress, ready: writeExport !== null && settings !== null && progress === null };
}
