// The Candidates and Compare tabs load their code when first opened, not with the first page; the
// drag read-out loads once a site is selected (before its pin can be dragged), with the scoring code
// it needs. On wide screens the comparison opens over the map (the drawer), not in the side panel.
import { lazy, Suspense, useEffect, useRef, type KeyboardEvent } from 'react';
import { useAppStore } from '../../state/appStore';
import { useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';
import { useNarrowScreen } from '../useNarrowScreen';
import { closeCompare, takeCompareFocus } from './compareFocus';

const Candidates = lazy(() => import('./CandidatesPanel').then((m) => ({ default: m.CandidatesPanel })));
const Compare = lazy(() => import('./ComparePanel').then((m) => ({ default: m.ComparePanel })));
const DragReadout = lazy(() => import('./DragReadout'));
const loading = <p className="muted">Loading…</p>;

export function CandidatesPanel() {
  return (
    <Suspense fallback={loading}>
      <Candidates />
    </Suspense>
  );
}

/** The comparison is wide enough to need the map's width: the drawer is open (wide screen, 2 or more sites). */
function useCompareDrawerOpen(): boolean {
  const narrow = useNarrowScreen();
  const onTab = useAppStore((s) => s.panelTab === 'compare');
  const enough = useCandidatesStore((s) => s.compareIds.length >= 2);
  return onTab && enough && !narrow;
}

/** Escape closes the comparison (the window's own Escape handlers, e.g. the details card's, do not see it). */
const escapeCloses = (e: KeyboardEvent) => {
  if (e.key !== 'Escape') return;
  e.stopPropagation();
  closeCompare();
};

/** Opened by a control (openCompare), the comparison takes focus; opened by its tab, focus stays on the tabs. */
function useFocusWhenOpened(open: boolean, target: { current: HTMLElement | null }): void {
  useEffect(() => {
    if (open && takeCompareFocus()) target.current?.focus();
  }, [open, target]);
}

export function ComparePanel() {
  const n = useCandidatesStore((s) => s.compareIds.length);
  const drawerOpen = useCompareDrawerOpen();
  const box = useRef<HTMLDivElement>(null);
  useFocusWhenOpened(!drawerOpen, box);
  if (drawerOpen) return <p className="hint">The comparison of {n} sites is open over the map. Their numbers are marked on the map.</p>;
  return (
    <div ref={box} tabIndex={-1} className="compare-box" onKeyDown={escapeCloses}>
      <Suspense fallback={loading}>
        <Compare />
      </Suspense>
    </div>
  );
}

/**
 * Over the map, full width, on wide screens; × (or another tab) closes it. Opening it leaves the map's
 * view alone ("Show them on the map" fits the sites above the drawer).
 */
export function CompareDrawer() {
  const open = useCompareDrawerOpen();
  const drawer = useRef<HTMLElement>(null);
  useFocusWhenOpened(open, drawer);
  if (!open) return null;
  return (
    <section ref={drawer} className="compare-drawer" aria-label="Comparison" tabIndex={-1} onKeyDown={escapeCloses}>
      <header className="compare-drawer__head">
        <h2>Compare sites</h2>
        <button type="button" className="icon-button" aria-label="Close comparison" onClick={closeCompare}>
          ×
        </button>
      </header>
      <Suspense fallback={loading}>
        <Compare mapCoveredPx={() => drawer.current?.getBoundingClientRect().height ?? 0} />
      </Suspense>
    </section>
  );
}

/** The selected site re-scored under its dragged pin (the pin is src/map/CandidatesMapLayer.tsx's). */
export function SelectedSiteDragReadout() {
  const map = useMapStore((s) => s.map);
  const selectedId = useCandidatesStore((s) => s.selectedId);
  return map && selectedId ? (
    <Suspense fallback={null}>
      <DragReadout map={map} />
    </Suspense>
  ) : null;
}
