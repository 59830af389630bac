// A whole workspace as one file: its name, settings, sites and compare set (not the undo history,
// which stays in the browser). Written in parts so 100,000 sites are serialised a chunk per task;
// read back with the same checks as stored state, and a specific message for anything else.
import type { Candidate } from '../candidates/types';
import { migrateCandidates } from './candidatesMigrate';
import { validSettings, type WorkspaceSettings } from './workspaceDb';

export const WORKSPACE_FILE_FORMAT = 'gridscout-workspace';
export const WORKSPACE_FILE_VERSION = 1;

export interface WorkspaceContent {
  name: string;
  settings: WorkspaceSettings;
  candidates: Candidate[];
  compareIds: string[];
}

const PART = 5_000;

/** The file as text parts (a Blob takes them as they are); `pause` runs between parts. */
export async function workspaceFileParts(w: WorkspaceContent, exportedAt: string, pause: () => Promise<void> = async () => {}): Promise<string[]> {
  const head = { format: WORKSPACE_FILE_FORMAT, version: WORKSPACE_FILE_VERSION, name: w.name, exportedAt, settings: w.settings, compareIds: w.compareIds };
  const parts = [JSON.stringify(head).slice(0, -1), ',"candidates":['];
  for (let i = 0; i < w.candidates.length; i += PART) {
    const chunk = JSON.stringify(w.candidates.slice(i, i + PART)).slice(1, -1);
    parts.push(i === 0 ? chunk : `,${chunk}`);
    await pause();
  }
  parts.push(']}');
  return parts;
}

/** The file's workspace; throws an Error whose message says what is wrong, for the user. */
export function parseWorkspaceFile(text: string): WorkspaceContent & { skipped: number } {
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch {
    throw new Error('This file is not a GridScout workspace: it is not valid JSON. Site lists (CSV, GeoJSON, Excel) are opened with Import sites instead.');
  }
  const o = x as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || o.format !== WORKSPACE_FILE_FORMAT) {
    const isGeoJson = !!o && typeof o === 'object' && (o.type === 'FeatureCollection' || o.type === 'Feature');
    throw new Error(isGeoJson ? 'This is a GeoJSON file, not a workspace: open it with Import sites.' : 'This file is not a GridScout workspace (it has no "format": "gridscout-workspace").');
  }
  if (typeof o.version !== 'number' || o.version > WORKSPACE_FILE_VERSION) throw new Error(`This workspace file is from a newer GridScout (file version ${String(o.version)}; this app reads version ${WORKSPACE_FILE_VERSION}).`);
  let list;
  try {
    list = migrateCandidates({ candidates: o.candidates, compareIds: o.compareIds }, 1);
  } catch {
    throw new Error('This workspace file has no list of sites.');
  }
  let settings: WorkspaceSettings;
  try {
    settings = validSettings(o.settings ?? {});
  } catch {
    throw new Error('This workspace file\'s settings are damaged.');
  }
  const name = typeof o.name === 'string' && o.name.trim() ? o.name.trim().slice(0, 80) : 'Imported workspace';
  const skipped = (o.candidates as unknown[]).length - list.candidates.length;
  return { name, settings, ...list, skipped };
}
