// Says when saved state could not be restored (and where it was backed up), instead of failing silently.
import './candidates.css';
import { useRecoveryStore } from '../../state/recoveryStore';
import { useSaveStatusStore } from '../../state/saveStatusStore';

/** A save that failed (storage full): shown until a later save of the same key works. */
function SaveWarning() {
  const failures = useSaveStatusStore((s) => s.failures);
  const keys = Object.keys(failures);
  if (!keys.length) return null;
  return (
    <div className="recovery-banner save-warning" role="alert">
      {keys.map((k) => (
        <p key={k}>
          Changes to {k.replace('gridscout.', '')} are not saved: {failures[k]}. The app keeps working; export your sites to keep them.
        </p>
      ))}
    </div>
  );
}

export function RecoveryBanner() {
  const recoveries = useRecoveryStore((s) => s.recoveries);
  const dismiss = useRecoveryStore((s) => s.dismiss);
  if (!recoveries.length) return <SaveWarning />;
  return (
    <div className="recovery-banner" role="alert">
      {recoveries.map((r) => (
        <p key={r.key + (r.backupKey ?? '')}>
          Saved {r.key.replace('gridscout.', '')} could not be restored ({r.reason}); the app started clean.
          {r.backupKey ? ` The old data is kept in browser storage under “${r.backupKey}”.` : ''}
        </p>
      ))}
      <button type="button" className="btn" onClick={dismiss}>
        Dismiss
      </button>
      <SaveWarning />
    </div>
  );
}
