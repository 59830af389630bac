// The candidate table: name, region, the three facility-type scores; sortable, filterable; per row a
// shortlist star, compare toggle, rename and delete. Names are rendered as text only.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { filterAndSort, type SortKey, type SortSpec } from '../../candidates/listView';
import type { Candidate } from '../../candidates/types';
import type { ScoredSite } from '../../scoring/flatten';
import { PROFILE_IDS } from '../../scoring/profiles';
import { MAX_COMPARE, useCandidatesStore } from '../../state/candidatesStore';
import { useMapStore } from '../../state/mapStore';
import { flyToSite } from './flyTo';

const SHORT: Record<string, string> = { mining: 'Mining', ai: 'AI', hybrid: 'Hybrid' };
const COLUMNS: { key: SortKey; label: string }[] = [{ key: 'name', label: 'Name' }, { key: 'region', label: 'Region' }, ...PROFILE_IDS.map((id) => ({ key: id, label: SHORT[id] }))];

function RenameField({ c, done }: { c: Candidate; done(): void }) {
  const [value, setValue] = useState(c.name);
  const commit = () => (useCandidatesStore.getState().rename(c.id, value), done());
  const onKey = (e: KeyboardEvent) => (e.key === 'Enter' ? commit() : e.key === 'Escape' ? (e.stopPropagation(), done()) : undefined);
  return <input className="rename-input" aria-label={`New name for ${c.name}`} value={value} autoFocus onChange={(e) => setValue(e.target.value)} onBlur={commit} onKeyDown={onKey} />;
}

function Row({ c, scored, selected, comparing, compareFull }: { c: Candidate; scored: ScoredSite | null; selected: boolean; comparing: boolean; compareFull: boolean }) {
  const [renaming, setRenaming] = useState(false);
  const s = useCandidatesStore.getState();
  const select = () => {
    s.select(c.id);
    flyToSite(useMapStore.getState().map, c.lon, c.lat);
  };
  return (
    <tr className={selected ? 'candidate-row candidate-row--selected' : 'candidate-row'} aria-selected={selected}>
      <td>
        <button type="button" className={c.starred ? 'star star--on' : 'star'} aria-pressed={c.starred} aria-label={`Shortlist ${c.name}`} onClick={() => s.toggleStar(c.id)}>
          {c.starred ? '★' : '☆'}
        </button>
      </td>
      <th scope="row">{renaming ? <RenameField c={c} done={() => setRenaming(false)} /> : <button type="button" className="link-button" onClick={select} title={`${c.lat.toFixed(4)}, ${c.lon.toFixed(4)}`}>{c.name}</button>}</th>
      <td title={scored?.region?.name}>{scored?.region?.code ?? (scored ? '—' : '…')}</td>
      {PROFILE_IDS.map((id) => {
        const sc = scored?.scores[id];
        return (
          <td key={id} className="num" title={sc?.excludedReason ?? undefined}>
            {sc ? (sc.score === null ? (sc.excludedReason ? 'excl.' : '—') : sc.score.toFixed(0)) : '…'}
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
}

export function CandidateList({ scores }: { scores: Map<string, ScoredSite> | null }) {
  const candidates = useCandidatesStore((s) => s.candidates);
  const selectedId = useCandidatesStore((s) => s.selectedId);
  const compareIds = useCandidatesStore((s) => s.compareIds);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortSpec>({ key: 'name', dir: 'asc' });
  const items = useMemo(() => filterAndSort(candidates.map((c) => ({ candidate: c, scored: scores?.get(c.id) ?? null })), filter, sort), [candidates, scores, filter, sort]);
  const toggleSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'name' || key === 'region' ? 'asc' : 'desc' }));
  const n = candidates.length;

  return (
    <div className="candidate-list">
      <div className="list-head">
        <strong aria-live="polite">
          {n.toLocaleString('en-US')} site{n === 1 ? '' : 's'}
        </strong>
        {filter && items.length !== n && <span className="muted"> ({items.length.toLocaleString('en-US')} shown)</span>}
        <input type="search" className="filter-input" aria-label="Filter sites" placeholder="Filter by name or region" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      {n === 0 ? (
        <p className="empty">No candidate sites yet. Add one on the map, by coordinates or by place name, or import a CSV/GeoJSON file.</p>
      ) : (
        <table className="candidate-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Shortlist</span>
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
            {items.map(({ candidate, scored }) => (
              <Row key={candidate.id} c={candidate} scored={scored} selected={candidate.id === selectedId} comparing={compareIds.includes(candidate.id)} compareFull={compareIds.length >= MAX_COMPARE} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function UndoDelete() {
  const last = useCandidatesStore((s) => s.lastDeleted);
  const undo = useCandidatesStore((s) => s.undoRemove);
  if (!last) return null;
  return (
    <div className="undo-bar" role="status">
      Deleted “{last.candidate.name}”.{' '}
      <button type="button" className="btn" onClick={undo}>
        Undo
      </button>
    </div>
  );
}
