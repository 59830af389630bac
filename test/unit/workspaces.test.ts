import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/candidates/types';
import type { AsyncKv } from '../../src/state/chunkedList';
import { createWorkspaceDb, DEFAULT_SETTINGS } from '../../src/state/workspaceDb';
import { parseWorkspaceFile } from '../../src/state/workspaceFile';
import { createWorkspaces, uniqueName, type OpenWorkspace, type WorkspaceBindings } from '../../src/state/workspaces';

function memoryKv(fail?: { on: (key: string) => Error | null }): AsyncKv & { keys(): Promise<string[]>; map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: async <T,>(k: string) => structuredClone(map.get(k)) as T | undefined,
    set: async (k, v) => {
      const e = fail?.on(k);
      if (e) throw e;
      map.set(k, structuredClone(v));
    },
    del: async (k) => void map.delete(k),
    keys: async () => [...map.keys()],
  };
}

/** A database that refuses every write, as a full browser store does, while `setFull(true)`. */
function fillableKv() {
  let full = false;
  const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  return { kv: memoryKv({ on: () => (full ? quota : null) }), setFull: (on: boolean) => void (full = on) };
}

const sites = (n: number, tag: string): Candidate[] => Array.from({ length: n }, (_, i) => ({ id: `${tag}${i}`, name: `${tag} ${i}`, lon: -97 + i / n, lat: 31, starred: false, props: {}, addedAt: '' }));

/** Stand-in for the app's stores: one state object, edits through `edit`, as the candidate store records history. */
function fakeApp(initial: Partial<OpenWorkspace> = {}) {
  let state: OpenWorkspace = { settings: DEFAULT_SETTINGS, candidates: [], compareIds: [], history: { past: [], future: [] }, ...initial };
  const listeners = new Set<() => void>();
  let active: string | null = null;
  const b: WorkspaceBindings = {
    read: () => state,
    apply: (w) => {
      state = w;
      listeners.forEach((l) => l());
    },
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    ready: Promise.resolve(),
    activeId: { get: () => active, set: (id) => void (active = id) },
    storageUse: async () => '48.0 MB of 50.0 MB used (96 %)',
  };
  const edit = (label: string, candidates: Candidate[]) => {
    state = { ...state, candidates, history: { past: [...state.history.past, { label, candidates: state.candidates }], future: [] } };
    listeners.forEach((l) => l());
  };
  const setSettings = (patch: Partial<OpenWorkspace['settings']>) => {
    state = { ...state, settings: { ...state.settings, ...patch } };
    listeners.forEach((l) => l());
  };
  return { b, edit, setSettings, state: () => state, active: () => active };
}

