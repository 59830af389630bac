import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useAppStore, type PanelTab } from '../state/appStore';
import { useMapStore } from '../state/mapStore';
import { SheetHandle } from './SheetHandle';
import { useNarrowScreen } from './useNarrowScreen';

const TABS: { id: PanelTab; label: string }[] = [
  { id: 'layers', label: 'Layers' },
  { id: 'scoring', label: 'Scoring' },
  { id: 'candidates', label: 'Candidates' },
  { id: 'compare', label: 'Compare' },
  { id: 'data', label: 'Data' },
];

/** Which tab a key moves to (WAI-ARIA tabs: arrows wrap, Home/End jump); null for other keys. */
export function tabAfterKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Tabbed side panel; each tab's content is passed in so the panel stays layout only. One tab stop:
 * the selected tab is focusable, arrow keys (and Home/End) move to and select the others. On narrow
 * screens it is a bottom sheet under the map (collapsed, half or full, set by its handle); choosing a
 * tab in a collapsed sheet opens it halfway.
 */
export function SidePanel({ content }: { content: Record<PanelTab, ReactNode> }) {
  const tab = useAppStore((s) => s.panelTab);
  const setAppTab = useAppStore((s) => s.setPanelTab);
  const sheetSize = useAppStore((s) => s.sheetSize);
  const narrow = useNarrowScreen();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const aside = useRef<HTMLElement>(null);
  const setTab = (t: PanelTab) => {
    setAppTab(t);
    const app = useAppStore.getState();
    if (narrow && app.sheetSize === 'collapsed') app.setSheetSize('half');
  };
  // The map shares the screen with the sheet: it takes the new size at once, not at the next window resize.
  useEffect(() => {
    const frame = requestAnimationFrame(() => useMapStore.getState().map?.resize());
    return () => cancelAnimationFrame(frame);
  }, [sheetSize, narrow]);
  const onKeyDown = (e: KeyboardEvent) => {
    const next = tabAfterKey(e.key, TABS.findIndex((t) => t.id === tab), TABS.length);
    if (next === null) return;
    e.preventDefault();
    setTab(TABS[next].id);
    buttons.current[next]?.focus();
  };
  return (
    <aside ref={aside} className="side-panel" aria-label="Side panel" data-sheet={narrow ? sheetSize : undefined}>
      {narrow && <SheetHandle sheet={aside} />}
      <div role="tablist" className="tabs" aria-label="Panels" onKeyDown={onKeyDown}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'tab tab--active' : 'tab'}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-body" tabIndex={0} hidden={narrow && sheetSize === 'collapsed'}>
        {content[tab]}
      </div>
    </aside>
  );
}
