// The Candidates and Compare tabs load their code when first opened, not with the first page; the
// drag read-out loads once a site is selected (before its pin can be dragged), with the scoring code
// it needs.
import { lazy, Suspense } from 'react';
import { useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';

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

export function ComparePanel() {
  return (
    <Suspense fallback={loading}>
      <Compare />
    </Suspense>
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
