// What a map click is for: one decision, in a fixed order (add-site mode, a candidate, the point card).
import { describe, expect, it } from 'vitest';
import { clickAction, cursorFor, type CandidateHit } from '../../src/map/pointerActions';

const site: CandidateHit = { properties: { id: 'c-1', starred: false } };
const cluster: CandidateHit = { properties: { cluster: true, cluster_id: 7, point_count: 12 } };
const nothing = () => undefined;

describe('map click dispatch', () => {
  it('adds a site in add-site mode, wherever the click lands, without asking what is under it', () => {
    let asked = 0;
    const under = () => (asked++, site);
    expect(clickAction(true, under, -97.5, 35.2)).toEqual({ kind: 'add-site', lon: -97.5, lat: 35.2 });
    expect(clickAction(true, nothing, -97.5, 35.2)).toEqual({ kind: 'add-site', lon: -97.5, lat: 35.2 });
    expect(asked).toBe(0);
  });

  it('selects the candidate under the click instead of opening the point card', () => {
    expect(clickAction(false, () => site, -97.5, 35.2)).toEqual({ kind: 'select-candidate', id: 'c-1' });
  });

  it('zooms towards a clicked cluster', () => {
    expect(clickAction(false, () => cluster, -100, 40)).toEqual({ kind: 'zoom-to-cluster', lon: -100, lat: 40 });
  });

  it('opens the point card where nothing of the candidates is under the click', () => {
    expect(clickAction(false, nothing, -100, 40)).toEqual({ kind: 'select-point', lon: -100, lat: 40 });
  });

  it('does nothing for a candidate feature without an id (still no point card under a site)', () => {
    expect(clickAction(false, () => ({ properties: {} }), -100, 40)).toEqual({ kind: 'none' });
    expect(clickAction(false, () => ({ properties: null }), -100, 40)).toEqual({ kind: 'none' });
  });
});

describe('map cursor', () => {
  it('is a crosshair in add-site mode, a pointer over something clickable, else the default', () => {
    expect(cursorFor(true, () => true)).toBe('crosshair');
    expect(cursorFor(true, () => false)).toBe('crosshair');
    expect(cursorFor(false, () => true)).toBe('pointer');
    expect(cursorFor(false, () => false)).toBe('');
  });
});
