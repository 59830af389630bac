// Import and export controls. Export takes the shortlist by default ("Export shortlist"), or every
// candidate ("Export all"); GeoJSON on the main buttons, CSV beside each.
import { useMemo, useRef } from 'react';
import { useCandidatesStore } from '../../state/candidatesStore';
import type { PendingFile } from './ImportDialog';
import { useExportRun } from './useExportRun';

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
  const { run: runExport, progress, ready } = useExportRun();
  const starred = useMemo(() => candidates.filter((c) => c.starred), [candidates]);
  const run = (kind: 'shortlist' | 'all', format: 'geojson' | 'csv') => runExport(kind === 'shortlist' ? starred : candidates, kind, format);
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
