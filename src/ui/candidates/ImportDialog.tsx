// Import preview: what was read, which columns hold the coordinates (changeable), which rows are
// rejected and why; nothing is added until "Confirm import". Reading and checking run in a worker
// (src/workers/importProtocol.ts) with a progress bar, so a 100,000-row file never blocks the page.
import { useEffect, useRef, useState } from 'react';
import { trapTab } from '../focusTrap';
import type { ColumnChoice } from '../../io/columns';
import { delimiterLabel } from '../../io/delimiter';
import { REJECT_LABELS } from '../../io/siteChecks';
import { exportFileName } from '../../candidates/exportRecords';
import { prepareListKeys } from '../../candidates/listView';
import { forEachSliced } from '../../candidates/timeSlice';
import { positionKey } from '../../io/siteChecks';
import { useCandidatesStore } from '../../state/candidatesStore';
import { createImportClient, type ImportClient, type Progress } from '../../workers/importClient';
import type { PreviewSummary } from '../../workers/importProtocol';
import { downloadText } from './download';

export interface PendingFile {
  name: string;
  file: Blob;
}

const PHASE: Record<Progress['phase'], string> = { loading: 'Loading the file', reading: 'Reading rows', checking: 'Checking rows', converting: 'Adding sites' };
const fmt = (n: number) => n.toLocaleString('en-US');

function ProgressLine({ p }: { p: Progress | null }) {
  const label = p ? (p.phase === 'loading' ? `${PHASE.loading} (${(p.total / 1024 / 1024).toFixed(1)} MB)…` : `${PHASE[p.phase]}: ${fmt(p.done)} of ${fmt(p.total)}`) : 'Starting…';
  return (
    <div className="import-progress" role="status">
      <progress aria-label="Import progress" max={p && p.phase !== 'loading' ? Math.max(p.total, 1) : undefined} value={p && p.phase !== 'loading' ? p.done : undefined} />
      <span>{label}</span>
    </div>
  );
}

export function ImportDialog({ file, onClose }: { file: PendingFile; onClose(message?: string): void }) {
  const client = useRef<ImportClient | null>(null);
  const [summary, setSummary] = useState<PreviewSummary | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  // One worker per opened file; it keeps the text so column changes re-read without another upload.
  useEffect(() => {
    const c = createImportClient(setProgress);
    client.current = c;
    const existing = useCandidatesStore.getState().candidates.map((x) => positionKey(x.lon, x.lat));
    c.open(file.name, file.file, existing)
      .then(setSummary, (e: Error) => setError(e.message))
      .finally(() => setBusy(false));
    return () => c.dispose();
  }, [file]);

  // Focus moves into the dialog, stays there while it is open (Tab wraps), and goes back to where it
  // was (the Import button) when it closes.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
      else trapTab(e, dialog.current);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, [onClose]);

  const work = <T,>(p: Promise<T>, then: (v: T) => void) => {
    setBusy(true);
    setProgress(null);
    p.then(then, (e: Error) => setError(e.message)).finally(() => setBusy(false));
  };

  const changeColumn = (key: keyof ColumnChoice, value: string | null) => summary && work(client.current!.setColumns({ ...summary.columns, [key]: value }), setSummary);

  const confirm = () =>
    summary &&
    // The list's name keys are computed in time slices before the sites reach the store, so the render
    // that shows 100,000 new sites only sorts them.
    work(client.current!.candidates(useCandidatesStore.getState().candidates.map((c) => c.id), new Date()).then(async (added) => (await forEachSliced(added, prepareListKeys), added)), (added) => {
      useCandidatesStore.getState().addCandidates(added);
      onClose(`Imported ${fmt(added.length)} site${added.length === 1 ? '' : 's'} from ${file.name}${summary.rejectedCount ? `; ${fmt(summary.rejectedCount)} row(s) rejected` : ''}.`);
    });

  const columnSelect = (s: PreviewSummary, key: keyof ColumnChoice, label: string) => (
    <label className="column-select">
      {label}
      <select value={s.columns[key] ?? ''} disabled={busy} onChange={(e) => changeColumn(key, e.target.value || null)}>
        <option value="">{key === 'name' ? '(none)' : '(choose)'}</option>
        {s.headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );

  const s = summary;
  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal" role="dialog" aria-modal="true" aria-labelledby="import-title" aria-busy={busy} tabIndex={-1}>
        <h2 id="import-title">Import preview — {file.name}</h2>
        {busy && <ProgressLine p={progress} />}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {s && (
          <>
            <p>
              {fmt(s.rowCount)} row{s.rowCount === 1 ? '' : 's'} read ({s.format === 'csv' ? `CSV, ${delimiterLabel(s.delimiter ?? ',')}-separated` : 'GeoJSON'}
              {s.encoding.startsWith('utf-16') ? `, ${s.encoding.toUpperCase()}` : ''}): <strong>{fmt(s.keptCount)} to import</strong>, {fmt(s.rejectedCount)} rejected.
            </p>
            {s.format === 'csv' && s.headers.length > 0 && (
              <fieldset className="column-choice">
                <legend>Detected columns</legend>
                {columnSelect(s, 'lat', 'Latitude column')}
                {columnSelect(s, 'lon', 'Longitude column')}
                {columnSelect(s, 'name', 'Name column')}
              </fieldset>
            )}
            {s.format === 'geojson' && s.headers.length > 0 && (
              <fieldset className="column-choice">
                <legend>Detected columns</legend>
                {columnSelect(s, 'name', 'Name column')}
              </fieldset>
            )}
            {s.problem && (
              <p className="error" role="alert">
                {s.problem}
              </p>
            )}
            {s.notices.map((n) => (
              <p key={n} className="flag">
                {n}
              </p>
            ))}
            {s.rejectedCount > 0 && (
              <>
                <table className="rejected-table">
                  <caption>Rejected rows</caption>
                  <thead>
                    <tr>
                      <th scope="col">{s.rowKind === 'line' ? 'Line' : 'Feature'}</th>
                      <th scope="col">Reason</th>
                      <th scope="col">Detail</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.rejectedShown.map((r) => (
                      <tr key={r.row}>
                        <td>{r.row}</td>
                        <td>{REJECT_LABELS[r.code]}</td>
                        <td>{r.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {s.rejectedCount > s.rejectedShown.length && <p className="muted">First {s.rejectedShown.length} shown; the download has all {fmt(s.rejectedCount)}.</p>}
                <button type="button" className="btn" disabled={busy} onClick={() => work(client.current!.rejectedCsv(), (text) => downloadText(exportFileName('rejected', 'csv', new Date()), text, 'text/csv'))}>
                  Download rejected rows (CSV)
                </button>
              </>
            )}
          </>
        )}
        <div className="modal__actions">
          <button type="button" className="btn" onClick={() => onClose()}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" disabled={busy || !s || s.keptCount === 0} onClick={confirm}>
            Confirm import
          </button>
        </div>
      </div>
    </div>
  );
}
