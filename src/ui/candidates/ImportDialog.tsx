// Import preview: what was read, which columns hold the coordinates (changeable), which rows are
// rejected and why; nothing is added until "Confirm import".
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnChoice } from '../../io/columns';
import { delimiterLabel } from '../../io/delimiter';
import { buildImportPreview, rejectedRowsCsv } from '../../candidates/importPreview';
import { REJECT_LABELS, type RegionLookup } from '../../candidates/classify';
import { candidatesFromRows } from '../../candidates/fromImport';
import { exportFileName } from '../../candidates/exportRecords';
import { positionKey } from '../../candidates/types';
import { useCandidatesStore } from '../../state/candidatesStore';
import { downloadText } from './download';

const SHOWN_REJECTED = 200;

export interface PendingFile {
  name: string;
  text: string;
}

export function ImportDialog({ file, regionAt, onClose }: { file: PendingFile; regionAt: RegionLookup; onClose(message?: string): void }) {
  const [columns, setColumns] = useState<Partial<ColumnChoice>>({});
  const candidates = useCandidatesStore((s) => s.candidates);
  const preview = useMemo(() => buildImportPreview(file.name, file.text, regionAt, candidates.map((c) => positionKey(c.lon, c.lat)), columns), [file, regionAt, candidates, columns]);
  const dialog = useRef<HTMLDivElement>(null);
  const { read } = preview;

  // Focus moves into the dialog and back to where it was (the Import button) when it closes.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, [onClose]);

  const confirm = () => {
    const s = useCandidatesStore.getState();
    const added = candidatesFromRows(read, preview.kept, new Set(s.candidates.map((c) => c.id)), new Date());
    s.addCandidates(added);
    onClose(`Imported ${added.length} site${added.length === 1 ? '' : 's'} from ${file.name}${preview.rejected.length ? `; ${preview.rejected.length} row(s) rejected` : ''}.`);
  };

  const columnSelect = (key: keyof ColumnChoice, label: string) => (
    <label className="column-select">
      {label}
      <select value={read.columns[key] ?? ''} onChange={(e) => setColumns((c) => ({ ...c, [key]: e.target.value || null }))}>
        <option value="">{key === 'name' ? '(none)' : '(choose)'}</option>
        {read.headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal" role="dialog" aria-modal="true" aria-labelledby="import-title" tabIndex={-1}>
        <h2 id="import-title">Import preview — {file.name}</h2>
        <p>
          {preview.rowCount.toLocaleString('en-US')} row{preview.rowCount === 1 ? '' : 's'} read ({read.format === 'csv' ? `CSV, ${delimiterLabel(read.delimiter ?? ',')}-separated` : 'GeoJSON'}):{' '}
          <strong>{preview.kept.length.toLocaleString('en-US')} to import</strong>, {preview.rejected.length.toLocaleString('en-US')} rejected.
        </p>
        {read.format === 'csv' && read.headers.length > 0 && (
          <fieldset className="column-choice">
            <legend>Detected columns</legend>
            {columnSelect('lat', 'Latitude column')}
            {columnSelect('lon', 'Longitude column')}
            {columnSelect('name', 'Name column')}
          </fieldset>
        )}
        {read.format === 'geojson' && read.headers.length > 0 && <fieldset className="column-choice"><legend>Detected columns</legend>{columnSelect('name', 'Name column')}</fieldset>}
        {read.problem && (
          <p className="error" role="alert">
            {read.problem}
          </p>
        )}
        {preview.notices.map((n) => (
          <p key={n} className="flag">
            {n}
          </p>
        ))}
        {preview.rejected.length > 0 && (
          <>
            <table className="rejected-table">
              <caption>Rejected rows</caption>
              <thead>
                <tr>
                  <th scope="col">{read.rowKind === 'line' ? 'Line' : 'Feature'}</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {preview.rejected.slice(0, SHOWN_REJECTED).map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{REJECT_LABELS[r.code]}</td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {preview.rejected.length > SHOWN_REJECTED && <p className="muted">First {SHOWN_REJECTED} shown; the download has all {preview.rejected.length}.</p>}
            <button type="button" className="btn" onClick={() => downloadText(exportFileName('rejected', 'csv', new Date()), rejectedRowsCsv(preview), 'text/csv')}>
              Download rejected rows (CSV)
            </button>
          </>
        )}
        <div className="modal__actions">
          <button type="button" className="btn" onClick={() => onClose()}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" disabled={preview.kept.length === 0} onClick={confirm}>
            Confirm import
          </button>
        </div>
      </div>
    </div>
  );
}
