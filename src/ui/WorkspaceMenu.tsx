// The header's workspace menu: which workspace is open, and switching, creating, renaming, deleting,
// exporting and opening whole workspaces (sites, shortlist, compare set and settings).
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useWorkspaces } from '../state/workspaceStore';
import type { WorkspaceMeta } from '../state/workspaceDb';
import { downloadParts } from './candidates/download';

const sitesText = (n: number) => `${n.toLocaleString('en-US')} site${n === 1 ? '' : 's'}`;
const fileNameOf = (name: string) => `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'workspace'}.gridscout.json`;

function NameField({ initial, label, onDone }: { initial: string; label: string; onDone(name: string | null): void }) {
  const [value, setValue] = useState(initial);
  const onKey = (e: ReactKeyboardEvent) => {
    if (e.key === 'Enter') onDone(value);
    if (e.key === 'Escape') (e.preventDefault(), onDone(null));
  };
  return <input className="rename-input" aria-label={label} value={value} maxLength={80} autoFocus onFocus={(e) => e.target.select()} onChange={(e) => setValue(e.target.value)} onKeyDown={onKey} onBlur={() => onDone(value)} />;
}

function Row({ m, active, busy }: { m: WorkspaceMeta; active: boolean; busy: boolean }) {
  const ws = useWorkspaces.getState();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  if (mode === 'rename') {
    return (
      <li className="workspace-row">
        <NameField initial={m.name} label={`New name for ${m.name}`} onDone={(name) => (name !== null && void ws.rename(m.id, name), setMode('view'))} />
      </li>
    );
  }
  if (mode === 'confirm') {
    return (
      <li className="workspace-row workspace-row--confirm" role="group" aria-label={`Delete ${m.name}?`}>
        <span>
          Delete “{m.name}” and its {sitesText(m.siteCount)}? This cannot be undone; export it first to keep a copy.
        </span>
        <button type="button" className="btn" autoFocus onClick={() => void ws.remove(m.id)}>
          Delete
        </button>
        <button type="button" className="btn" onClick={() => setMode('view')}>
          Cancel
        </button>
      </li>
    );
  }
  return (
    <li className={active ? 'workspace-row workspace-row--active' : 'workspace-row'}>
      <button type="button" className="workspace-open" aria-current={active ? 'true' : undefined} disabled={busy} onClick={() => void ws.switchTo(m.id)}>
        <span className="workspace-name">{m.name}</span>
        <span className="muted">
          {sitesText(m.siteCount)}
          {active ? ' · open' : ''}
        </span>
      </button>
      <button type="button" className="icon-button small" aria-label={`Rename ${m.name}`} onClick={() => setMode('rename')}>
        ✎
      </button>
      <button type="button" className="icon-button small" aria-label={`Delete ${m.name}`} disabled={busy} onClick={() => setMode('confirm')}>
        ×
      </button>
    </li>
  );
}

function Panel() {
  const { index, status, busy, problem } = useWorkspaces();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [naming, setNaming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const ws = useWorkspaces.getState();
  const ready = status === 'ready';
  const onExport = async () => {
    setMessage({ error: false, text: 'Preparing the file…' });
    await ws.flush();
    const { name, parts } = await ws.exportParts();
    downloadParts(fileNameOf(name), parts, 'application/json');
    setMessage({ error: false, text: `Saved “${fileNameOf(name)}”: sites, shortlist, compare set and settings (not the undo history).` });
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage({ error: false, text: `Reading ${file.name}…` });
    try {
      const note = await ws.importFile(await file.text());
      setMessage({ error: false, text: `Opened ${file.name} as a new workspace.${note ? ` ${note}` : ''}` });
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message });
    }
  };
  return (
    <div className="workspace-panel" role="dialog" aria-label="Workspaces">
      {status === 'starting' && <p className="muted">Opening workspaces…</p>}
      {status === 'unavailable' && <p className="workspace-problem">{problem}</p>}
      {index && (
        <ul className="workspace-list" aria-label="Workspaces in this browser">
          {index.items.map((m) => (
            <Row key={m.id} m={m} active={m.id === index.activeId} busy={busy !== null} />
          ))}
        </ul>
      )}
      {naming && (
        <NameField initial={`Workspace ${(index?.items.length ?? 0) + 1}`} label="Name of the new workspace" onDone={(name) => (setNaming(false), name !== null && void ws.create(name))} />
      )}
      {busy && (
        <p className="muted" role="status">
          {busy}
        </p>
      )}
      <div className="workspace-actions">
        <button type="button" className="btn" disabled={!ready || busy !== null} onClick={() => setNaming(true)}>
          New workspace
        </button>
        <button type="button" className="btn" onClick={() => void onExport()}>
          Export workspace file
        </button>
        <button type="button" className="btn" disabled={!ready || busy !== null} onClick={() => fileInput.current?.click()}>
          Open workspace file…
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Workspace file" onChange={(e) => (void onFile(e.target.files?.[0]), (e.target.value = ''))} />
      </div>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

export function WorkspaceMenu() {
  const [open, setOpen] = useState(false);
  const name = useWorkspaces((s) => s.index?.items.find((m) => m.id === s.index?.activeId)?.name ?? null);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => (setOpen(false), button.current?.focus());
  useEffect(() => {
    if (!open) return;
    void useWorkspaces.getState().refresh();
    const onDown = (e: PointerEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    // Escape closes it wherever focus is (e.g. after the file chooser), unless a field inside handled it.
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && close();
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="workspace-menu" ref={box}>
      <button ref={button} type="button" className="workspace-button" aria-expanded={open} aria-haspopup="dialog" aria-label={`Workspace: ${name ?? 'My workspace'}`} title="Workspaces: switch, create, export or open one" onClick={() => setOpen(!open)}>
        <span className="workspace-button__label">Workspace</span> <span className="workspace-button__name">{name ?? 'My workspace'}</span> ▾
      </button>
      {open && <Panel />}
    </div>
  );
}
