// Says when saved state could not be restored (and where it was backed up), when a save failed, and
// when the workspaces' database is unavailable or damaged, instead of failing silently.
import './candidates.css';
import { useEffect, useState } from 'react';
import { useRecoveryStore } from '../../state/recoveryStore';
import { useSaveStatusStore } from '../../state/saveStatusStore';
import { storageUse } from '../../state/storageUse';
import { useWorkspaces } from '../../state/workspaceStore';

/** What each stored key holds, in words. */
const WHAT: Record<string, string> = {
  'gridscout.candidates': 'your sites',
  'gridscout.scoring': 'the scoring settings',
  'gridscout.app': 'the facility type',
};
const what = (key: string) => WHAT[key] ?? 'saved settings';

/** A save that failed (storage full): shown until a later save of the same key works, with how much storage is used. */
function SaveWarning() {
  const failures = useSaveStatusStore((s) => s.failures);
  const keys = Object.keys(failures);
  const [use, setUse] = useState<string | null>(null);
  const n = keys.length;
  useEffect(() => {
    if (n) void storageUse().then(setUse);
  }, [failures, n]);
  if (!keys.length) return null;
  return (
    <div className="recovery-banner save-warning" role="alert">
      {keys.map((k) => (
        <p key={k}>
          Changes to {what(k)} are not saved: {failures[k]}
          {use ? ` (browser storage: ${use})` : ''}. The app keeps working; export your sites to keep them.
        </p>
      ))}
    </div>
  );
}

function WorkspaceProblem() {
  const problem = useWorkspaces((s) => s.problem);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!problem || dismissed === problem) return null;
  return (
    <div className="recovery-banner workspace-warning" role="alert">
      <p>{problem}</p>
      <button type="button" className="btn" onClick={() => setDismissed(problem)}>
        Dismiss
      </button>
    </div>
  );
}

export function RecoveryBanner() {
  const recoveries = useRecoveryStore((s) => s.recoveries);
  const dismiss = useRecoveryStore((s) => s.dismiss);
  return (
    <>
      {recoveries.length > 0 && (
        <div className="recovery-banner" role="alert">
          {recoveries.map((r) => (
            <p key={r.key + (r.backupKey ?? '')}>
              Saved {what(r.key).replace(/^your |^the /, '')} could not be restored ({r.reason}); the app started clean.
              {r.backupKey ? ` The old data is kept in browser storage under “${r.backupKey}”.` : ''}
            </p>
          ))}
          <button type="button" className="btn" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
      <SaveWarning />
      <WorkspaceProblem />
    </>
  );
}
