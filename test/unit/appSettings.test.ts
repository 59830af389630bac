// The facility type the user chose survives reloads: saved under the same key and shape as before
// FacilityType became ProfileId, and an unknown stored type falls back to the default with a backup.
import { describe, expect, it } from 'vitest';
import { APP_SETTINGS_KEY, createAppStore } from '../../src/state/appStore';
import { memoryStorage } from '../../src/state/guardedStorage';

describe('saved facility type', () => {
  it('loads a choice saved by earlier versions (gridscout.app, version 1)', () => {
    const storage = memoryStorage();
    storage.setItem('gridscout.app', '{"state":{"facilityType":"ai"},"version":1}');
    expect(createAppStore(storage).getState().facilityType).toBe('ai');
  });

  it('saves a new choice in the same key and shape', () => {
    const storage = memoryStorage();
    const store = createAppStore(storage);
    expect(store.getState().facilityType).toBe('hybrid');
    store.getState().setFacilityType('mining');
    store.getState().setPanelTab('compare');
    expect(APP_SETTINGS_KEY).toBe('gridscout.app');
    expect(JSON.parse(storage.getItem('gridscout.app')!)).toEqual({ state: { facilityType: 'mining' }, version: 1 });
    expect(createAppStore(storage).getState().facilityType).toBe('mining');
  });

  it('starts with the default and keeps a backup when the stored type is unknown', () => {
    const m = new Map<string, string>([['gridscout.app', '{"state":{"facilityType":"cement"},"version":1}']]);
    const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
    expect(createAppStore(storage).getState().facilityType).toBe('hybrid');
    const backups = [...m.keys()].filter((k) => k.startsWith('gridscout.app.backup-'));
    expect(backups.map((k) => m.get(k))).toEqual(['{"state":{"facilityType":"cement"},"version":1}']);
  });
});
