// The "Candidates" tab: add, import, list, export.
import './candidates.css';
import { useCallback, useState } from 'react';
import { useMapStore } from '../../state/mapStore';
import { AddSiteButton, CoordinateEntry, PlaceSearch } from './AddSiteControls';
import { CandidateList, UndoDelete } from './CandidateList';
import { ExportBar, ImportButton } from './ExportBar';
import { ImportDialog, type PendingFile } from './ImportDialog';
import { ShareLinkButton } from './ShareLink';
import { useScoredCandidates } from './useScoredCandidates';

export function CandidatesPanel() {
  const { scores, settings } = useScoredCandidates();
  const regionIndex = useMapStore((s) => s.regionIndex);
  const [pending, setPending] = useState<PendingFile | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const regionAt = useCallback((lon: number, lat: number) => regionIndex?.regionAt(lon, lat) ?? null, [regionIndex]);
  const close = useCallback((msg?: string) => {
    setPending(null);
    setMessage(msg ?? null);
  }, []);
  return (
    <div className="candidates-panel">
      <section aria-label="Add sites">
        <AddSiteButton />
        <CoordinateEntry />
        <PlaceSearch />
      </section>
      <section aria-label="Import and export" className="io-bar">
        <ImportButton onFile={(f) => (setMessage(null), setPending(f))} />
        <ExportBar scores={scores} settings={settings} />
        <ShareLinkButton />
      </section>
      {message && (
        <p className="status-line" role="status">
          {message}
        </p>
      )}
      <UndoDelete />
      <CandidateList scores={scores} />
      {pending && (regionIndex ? <ImportDialog file={pending} regionAt={regionAt} onClose={close} /> : <p className="muted">Waiting for the map data to check the file…</p>)}
    </div>
  );
}
