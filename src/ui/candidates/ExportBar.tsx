// Import and export controls. Export takes the shortlist by default ("Export shortlist"), or every
// candidate ("Export all"); GeoJSON on the main buttons, CSV beside each.
import { useMemo, useRef, useState } from 'react';
import { APP_VERSION } from '../../candidates/appVersion';
import { exportCsv, exportFileName, exportGeoJson, type ExportItem } from '../../candidates/exportRecords';
import { useCandidatesStore } from '../../state/candidatesStore';
import { downloadText } from './download';
import type { PendingFile } from './ImportDialog';
import { useExportScorer, useScoringSettings } from './useScoredCandidates';

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
  const scoreAll = useExportScorer();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const starred = useMemo(() => candidates.filter((c) => c.starred), [candidates]);
  const run = async (kind: 'shortlist' | 'all', format: 'geojson' | 'csv') => {
    if (!scoreAll || !settings || progress) return;
    const list = kind === 'shortlist' ? starred : candidates;
    // Full scores are built here, for the exported sites only, in slices with a progress line.
    setProgress({ done: 0, total: list.length });
    try {
      const items: ExportItem[] = await scoreAll(list, (done, total) => setProgress({ done, total }));
      const now = new Date();
      const meta = { exportedAt: now.toISOString(), appVersion: APP_VERSION, model: settings.options[settings.profile] };
      const name = exportFileName(kind, format, now);
      if (format === 'geojson') downloadText(name, exportGeoJson(items, meta), 'application/geo+json');
      else downloadText(name, exportCsv(items, meta), 'text/csv');
    } finally {
      setProgress(null);
    }
  };
  const ready = scoreAll !== null && settings !== null && progress === null;
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
