// The bar for the sites picked in the list: how many, and shortlist, un-shortlist, compare, delete,
// export (the export bar's path, with the picked sites only) and clear. Each edit is one undo step.
import { comparePlan } from '../../candidates/selection';
import type { Candidate } from '../../candidates/types';
import { MAX_COMPARE, useCandidatesStore } from '../../state/candidatesStore';
import { useMultiSelectStore } from '../../state/multiSelectStore';
import { openCompare } from './compareFocus';
import { useExportRun } from './useExportRun';

/** The compared sites become the picked ones (the store's own toggle, so its limit holds). */
function compareOnly(ids: readonly string[]): void {
  const store = useCandidatesStore.getState();
  const keep = new Set(ids);
  for (const id of store.compareIds) if (!keep.has(id)) store.toggleCompare(id);
  for (const id of ids) if (!useCandidatesStore.getState().compareIds.includes(id)) store.toggleCompare(id);
}

const pickedSites = (ids: ReadonlySet<string>): Candidate[] => useCandidatesStore.getState().candidates.filter((c) => ids.has(c.id));

export function SelectionActions() {
  const ids = useMultiSelectStore((m) => m.ids);
  const exporter = useExportRun();
  const n = ids.size;
  if (n === 0) return null;
  const { setStarred, removeMany } = useCandidatesStore.getState();
  const plan = comparePlan(ids, MAX_COMPARE);
  const count = n.toLocaleString('en-US');
  return (
    <div className="selection-actions" role="group" aria-label="Act on the selected sites">
      <strong aria-live="polite">{count} selected</strong>
      <button type="button" className="link-button" onClick={() => setStarred([...ids], true)}>
        Shortlist selected
      </button>
      <button type="button" className="link-button" onClick={() => setStarred([...ids], false)}>
        Un-shortlist selected
      </button>
      <button
        type="button"
        id="compare-selected"
        className="link-button"
        disabled={plan.tooMany !== null}
        aria-describedby={plan.tooMany !== null ? 'compare-too-many' : undefined}
        onClick={() => (compareOnly(plan.ids), openCompare('compare-selected'))}
      >
        Compare selected
      </button>
      <button type="button" className="link-button" onClick={() => removeMany([...ids])}>
        Delete selected
      </button>
      <span className="btn-pair">
        <button type="button" className="btn" disabled={!exporter.ready} onClick={() => void exporter.run(pickedSites(ids), 'selection', 'geojson')} title="GeoJSON of the selected sites">
          Export selected
        </button>
        <button type="button" className="btn" disabled={!exporter.ready} onClick={() => void exporter.run(pickedSites(ids), 'selection', 'csv')} aria-label="Export selected as CSV">
          CSV
        </button>
      </span>
      <button type="button" className="link-button" onClick={() => useMultiSelectStore.getState().clear()}>
        Clear selection
      </button>
      {plan.tooMany !== null && (
        <span id="compare-too-many" className="muted">
          Compare shows at most {MAX_COMPARE} sites; {count} are selected.
        </span>
      )}
      {exporter.progress && (
        <span className="muted" role="status">
          Preparing export: {exporter.progress.done.toLocaleString('en-US')} of {exporter.progress.total.toLocaleString('en-US')} sites
        </span>
      )}
    </div>
  );
}
