import { useSyncExternalStore } from 'react';

/** Below this width the side panel is a bottom sheet (app.css uses the same 699 px breakpoint). */
export const NARROW_QUERY = '(max-width: 699px)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(NARROW_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const isNarrow = () => window.matchMedia(NARROW_QUERY).matches;

/** True on phone-sized screens (the bottom-sheet layout); follows rotation and window resizes. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
