// Undo and redo of every edit of the candidate list (add, import, delete, rename, move, star, notes,
// bulk actions), many levels: buttons that say what they undo, and Ctrl+Z / Ctrl+Shift+Z (Cmd on
// macOS; Ctrl+Y too) anywhere but in a text field, where the keys undo typing.
import { useEffect } from 'react';
import { useCandidatesStore } from '../../state/candidatesStore';

/** Undo, redo or nothing for a key event (pure, tested). */
export function undoKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, inTextField: boolean): 'undo' | 'redo' | null {
  if (inTextField || !(e.ctrlKey || e.metaKey)) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

const isTextField = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button', 'submit'].includes(t.type)));

/** The keyboard shortcuts, for the whole page. Renders nothing. */
export function UndoShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = undoKey(e, isTextField(e.target));
      if (!action) return;
      e.preventDefault();
      useCandidatesStore.getState()[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}

export function UndoRedoButtons() {
  const past = useCandidatesStore((s) => s.history.past.at(-1)?.label);
  const future = useCandidatesStore((s) => s.history.future.at(-1)?.label);
  const { undo, redo } = useCandidatesStore.getState();
  return (
    <div className="undo-redo">
      <button type="button" className="btn" disabled={!past} onClick={undo} title="Ctrl+Z" aria-label={past ? `Undo ${past}` : 'Undo'}>
        ↶ Undo{past ? `: ${past}` : ''}
      </button>
      <button type="button" className="btn" disabled={!future} onClick={redo} title="Ctrl+Shift+Z" aria-label={future ? `Redo ${future}` : 'Redo'}>
        ↷ Redo{future ? `: ${future}` : ''}
      </button>
    </div>
  );
}
