// Import and export controls. Export takes the shortlist by default ("Export shortlist"), or every
// candidate ("Export all"); GeoJSON on the main buttons, CSV beside each.
import { useRef } from 'react';
import { APP_VERSION } from '../../candidates/appVersion';
import { exportCsv, exportFileName, exportGeoJson, type ExportItem } from '../../candidates/exportRecords';
import type { ScoringSettings } from '../../candidates/score';
import type { ScoredSite } from '../../scoring/flatten';
import { useCandidatesStore } from '../../state/candidatesStore';
import { downloadText } from './download';
import type { PendingFile } from './ImportDialog';

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
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile({ name: f.name, text: await f.text() });
        }}
      />
    </>
  );
}

export function ExportBar({ scores, settings }: { scores: Map<string, ScoredSite> | null; settings: ScoringSettings | null }) {
  const candidates = useCandidatesStore((s) => s.candidates);
  const starred = candidates.filter((c) => c.starred);
  const run = (kind: 'shortlist' | 'all', format: 'geojson' | 'csv') => {
    if (!scores || !settings) return;
    const list = kind === 'shortlist' ? starred : candidates;
    const items: ExportItem[] = list.flatMap((c) => {
      const scored = scores.get(c.id);
      return scored ? [{ candidate: c, scored }] : [];
    });
    const now = new Date();
    const meta = { exportedAt: now.toISOString(), appVersion: APP_VERSION, model: settings.options[settings.profile] };
    const name = exportFileName(kind, format, now);
    if (format === 'geojson') downloadText(name, exportGeoJson(items, meta), 'application/geo+json');
    else downloadText(name, exportCsv(items, meta), 'text/csv');
  };
  const ready = scores !== null && settings !== null;
  return (
    <div className="export-bar">
      <div className="btn-pair">
        <button type="button" className="btn btn--primary" disabled={!ready || starred.length === 0} onClick={() => run('shortlist', 'geojson')} title="GeoJSON of the starred sites">
          Export shortlist
        </button>
        <button type="button" className="btn" disabled={!ready || starred.length === 0} onClick={() => run('shortlist', 'csv')} aria-label="Export shortlist as CSV">
          CSV
        </button>
      </div>
      <div className="btn-pair">
        <button type="button" className="btn" disabled={!ready || candidates.length === 0} onClick={() => run('all', 'geojson')} title="GeoJSON of every candidate">
          Export all
        </button>
        <button type="button" className="btn" disabled={!ready || candidates.length === 0} onClick={() => run('all', 'csv')} aria-label="Export all as CSV">
          CSV
        </button>
      </div>
    </div>
  );
}
