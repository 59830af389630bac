// Says when saved state could not be restored (and where it was backed up), instead of failing silently.
import './candidates.css';
import { useRecoveryStore } from '../../state/recoveryStore';

export function RecoveryBanner() {
  const recoveries = useRecoveryStore((s) => s.recoveries);
  const dismiss = useRecoveryStore((s) => s.dismiss);
  if (!recoveries.length) return null;
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
    </div>
  );
}