describe('workspaces', () => {
  it('first start: what the app holds becomes "My workspace" in the database; a reload restores list, settings and undo history', async () => {
    const kv = memoryKv();
    const app = fakeApp({ candidates: sites(3, 'a') });
    const ws = createWorkspaces(createWorkspaceDb(kv), app.b, { saveDelayMs: 5 });
    await ws.start();
    const ix = ws.store.getState().index!;
    expect(ix.items.map((m) => m.name)).toEqual(['My workspace']);
    expect(ix.items[0].siteCount).toBe(3);
    app.edit('delete a 0', app.state().candidates.slice(1));
    app.edit('import 2 sites', [...app.state().candidates, ...sites(2, 'b')]);
    app.setSettings({ facilityType: 'ai' });
    await ws.store.getState().flush();

    // A reload: the stores come back with the same list (as localStorage or the large-list store gives it), no history.
    const again = fakeApp({ candidates: structuredClone(app.state().candidates), settings: app.state().settings });
    again.b.activeId.set(app.active()!);
    const ws2 = createWorkspaces(createWorkspaceDb(kv), again.b);
    await ws2.start();
    expect(again.state().history.past.map((e) => e.label)).toEqual(['delete a 0', 'import 2 sites']);
    expect(again.state().history.past[0].candidates.map((c) => c.id)).toEqual(['a0', 'a1', 'a2']);
  });

  it('history saved with another list (an edit after the last save) is not applied to this one', async () => {
    const kv = memoryKv();
    const app = fakeApp({ candidates: sites(3, 'a') });
    const ws = createWorkspaces(createWorkspaceDb(kv), app.b, { saveDelayMs: 5 });
    await ws.start();
    app.edit('delete a 0', app.state().candidates.slice(1));
    await ws.store.getState().flush();
    const newer = fakeApp({ candidates: sites(1, 'z') });
    newer.b.activeId.set(app.active()!);
    const ws2 = createWorkspaces(createWorkspaceDb(kv), newer.b);
    await ws2.start();
    expect(newer.state().history.past).toEqual([]);
    expect(newer.state().candidates.map((c) => c.id)).toEqual(['z0']);
    // …and the newer list is what the workspace now holds.
    await ws2.store.getState().flush();
    expect((await createWorkspaceDb(kv).list(app.active()!).load())!.candidates.map((c) => c.id)).toEqual(['z0']);
  });

  it('create, switch, rename and delete keep each workspace its own sites, settings and history', async () => {
    const kv = memoryKv();
    const app = fakeApp({ candidates: sites(2, 'tx') });
    const ws = createWorkspaces(createWorkspaceDb(kv), app.b, { saveDelayMs: 1000 });
    await ws.start();
    const first = app.active()!;
    app.setSettings({ facilityType: 'mining' });
    await ws.store.getState().create('Québec hydro');
    const second = app.active()!;
    expect(second).not.toBe(first);
    expect(app.state().candidates).toEqual([]);
    expect(app.state().settings).toEqual(DEFAULT_SETTINGS);
    app.edit('add qc 0', sites(1, 'qc'));

    await ws.store.getState().switchTo(first);
    expect(app.state().candidates.map((c) => c.id)).toEqual(['tx0', 'tx1']);
    expect(app.state().settings.facilityType).toBe('mining');
    await ws.store.getState().switchTo(second);
    expect(app.state().candidates.map((c) => c.id)).toEqual(['qc0']);
    expect(app.state().history.past.map((e) => e.label)).toEqual(['add qc 0']);

    await ws.store.getState().rename(second, 'My workspace');
    expect(ws.store.getState().index!.items.find((m) => m.id === second)!.name).toBe('My workspace (2)');
    await ws.store.getState().remove(second);
    expect(app.active()).toBe(first);
    expect(app.state().candidates.map((c) => c.id)).toEqual(['tx0', 'tx1']);
    expect(ws.store.getState().index!.items.map((m) => m.id)).toEqual([first]);
    expect([...kv.map.keys()].some((k) => k.startsWith(`ws/${second}/`))).toBe(false);
  });

  it('deleting the last workspace leaves a new empty one', async () => {
    const app = fakeApp({ candidates: sites(2, 'a') });
    const ws = createWorkspaces(createWorkspaceDb(memoryKv()), app.b);
    await ws.start();
    await ws.store.getState().remove(app.active()!);
    expect(ws.store.getState().index!.items).toHaveLength(1);
    expect(app.state().candidates).toEqual([]);
  });

  it('export and import a whole workspace as one file (as a new workspace, named uniquely)', async () => {
    const app = fakeApp({ candidates: sites(12_000, 's'), compareIds: ['s5'] });
    const ws = createWorkspaces(createWorkspaceDb(memoryKv()), app.b);
    await ws.start();
    app.setSettings({ facilityType: 'ai', constraints: { maxRetailPriceUsdPerMwh: 80 } as OpenWorkspace['settings']['constraints'] });
    const { name, parts } = await ws.store.getState().exportParts();
    expect(name).toBe('My workspace');
    const text = parts.join('');
    const parsed = parseWorkspaceFile(text);
    expect(parsed.candidates).toHaveLength(12_000);
    expect(parsed.settings.facilityType).toBe('ai');

    await ws.store.getState().create('Empty');
    expect(await ws.store.getState().importFile(text)).toBeNull();
    expect(ws.store.getState().index!.items.map((m) => m.name)).toEqual(['My workspace', 'Empty', 'My workspace (2)']);
    expect(app.state().candidates).toHaveLength(12_000);
    expect(app.state().compareIds).toEqual(['s5']);
    expect(app.state().settings.constraints).toEqual({ maxRetailPriceUsdPerMwh: 80 });
  });

  it('a wrong file gets a specific message and changes nothing', async () => {
    const app = fakeApp({ candidates: sites(2, 'a') });
    const ws = createWorkspaces(createWorkspaceDb(memoryKv()), app.b);
    await ws.start();
    await expect(ws.store.getState().importFile('name,lat,lon\nx,1,2')).rejects.toThrow(/not valid JSON/);
    await expect(ws.store.getState().importFile('{"type":"FeatureCollection","features":[]}')).rejects.toThrow(/GeoJSON file, not a workspace/);
    await expect(ws.store.getState().importFile('{"format":"gridscout-workspace","version":9}')).rejects.toThrow(/newer GridScout/);
    expect(ws.store.getState().index!.items).toHaveLength(1);
    expect(app.state().candidates).toHaveLength(2);
    const skipped = await ws.store.getState().importFile(JSON.stringify({ format: 'gridscout-workspace', version: 1, name: 'x', candidates: [...sites(2, 'k'), { id: 'bad', lat: 99, lon: 0 }] }));
    expect(skipped).toMatch(/^1 rows of the file were not sites/);
  });

  it('a damaged list of workspaces is kept aside and rebuilt from the stored workspaces', async () => {
    const kv = memoryKv();
    const app = fakeApp({ candidates: sites(2, 'a') });
    const ws = createWorkspaces(createWorkspaceDb(kv), app.b);
    await ws.start();
    await ws.store.getState().create('Second');
    await kv.set('workspaces', { version: 1, items: 'garbage' });
    const again = fakeApp();
    again.b.activeId.set(app.active()!);
    const ws2 = createWorkspaces(createWorkspaceDb(kv), again.b);
    await ws2.start();
    expect(ws2.store.getState().status).toBe('ready');
    expect(ws2.store.getState().index!.items).toHaveLength(2);
    expect(ws2.store.getState().problem).toMatch(/damaged; it was rebuilt/);
    expect([...kv.map.keys()].some((k) => k.startsWith('workspaces.backup-'))).toBe(true);
  });

  it('a database that never answers, or is missing, leaves the app working with a message', async () => {
    const hung: AsyncKv = { get: () => new Promise(() => {}), set: async () => {}, del: async () => {} };
    const app = fakeApp({ candidates: sites(2, 'a') });
    const ws = createWorkspaces(createWorkspaceDb(hung), app.b, { openTimeoutMs: 20 });
    await ws.start();
    expect(ws.store.getState().status).toBe('unavailable');
    expect(ws.store.getState().problem).toMatch(/did not open in time/);
    expect(app.state().candidates).toHaveLength(2);
    const none = createWorkspaces(null, fakeApp().b);
    expect(none.store.getState().status).toBe('unavailable');
    expect(none.store.getState().problem).toMatch(/kept in local storage only/);
  });

  it('a full database says how much storage is used', async () => {
    const { kv, setFull } = fillableKv();
    const app = fakeApp({ candidates: sites(2, 'a') });
    const ws = createWorkspaces(createWorkspaceDb(kv), app.b);
    await ws.start();
    setFull(true);
    app.edit('import', sites(50, 'b'));
    await ws.store.getState().flush();
    expect(ws.store.getState().problem).toBe('Changes to this workspace are not saved: the browser\'s storage is full; 48.0 MB of 50.0 MB used (96 %). The app keeps working; export the workspace to keep it.');
    setFull(false);
    await ws.store.getState().flush();
    expect(ws.store.getState().problem).toBeNull();
  });

  it('with localStorage cleared, the open workspace is read back from the database, not overwritten by an empty list', async () => {
    const kv = memoryKv();
    const app = fakeApp({ candidates: sites(4, 'a') });
    const ws = createWorkspaces(createWorkspaceDb(kv), app.b);
    await ws.start();
    app.setSettings({ facilityType: 'mining' });
    await ws.store.getState().flush();
    const cleared = fakeApp();
    const ws2 = createWorkspaces(createWorkspaceDb(kv), cleared.b);
    await ws2.start();
    expect(cleared.state().candidates.map((c) => c.id)).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect(cleared.state().settings.facilityType).toBe('mining');
    expect(cleared.active()).toBe(app.active());
  });

  it('a second tab follows a switch made in the first and does not save into the workspace it left', async () => {
    const kv = memoryKv();
    const a = fakeApp({ candidates: sites(2, 'a') });
    const wa = createWorkspaces(createWorkspaceDb(kv), a.b, { saveDelayMs: 1 });
    await wa.start();
    const first = a.active()!;
    // Tab b: same database and (shared) localStorage id.
    const b = fakeApp({ candidates: a.state().candidates });
    b.b.activeId = a.b.activeId;
    const wb = createWorkspaces(createWorkspaceDb(kv), b.b, { saveDelayMs: 1 });
    await wb.start();
    await wa.store.getState().create('Second');
    a.edit('add s 0', sites(1, 's'));
    await wa.store.getState().flush();
    // Before b hears of it, an edit in b must not be saved into either workspace.
    b.edit('stale edit', []);
    await wb.store.getState().flush();
    expect((await createWorkspaceDb(kv).list(first).load())!.candidates.map((c) => c.id)).toEqual(['a0', 'a1']);
    await wb.store.getState().follow(a.active()!);
    expect(b.state().candidates.map((c) => c.id)).toEqual(['s0']);
    expect(wb.store.getState().index!.items.map((m) => m.name)).toEqual(['My workspace', 'Second']);
  });

  it('a workspace that cannot be saved stays open instead of being switched away from (its edits are not lost)', async () => {
    const { kv, setFull } = fillableKv();
    const app = fakeApp({ candidates: sites(2, 'a') });
    const ws = createWorkspaces(createWorkspaceDb(kv), app.b);
    await ws.start();
    const first = app.active()!;
    await ws.store.getState().create('Second');
    const second = app.active()!;
    await ws.store.getState().switchTo(first);
    setFull(true);
    app.edit('import', sites(9, 'z'));
    await ws.store.getState().switchTo(second);
    expect(app.active()).toBe(first);
    expect(app.state().candidates).toHaveLength(9);
    expect(ws.store.getState().problem).toMatch(/^"Second" was not opened: the open workspace could not be saved first, so it stays open/);
    await expect(ws.store.getState().importFile(JSON.stringify({ format: 'gridscout-workspace', version: 1, name: 'x', candidates: [] }))).rejects.toThrow(/could not be saved first/);
    setFull(false);
    await ws.store.getState().switchTo(second);
    expect(app.active()).toBe(second);
    await ws.store.getState().switchTo(first);
    expect(app.state().candidates).toHaveLength(9);
  });

  it('names are made unique', () => {
    expect(uniqueName('Texas', ['Texas', 'Texas (2)'])).toBe('Texas (3)');
    expect(uniqueName('  ', [])).toBe('Untitled workspace');
  });
});
