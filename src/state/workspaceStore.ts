// The app's workspaces, wired to its stores: the open workspace is what the candidate, scoring and
// facility-type stores hold. Started once the UI is up (loadAppData), so a first paint never waits
// for the database.
import { useAppStore } from './appStore';
import { ACTIVE_WORKSPACE_KEY, browserWorkspaceDb, dropLegacyList } from './browserWorkspaceDb';
import { useCandidatesStore } from './candidatesStore';
import { useScoringStore } from './scoringStore';
import { storageUse } from './storageUse';
import type { WorkspaceSettings } from './workspaceDb';
import { createWorkspaces, type OpenWorkspace, type WorkspaceBindings } from './workspaces';

/** Settings as one object that keeps its identity while its parts do (so an unchanged workspace is not saved again). */
let memo: { parts: unknown[]; settings: WorkspaceSettings } | null = null;
function settingsNow(): WorkspaceSettings {
  const { facilityType } = useAppStore.getState();
  const { weights, constraints, economics } = useScoringStore.getState();
  const parts = [facilityType, weights, constraints, economics];
  if (!memo || memo.parts.some((p, i) => p !== parts[i])) memo = { parts, settings: { facilityType, weights, constraints, economics } };
  return memo.settings;
}

const bindings: WorkspaceBindings = {
  read: (): OpenWorkspace => {
    const c = useCandidatesStore.getState();
    return { settings: settingsNow(), candidates: c.candidates, compareIds: c.compareIds, history: c.history };
  },
  apply: (w) => {
    useAppStore.setState({ facilityType: w.settings.facilityType });
    useScoringStore.setState({ weights: w.settings.weights, constraints: w.settings.constraints, economics: w.settings.economics });
    useCandidatesStore.setState({ candidates: w.candidates, compareIds: w.compareIds, history: w.history, selectedId: null, lastDeleted: null, dragPreview: null });
  },
  subscribe: (onChange) => {
    const offs = [useCandidatesStore.subscribe(onChange), useScoringStore.subscribe(onChange), useAppStore.subscribe(onChange)];
    return () => offs.forEach((off) => off());
  },
  ready: useCandidatesStore.ready,
  activeId: browserWorkspaceDb?.activeId ?? { get: () => null, set: () => {} },
  storageUse,
  dropLegacy: dropLegacyList,
};

const workspaces = createWorkspaces(browserWorkspaceDb?.db ?? null, bindings);

export const useWorkspaces = workspaces.store;

let started: Promise<void> | null = null;
export const startWorkspaces = () =>
  (started ??= workspaces.start().then(() => {
    // Tabs share localStorage and the database: when another tab opens a workspace, this one follows.
    window.addEventListener('storage', (e) => {
      if (e.key === ACTIVE_WORKSPACE_KEY && e.newValue) void workspaces.store.getState().follow(e.newValue);
    });
  }));
