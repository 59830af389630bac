// Import and export controls. Export takes the shortlist by default ("Export shortlist"), or every
// candidate ("Export all"); GeoJSON on the main buttons, CSV beside each.
import { useMemo, useRef, useState } from 'react';
import { APP_VERSION } from '../../candidates/appVersion';
import { exportFileName } from '../../candidates/exportRecords';
import { modelOptionsOf } from '../../scoring/siteScoring';
import { useCandidatesStore } from '../../state/candidatesStore';
import { downloadParts } from './download';
import type { PendingFile } from './ImportDialog';
import { useExportScorer } from './useScoredCandidates';
import { useScoringSettings } from '../useScoringSettings';

export function ImportButton({ onFile }: { onFile(f: PendingFile): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        Import candidates
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          // The file itself goes to the import worker: the main thread never reads its text.
          if (f) onFile({ name: f.name, file: f });
        }}
      />
    </>
  );
}

export function ExportBar() {
  const candidates = useCandidatesStore((s) => s.candidates);
  const settings = useScoringSettings();
  const writeExport = useExportScorer();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const starred = useMemo(() => candidates.filter((c) => c.starred), [candidates]);
  const run = async (kind: 'shortlist' | 'all', format: 'geojson' | 'csv') => {
    if (!writeExport || !settings || progress) return;
    const list = kind === 'shortlist' ? starred : candidates;
    // Full scores are built for the exported sites only and written straight into the file's parts,
    // in the site worker (on the page should it fail), with a progress line (the status re-renders a
    // few times a second, not every message).
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
  const ready = writeExport !== null && settings !== null && progress === null;
  return (
    <div className="export-bar">
      <div className="btn-pair">
        <button type="button" className="btn btn--primary" disabled={!ready || starred.length === 0} onClick={() => void run('shortlist', 'geojson')} title="GeoJSON of the starred sites">
          Export shortlist
        </button>
        <button type="button" className="btn" disabled={!ready || starred.length === 0} onClick={() => void run('shortlist', 'csv')} aria-label="Export shortlist as CSV">
          CSV
        </button>
      </div>
      <div className="btn-pair">
        <button type="button" className="btn" disabled={!ready || candidates.length === 0} onClick={() => void run('all', 'geojson')} title="GeoJSON of every candidate">
          Export all
        </button>
        <button type="button" className="btn" disabled={!ready || candidates.length === 0} onClick={() => void run('all', 'csv')} aria-label="Export all as CSV">
          CSV
        </button>
      </div>
      {progress && (
        <span className="muted" role="status">
          Preparing export: {progress.done.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')} sites
        </span>
      )}
    </div>
  );
}
