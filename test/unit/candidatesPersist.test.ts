import { beforeEach, describe, expect, it } from 'vitest';
import { CANDIDATES_KEY, createCandidatesStore } from '../../src/state/candidatesStore';
import { CANDIDATES_SCHEMA, migrateCandidates } from '../../src/state/candidatesMigrate';
import { memoryStorage, type StorageLike } from '../../src/state/guardedStorage';
import { useRecoveryStore } from '../../src/state/recoveryStore';

let storage: StorageLike & { keys(): string[] };

beforeEach(() => {
  const m = new Map<string, string>();
  storage = { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k), keys: () => [...m.keys()] };
  useRecoveryStore.getState().dismiss();
});

const site = { id: 's1', name: 'Abilene', lon: -99.73, lat: 32.45, starred: true, props: { owner: 'x' }, addedAt: '2026-11-01T00:00:00.000Z' };

describe('candidate persistence', () => {
  it('saves and restores candidates and the compare set, not modes', () => {
    const a = createCandidatesStore(storage);
    a.getState().addCandidates([site]);
    a.getState().toggleCompare('s1');
    a.getState().setAddMode(true);
    const b = createCandidatesStore(storage);
    expect(b.getState().candidates).toEqual([site]);
    expect(b.getState().compareIds).toEqual(['s1']);
    expect(b.getState().addMode).toBe(false);
    expect(JSON.parse(storage.getItem(CANDIDATES_KEY)!).version).toBe(CANDIDATES_SCHEMA);
  });

  it('migrates state saved before versioning (version 0): fills missing fields, drops unusable entries', () => {
    storage.setItem(CANDIDATES_KEY, JSON.stringify({ version: 0, state: { candidates: [{ id: 'old', name: 'Old', lon: -100, lat: 40 }, { id: 'bad', lon: 'x', lat: 1 }], compareIds: ['old', 'gone'] } }));
    const s = createCandidatesStore(storage);
    expect(s.getState().candidates).toEqual([{ id: 'old', name: 'Old', lon: -100, lat: 40, starred: false, props: {}, addedAt: '1970-01-01T00:00:00.000Z' }]);
    expect(s.getState().compareIds).toEqual(['old']);
    expect(JSON.parse(storage.getItem(CANDIDATES_KEY)!).version).toBe(CANDIDATES_SCHEMA);
    expect(useRecoveryStore.getState().recoveries).toEqual([]);
  });

  it.each([
    ['not JSON', '{"state": {"candid', /not valid JSON/],
    ['wrong shape', '[1,2,3]', /unknown shape/],
    ['newer schema', JSON.stringify({ version: 99, state: { candidates: [] } }), /newer version/],
    ['no candidate list', JSON.stringify({ version: CANDIDATES_SCHEMA, state: { candidates: 'lots' } }), /no candidate list/],
    ['old version, unusable', JSON.stringify({ version: 0, state: { sites: [] } }), /no candidate list/],
  ])('recovers from a corrupt store (%s): backs it up, starts clean, says so', (_label, raw, reason) => {
    storage.setItem(CANDIDATES_KEY, raw);
    const s = createCandidatesStore(storage);
    expect(s.getState().candidates).toEqual([]);
    const [rec] = useRecoveryStore.getState().recoveries;
    expect(rec.reason).toMatch(reason);
    expect(rec.backupKey).toMatch(/^gridscout\.candidates\.backup-/);
    expect(storage.getItem(rec.backupKey!)).toBe(raw);
    // The app keeps working and saves fresh state under the main key.
    s.getState().addCandidates([site]);
    expect(JSON.parse(storage.getItem(CANDIDATES_KEY)!).state.candidates).toHaveLength(1);
  });

  it('works when storage throws (disabled or full)', () => {
    const broken: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => {} };
    const s = createCandidatesStore(broken);
    s.getState().addCandidates([site]);
    expect(s.getState().candidates).toHaveLength(1);
  });

  it('delete can be undone in place; compare holds at most six', () => {
    const s = createCandidatesStore(memoryStorage());
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    s.getState().addCandidates(ids.map((id, i) => ({ ...site, id, lon: -100 + i })));
    s.getState().remove('b');
    expect(s.getState().candidates.map((c) => c.id)).toEqual(['a', 'c', 'd', 'e', 'f', 'g']);
    s.getState().undoRemove();
    expect(s.getState().candidates.map((c) => c.id)).toEqual(ids);
    for (const id of ids) s.getState().toggleCompare(id);
    expect(s.getState().compareIds).toEqual(ids.slice(0, 6));
  });

  it('dismissing the undo bar forgets the delete, so undo does nothing after it', () => {
    const s = createCandidatesStore(memoryStorage());
    s.getState().addCandidates(['a', 'b'].map((id, i) => ({ ...site, id, lon: -100 + i })));
    s.getState().remove('a');
    expect(s.getState().lastDeleted?.candidate.id).toBe('a');
    s.getState().dismissUndo();
    expect(s.getState().lastDeleted).toBeNull();
    s.getState().undoRemove();
    expect(s.getState().candidates.map((c) => c.id)).toEqual(['b']);
  });

  it('migrateCandidates rejects a schema newer than the app', () => {
    expect(() => migrateCandidates({ candidates: [] }, CANDIDATES_SCHEMA + 1)).toThrow(/newer/);
  });
});

