import { describe, expect, it } from 'vitest';
import { COLLAPSED_SHEET_PX, FULL_SHEET_GAP_PX, nextSheetSize, sheetHandleLabel, sheetHeightsPx, sheetSizeAfterKey, snapSheetSize } from '../../src/ui/sheetSize';

describe('bottom sheet sizes', () => {
  it('a tap cycles collapsed → half → full → collapsed', () => {
    expect(nextSheetSize('collapsed')).toBe('half');
    expect(nextSheetSize('half')).toBe('full');
    expect(nextSheetSize('full')).toBe('collapsed');
  });

  it('arrow keys grow and shrink without wrapping; Home and End jump; other keys do nothing', () => {
    expect(sheetSizeAfterKey('ArrowUp', 'collapsed')).toBe('half');
    expect(sheetSizeAfterKey('ArrowUp', 'full')).toBe('full');
    expect(sheetSizeAfterKey('ArrowDown', 'half')).toBe('collapsed');
    expect(sheetSizeAfterKey('ArrowDown', 'collapsed')).toBe('collapsed');
    expect(sheetSizeAfterKey('Home', 'full')).toBe('collapsed');
    expect(sheetSizeAfterKey('End', 'collapsed')).toBe('full');
    expect(sheetSizeAfterKey('Enter', 'half')).toBeNull();
  });

  it('at 390×844 (796 px below the header) the half sheet leaves the map more than half the screen', () => {
    const h = sheetHeightsPx(796);
    expect(h.collapsed).toBe(COLLAPSED_SHEET_PX);
    expect(796 - h.half).toBeGreaterThanOrEqual(844 / 2);
    expect(h.full).toBe(796 - FULL_SHEET_GAP_PX);
  });

  it('a drag settles at the nearest size', () => {
    expect(snapSheetSize(120, 796)).toBe('collapsed');
    expect(snapSheetSize(300, 796)).toBe('half');
    expect(snapSheetSize(560, 796)).toBe('full');
    expect(snapSheetSize(2000, 796)).toBe('full');
    expect(snapSheetSize(0, 796)).toBe('collapsed');
  });

  it('the handle says its size and what a press does', () => {
    expect(sheetHandleLabel('collapsed')).toBe('Panel collapsed. Open it halfway');
    expect(sheetHandleLabel('full')).toBe('Panel fully open. Collapse it');
  });
});
