// The candidate table: name, region, the three facility-type scores; sortable, filterable; per row a
// shortlist star, compare toggle, rename and delete. Names are rendered as text only (React escapes
// them; nothing here sets HTML). Virtualised: only the rows in view (plus a margin) are in the DOM,
// spacer rows stand in for the rest, so 100,000 sites scroll like 20. Rows can be picked for bulk
// actions (the row's "Select" box, ctrl/cmd-click, shift-click for a range): each row watches only
// whether it is picked, so picking one re-renders that row alone.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { filterAndSort, filterAndSortSliced, type ListItem, type SortKey, type SortSpec } from '../../candidates/listView';
import type { SiteSummary, SummaryScore } from '../../scoring/siteScoring';
import type { Candidate } from '../../candidates/types';
import { PROFILE_IDS } from '../../scoring/profiles';
import { rankTier } from '../../scoring/rank';
import { coverageText, scoreText } from '../../scoring/scoreText';
import { useAppStore } from '../../state/appStore';
import { MAX_COMPARE, useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';
import { useMultiSelectStore } from '../../state/multiSelectStore';
import { useNarrowScreen } from '../useNarrowScreen';
import { openCompare } from './compareFocus';
import { flyToSite } from './flyTo';
import { SelectionActions } from './SelectionActions';
import type { SummaryLookup } from './useScoredCandidates';

const SHORT: Record<string, string> = { mining: 'Mining', ai: 'AI', hybrid: 'Hybrid' };
const COLUMNS: { key: SortKey; label: string }[] = [{ key: 'name', label: 'Name' }, { key: 'region', label: 'Region' }, ...PROFILE_IDS.map((id) => ({ key: id, label: SHORT[id] }))];

/** The cell's tooltip: the exclusion, or the re-weighted score and what it rests on. */
const scoreTitle = (sc: SummaryScore) => sc.excludedReason ?? `${sc.score !== null && sc.scoreLow !== sc.scoreHigh ? `score ${sc.score.toFixed(0)}, ` : ''}${coverageText(sc)}`;

function RenameField({ c, done }: { c: Candidate; done(): void }) {
  const [value, setValue] = useState(c.name);
  const commit = () => (useCandidatesStore.getState().rename(c.id, value), done());
  const onKey = (e: KeyboardEvent) => (e.key === 'Enter' ? commit() : e.key === 'Escape' ? (e.stopPropagation(), done()) : undefined);
  return <input className="rename-input" aria-label={`New name for ${c.name}`} value={value} autoFocus onChange={(e) => setValue(e.target.value)} onBlur={commit} onKeyDown={onKey} />;
}

/** Fixed row height (px, see candidates.css) so the rows in view follow from the scroll offset; 44 px on narrow screens (touch targets). */
const ROW_HEIGHT = 28;
const NARROW_ROW_HEIGHT = 44;
/** Lists longer than this are sorted in time slices. */
const SLICED_SORT_ABOVE = 5000;
/** Rows rendered beyond the visible ones on each side, so fast scrolling does not show blanks. */
const OVERSCAN = 12;

interface RowProps {
  c: Candidate;
  scored: SiteSummary | null;
  index: number;
  selected: boolean;
  comparing: boolean;
  compareFull: boolean;
  /** The ids in the list's order as shown (for a shift-click's range). */
  order(): readonly string[];
}

const Row = memo(function Row({ c, scored, index, selected, comparing, compareFull, order }: RowProps) {
  const [renaming, setRenaming] = useState(false);
  const picked = useMultiSelectStore((m) => m.ids.has(c.id));
  const s = useCandidatesStore.getState();
  const pick = (range: boolean) => (range ? useMultiSelectStore.getState().extendTo(order(), c.id) : useMultiSelectStore.getState().toggle(c.id));
  // Plain click: open and fly to the site, as before; with ctrl/cmd or shift: pick it (or the range).
  const select = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return pick(e.shiftKey);
    s.select(c.id);
    useMultiSelectStore.getState().setAnchor(c.id);
    flyToSite(useMapStore.getState().map, c.lon, c.lat);
  };
  const rowClass = `candidate-row${selected ? ' candidate-row--selected' : ''}${picked ? ' candidate-row--picked' : ''}`;
  return (
    <tr className={rowClass} aria-selected={selected || picked} aria-rowindex={index + 2}>
      <td className="row-marks">
        <label className="select-toggle">
          <input type="checkbox" checked={picked} onChange={(e) => pick((e.nativeEvent as globalThis.MouseEvent).shiftKey)} aria-label={`Select ${c.name}`} />
        </label>
        <button type="button" className={c.starred ? 'star star--on' : 'star'} aria-pressed={c.starred} aria-label={`Shortlist ${c.name}`} onClick={() => s.toggleStar(c.id)}>
          {c.starred ? '★' : '☆'}
        </button>
      </td>
      <th scope="row">{renaming ? <RenameField c={c} done={() => setRenaming(false)} /> : <button type="button" className="link-button" onClick={select} onMouseDown={(e) => e.shiftKey && e.preventDefault()} title={`${c.lat.toFixed(4)}, ${c.lon.toFixed(4)}`}>{c.name}</button>}</th>
      <td title={scored?.region?.name}>{scored?.region?.code ?? (scored ? '—' : '…')}</td>
      {PROFILE_IDS.map((id) => {
        const sc = scored?.scores[id];
        return (
          <td key={id} className={sc && rankTier(sc) !== 0 && sc.score !== null ? 'num unranked' : 'num'} title={sc ? scoreTitle(sc) : undefined}>
            {sc ? scoreText(sc) : '…'}
          </td>
        );
      })}
      <td className="row-actions">
        <label className="compare-toggle" title={compareFull && !comparing ? `At most ${MAX_COMPARE} sites` : undefined}>
          <input type="checkbox" checked={comparing} disabled={compareFull && !comparing} onChange={() => s.toggleCompare(c.id)} aria-label={`Compare ${c.name}`} />
        </label>
        <button type="button" className="icon-button small" aria-label={`Rename ${c.name}`} onClick={() => setRenaming(true)}>
          ✎
        </button>
        <button type="button" className="icon-button small" aria-label={`Delete ${c.name}`} onClick={() => s.remove(c.id)}>
          ×
        </button>
      </td>
    </tr>
  );
});