import { decodeShareHash, encodeShareHash, SHARE_LINK_MAX_CHARS } from '../../src/state/shareLink';

describe('share link', () => {
  it('encodes facility type, weights, constraints, economics, view and the shortlist, and decodes them back', async () => {
    const shortlist = [
      { name: 'Abilene West, TX', lat: 32.4487, lon: -99.7331 },
      { name: 'Montréal 🏭', lat: 45.5017, lon: -73.5673 },
    ];
    const s = {
      profile: 'ai' as const,
      weights: { retail_price: 30, latency: 40.123 },
      constraints: { maxPue: 1.3, minAnnualMeanC: -2, excludeMiningRestricted: true },
      economics: { itMw: 80 },
      view: { lon: -98.51234, lat: 39.5, zoom: 3.25 },
      shortlist,
    };
    const { hash, shortlistLeftOut } = await encodeShareHash(s);
    expect(shortlistLeftOut).toBeUndefined();
    expect(hash).toMatch(/^#v=2&type=ai&w=retail_price:30,latency:40\.12&c=maxPue:1\.3,minAnnualMeanC:-2&xm=1&e=itMw:80&map=-98\.5123,39\.5,3\.25&s=[\w-]+$/);
    expect(await decodeShareHash(hash)).toEqual({
      profile: 'ai',
      weights: { retail_price: 30, latency: 40.12 },
      constraints: { maxPue: 1.3, minAnnualMeanC: -2, excludeMiningRestricted: true },
      economics: { itMw: 80 },
      view: { lon: -98.5123, lat: 39.5, zoom: 3.25 },
      shortlist,
    });
  });
  it('a link of the first version still opens', async () => {
    expect(await decodeShareHash('#type=ai&w=retail_price:30,latency:40.12&map=-98.5123,39.5,3.25')).toEqual({ profile: 'ai', weights: { retail_price: 30, latency: 40.12 }, view: { lon: -98.5123, lat: 39.5, zoom: 3.25 } });
  });
  it('leaves a shortlist that does not fit out, and says why', async () => {
    let x = 7;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
    const many = Array.from({ length: 3000 }, (_, i) => ({ name: `Site ${i} ${rnd().toString(36).slice(2, 8)}`, lat: 25 + 20 * rnd(), lon: -120 + 40 * rnd() }));
    const { hash, shortlistLeftOut } = await encodeShareHash({ profile: 'mining', weights: {}, shortlist: many });
    expect(hash).toBe('#v=2&type=mining');
    expect(hash.length).toBeLessThanOrEqual(SHARE_LINK_MAX_CHARS);
    expect(shortlistLeftOut).toMatch(/^the shortlist of 3,000 sites would make a \d+ KB link \(at most 8 KB\): export it as a file instead$/);
  });
  it('ignores what it cannot read', async () => {
    expect(await decodeShareHash('')).toBeNull();
    expect(await decodeShareHash('#type=gpu&map=1,2')).toBeNull();
    expect(await decodeShareHash('#type=mining&w=carbon:-1,bogus:3,land_value:5')).toEqual({ profile: 'mining', weights: { land_value: 5 } });
    // A mangled shortlist is dropped; the rest applies.
    expect(await decodeShareHash('#type=ai&s=%%%')).toEqual({ profile: 'ai' });
  });
});
