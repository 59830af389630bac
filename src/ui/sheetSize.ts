// The bottom sheet's three sizes on narrow screens: what the handle does with a tap, a key or a drag.
import type { SheetSize } from '../state/appStore';

export const SHEET_SIZES: readonly SheetSize[] = ['collapsed', 'half', 'full'];

/** Height of the collapsed sheet: its 44 px handle and 44 px tab row (app.css uses the same figure). */
export const COLLAPSED_SHEET_PX = 89;
/** The half sheet takes this share of the space below the header, so the map keeps more than half the screen. */
export const HALF_SHEET_SHARE = 0.42;
/** The full sheet leaves this strip of map above it (a tap there is still on the map). */
export const FULL_SHEET_GAP_PX = 56;

/** A tap on the handle: collapsed → half → full → collapsed. */
export function nextSheetSize(size: SheetSize): SheetSize {
  return SHEET_SIZES[(SHEET_SIZES.indexOf(size) + 1) % SHEET_SIZES.length];
}

/** Arrow keys (and Home/End) on the handle grow or shrink the sheet, without wrapping; null for other keys. */
export function sheetSizeAfterKey(key: string, size: SheetSize): SheetSize | null {
  const i = SHEET_SIZES.indexOf(size);
  switch (key) {
    case 'ArrowUp':
      return SHEET_SIZES[Math.min(i + 1, SHEET_SIZES.length - 1)];
    case 'ArrowDown':
      return SHEET_SIZES[Math.max(i - 1, 0)];
    case 'Home':
      return 'collapsed';
    case 'End':
      return 'full';
    default:
      return null;
  }
}

/** Height in px of each size, in a space of `availablePx` below the header. */
export function sheetHeightsPx(availablePx: number): Record<SheetSize, number> {
  return {
    collapsed: Math.min(COLLAPSED_SHEET_PX, availablePx),
    half: Math.round(availablePx * HALF_SHEET_SHARE),
    full: Math.max(0, availablePx - FULL_SHEET_GAP_PX),
  };
}

/** Where a dragged sheet settles: the size whose height is nearest to where it was let go. */
export function snapSheetSize(heightPx: number, availablePx: number): SheetSize {
  const heights = sheetHeightsPx(availablePx);
  let best: SheetSize = 'collapsed';
  for (const s of SHEET_SIZES) if (Math.abs(heights[s] - heightPx) < Math.abs(heights[best] - heightPx)) best = s;
  return best;
}

const LABELS: Record<SheetSize, string> = { collapsed: 'collapsed', half: 'half open', full: 'fully open' };

/** The handle's accessible name: the size now and what a press does. */
export function sheetHandleLabel(size: SheetSize): string {
  const next = nextSheetSize(size);
  return `Panel ${LABELS[size]}. ${next === 'collapsed' ? 'Collapse it' : next === 'half' ? 'Open it halfway' : 'Open it fully'}`;
}
