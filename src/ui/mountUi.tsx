import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppSlots } from './App';
import { startWorkspaces } from '../state/workspaceStore';

function slot(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id} element`);
  return el;
}

/**
 * Mounts the React UI into the static frame of index.html (the map is already running). The static
 * placeholders stay until React's content is in (App removes them), so the map never sees its
 * container widen for a frame — it would refit and shift the view.
 */
export function mountUi(): void {
  const slots: AppSlots = { header: slot('header-slot'), banner: slot('banner-slot'), side: slot('side-slot'), mapOverlay: slot('map-overlay-slot') };
  const host = document.createElement('div');
  host.hidden = true;
  document.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <App slots={slots} />
    </StrictMode>,
  );
  void startWorkspaces();
}