const listRows = (candidates: readonly Candidate[], scores: SummaryLookup | null): ListItem[] => candidates.map((c) => ({ candidate: c, scored: scores?.get(c.id) ?? null }));

/**
 * The list's rows in order. Small lists are sorted in the render (a star or rename shows in the same
 * frame); large ones in time slices (a one-go sort of 100,000 names is a 100–250 ms task), showing
 * the previous order meanwhile.
 */
function useListOrder(candidates: readonly Candidate[], orderScores: SummaryLookup | null, filter: string, sort: SortSpec): { items: ListItem[]; sorting: boolean } {
  const large = candidates.length > SLICED_SORT_ABOVE;
  const now = useMemo(() => (large ? null : filterAndSort(listRows(candidates, orderScores), filter, sort)), [candidates, orderScores, filter, sort, large]);
  const [sliced, setSliced] = useState<{ items: ListItem[]; inputs: unknown[] } | null>(null);
  useEffect(() => {
    if (!large) return void setSliced(null);
    let stop = false;
    const inputs = [candidates, orderScores, filter, sort];
    // Started in a task of its own: not inside the update (an import's commit) that changed the list.
    const timer = setTimeout(
      () =>
        void filterAndSortSliced(listRows(candidates, orderScores), filter, sort, () => stop).then((items) => {
          if (items && !stop) setSliced({ items, inputs });
        }),
      0,
    );
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [candidates, orderScores, filter, sort, large]);
  if (now) return { items: now, sorting: false };
  const upToDate = sliced !== null && [candidates, orderScores, filter, sort].every((v, i) => v === sliced.inputs[i]);
  return { items: sliced?.items ?? [], sorting: !upToDate };
}

export function CandidateList({ scores, scoring }: { scores: SummaryLookup | null; scoring: { done: number; total: number } | null }) {
  const candidates = useCandidatesStore((s) => s.candidates);
  const selectedId = useCandidatesStore((s) => s.selectedId);
  const compareIds = useCandidatesStore((s) => s.compareIds);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortSpec>({ key: 'name', dir: 'asc' });
  // The order depends on the scores only when sorting by a score or region, or filtering (by region):
  // sorted by name, a finished scoring pass does not re-sort 100,000 rows. Rows in view look up their
  // scores when they render.
  const orderScores = sort.key !== 'name' || filter.trim() !== '' ? scores : null;
  const { items, sorting } = useListOrder(candidates, orderScores, filter, sort);
  const toggleSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'name' || key === 'region' ? 'asc' : 'desc' }));
  const n = useCandidatesStore((s) => s.candidates.length);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const rowPx = useNarrowScreen() ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  // On narrow screens only the header's facility type keeps its score column (candidates.css).
  const facilityType = useAppStore((st) => st.facilityType);
  const viewport = scroller.current?.clientHeight || 440;
  // Clamped: when a filter shrinks the list, the old offset may lie past its end.
  const top = Math.min(scrollTop, Math.max(0, items.length * rowPx - viewport));
  const first = Math.max(0, Math.floor(top / rowPx) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((top + viewport) / rowPx) + OVERSCAN);
  // Stable for the memoised rows; reads the order only when a range is picked.
  const shown = useRef(items);
  shown.current = items;
  const order = useCallback(() => shown.current.map((i) => i.candidate.id), []);
  const picking = useMultiSelectStore((m) => m.picking || m.ids.size > 0);
  const toTop = () => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  };

  return (
    <div className="candidate-list">
      <div className="list-head">
        <strong aria-live="polite">
          {n.toLocaleString('en-US')} site{n === 1 ? '' : 's'}
        </strong>
        {filter && !sorting && items.length !== n && <span className="muted"> ({items.length.toLocaleString('en-US')} match)</span>}
        {sorting && <span className="muted"> sorting…</span>}
        {scoring && (
          <span className="muted" role="status">
            {' '}scoring {scoring.done.toLocaleString('en-US')} of {scoring.total.toLocaleString('en-US')}…
          </span>
        )}
        {compareIds.length > 0 && (
          <button type="button" id="open-compare" className="btn" onClick={() => openCompare('open-compare')}>
            Compare {compareIds.length} site{compareIds.length === 1 ? '' : 's'}
          </button>
        )}
        <input type="search" className="filter-input" aria-label="Filter sites" placeholder="Filter by name or region" value={filter} onChange={(e) => (setFilter(e.target.value), toTop())} />
      </div>
      {n > 1 && !sorting && items.length > 0 && <BulkActions ids={order} count={items.length} filtered={items.length !== n} />}
      <SelectionActions />
      {n === 0 ? (
        <p className="empty">No candidate sites yet. Add one on the map, by coordinates or by place name, or import a CSV/GeoJSON file.</p>
      ) : (
        <div className="candidate-scroll" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <table className="candidate-table" aria-rowcount={items.length + 1} data-profile={facilityType} data-picking={picking || undefined}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Select, shortlist</span>
              </th>
              {COLUMNS.map((col) => (
                <th key={col.key} scope="col" aria-sort={sort.key === col.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={col.key === 'name' || col.key === 'region' ? undefined : 'num'}>
                  <button type="button" className="sort-button" onClick={() => toggleSort(col.key)}>
                    {col.label}
                    {sort.key === col.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
              <th scope="col" className="actions-head">
                Compare<span className="visually-hidden">, rename, delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr className="spacer-row" aria-hidden="true" style={{ height: first * rowPx }}><td colSpan={7} /></tr>}
            {items.slice(first, last).map((item, k) => {
              // While a new order is being sorted, rows show their site as it is now (renamed,
              // starred), and a deleted one not at all.
              const c = sorting && scores ? scores.candidate(item.candidate.id) : item.candidate;
              return c && <Row key={c.id} c={c} scored={scores?.get(c.id) ?? null} index={first + k} selected={c.id === selectedId} comparing={compareIds.includes(c.id)} compareFull={compareIds.length >= MAX_COMPARE} order={order} />;
            })}
            {last < items.length && <tr className="spacer-row" aria-hidden="true" style={{ height: (items.length - last) * rowPx }}><td colSpan={7} /></tr>}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}

/**
 * The same action on every site the filter shows (all of them without a filter): one undo step each.
 * `ids` lists them when a button is pressed (not on every render: 100,000 of them).
 */
function BulkActions({ ids, count, filtered }: { ids(): readonly string[]; count: number; filtered: boolean }) {
  const { setStarred, removeMany } = useCandidatesStore.getState();
  const what = `${filtered ? '' : 'all '}${count.toLocaleString('en-US')} ${filtered ? 'shown' : 'sites'}`;
  const picking = useMultiSelectStore((m) => m.picking);
  return (
    <div className="bulk-actions" aria-label="Act on the sites shown" role="group">
      <button type="button" className="link-button narrow-only" aria-pressed={picking} onClick={() => useMultiSelectStore.getState().setPicking(!picking)}>
        Choose sites
      </button>
      <button type="button" className="link-button" onClick={() => useMultiSelectStore.getState().selectAll(ids())}>
        Select {what}
      </button>
      <button type="button" className="link-button" onClick={() => setStarred(ids(), true)}>
        Shortlist {what}
      </button>
      <button type="button" className="link-button" onClick={() => setStarred(ids(), false)}>
        Un-shortlist {what}
      </button>
      <button type="button" className="link-button" onClick={() => removeMany(ids())}>
        Delete {what}
      </button>
    </div>
  );
}

export function UndoDelete() {
  const last = useCandidatesStore((s) => s.lastDeleted);
  const undo = useCandidatesStore((s) => s.undoRemove);
  const dismiss = useCandidatesStore((s) => s.dismissUndo);
  if (!last) return null;
  return (
    <div className="undo-bar" role="status">
      Deleted “{last.candidate.name}”.{' '}
      <button type="button" className="btn" onClick={undo}>
        Undo
      </button>{' '}
      <button type="button" className="btn" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
