import { describe, expect, it } from 'vitest';
import { changeGate } from '../../src/map/layers/pointLayer';

describe('changeGate', () => {
  it('opens for a first value and for each new one, never for repeats or nothing', () => {
    const gate = changeGate<object>();
    const a = {};
    const b = {};
    expect([gate(null), gate(undefined), gate(a), gate(a), gate(b), gate(b), gate(a)]).toEqual([false, false, true, false, true, false, true]);
  });
});
