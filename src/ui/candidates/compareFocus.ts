// Keyboard path into the comparison and back: a control that opens Compare notes itself, the
// comparison (drawer over the map, or the tab) takes focus when it opens that way, and closing it
// (Escape or ×) brings focus back to that control once the Candidates tab has rendered it again.
import { useAppStore } from '../../state/appStore';

/** The id of the element to return focus to on close. */
let returnToId: string | null = null;
/** Set by openCompare until the comparison has taken focus. */
let focusPending = false;

export function openCompare(fromId: string): void {
  returnToId = fromId;
  focusPending = true;
  useAppStore.getState().setPanelTab('compare');
}

/** True once after openCompare: the comparison should focus itself. */
export function takeCompareFocus(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

/** Back to the Candidates tab, focus on the control that opened Compare (the tab itself otherwise). */
export function closeCompare(): void {
  const id = returnToId ?? 'tab-candidates';
  returnToId = null;
  useAppStore.getState().setPanelTab('candidates');
  focusWhenShown(id, 20);
}

// The Candidates tab may render its list a frame or two later (its code loads lazily).
function focusWhenShown(id: string, framesLeft: number): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id) ?? (framesLeft === 0 ? document.getElementById('tab-candidates') : null);
    if (el) el.focus();
    else focusWhenShown(id, framesLeft - 1);
  });
}
