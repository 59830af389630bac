import type { ReactNode } from 'react';
import { useAppStore, type PanelTab } from '../state/appStore';

const TABS: { id: PanelTab; label: string }[] = [
  { id: 'layers', label: 'Layers' },
  { id: 'scoring', label: 'Scoring' },
  { id: 'candidates', label: 'Candidates' },
  { id: 'compare', label: 'Compare' },
  { id: 'data', label: 'Data' },
];

/** Tabbed side panel; each tab's content is passed in so the panel stays layout only. */
export function SidePanel({ content }: { content: Record<PanelTab, ReactNode> }) {
  const tab = useAppStore((s) => s.panelTab);
  const setTab = useAppStore((s) => s.setPanelTab);
  return (
    <aside className="side-panel" aria-label="Side panel">
      <div role="tablist" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            className={tab === t.id ? 'tab tab--active' : 'tab'}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-body">
        {content[tab]}
      </div>
    </aside>
  );
}
