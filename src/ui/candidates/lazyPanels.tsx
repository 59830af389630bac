// The Candidates and Compare tabs load their code when first opened, not with the first page.
import { lazy, Suspense } from 'react';

const Candidates = lazy(() => import('./CandidatesPanel').then((m) => ({ default: m.CandidatesPanel })));
const Compare = lazy(() => import('./ComparePanel').then((m) => ({ default: m.ComparePanel })));
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
