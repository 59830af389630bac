import { describe, expect, it } from 'vitest';
import { tabAfterKey } from '../../src/ui/SidePanel';

describe('side panel tabs by keyboard (WAI-ARIA)', () => {
  it('arrows move and wrap, Home/End jump, other keys do nothing', () => {
    expect(tabAfterKey('ArrowRight', 0, 5)).toBe(1);
    expect(tabAfterKey('ArrowRight', 4, 5)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 5)).toBe(4);
    expect(tabAfterKey('Home', 3, 5)).toBe(0);
    expect(tabAfterKey('End', 1, 5)).toBe(4);
    expect(tabAfterKey('a', 1, 5)).toBeNull();
  });
});
