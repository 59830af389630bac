// The "Candidates" tab: add, import, list, export.
import './candidates.css';
import { useCallback, useState } from 'react';
import { AddSiteButton, CoordinateEntry, PlaceSearch } from './AddSiteControls';
import { CandidateList, UndoDelete } from './CandidateList';
import { ExportBar, ImportButton } from './ExportBar';
import { ImportDialog, type PendingFile } from './ImportDialog';
import { sizeProblem } from '../../io/decodeFile';
import { ShareLinkButton } from './ShareLink';
import { UndoRedoButtons } from './UndoRedo';
import { useCandidateSummaries } from './useScoredCandidates';

export function CandidatesPanel() {
  const { summaries, progress } = useCandidateSummaries();
  const [pending, setPending] = useState<PendingFile | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
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
        <ImportButton
          onFile={(f) => {
            // Refused before anything is read: a file over the limit never reaches the worker.
            const tooBig = sizeProblem(f.file.size);
            setMessage(null);
            setRefusal(tooBig ? `Cannot import ${f.name}: ${tooBig}` : null);
            if (!tooBig) setPending(f);
          }}
        />
        <ExportBar />
        <ShareLinkButton />
      </section>
      {refusal && (
        <p className="error" role="alert">
          {refusal}
        </p>
      )}
      {message && (
        <p className="status-line" role="status">
          {message}
        </p>
      )}
      <UndoDelete />
      <UndoRedoButtons />
      <CandidateList scores={summaries} scoring={progress} />
      {pending && <ImportDialog file={pending} onClose={close} />}
    </div>
  );
}
