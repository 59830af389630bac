// The bottom sheet's handle (narrow screens): a tap, Enter or Space cycles collapsed → half → full;
// arrow keys grow and shrink it; a drag moves the sheet and it settles at the nearest size.
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useAppStore } from '../state/appStore';
import { useMapStore } from '../state/mapStore';
import { nextSheetSize, sheetHandleLabel, sheetSizeAfterKey, snapSheetSize } from './sheetSize';

/** A pointer that moves less than this is a tap, not a drag. */
const DRAG_THRESHOLD_PX = 6;

export function SheetHandle({ sheet }: { sheet: RefObject<HTMLElement | null> }) {
  const size = useAppStore((s) => s.sheetSize);
  const setSize = useAppStore((s) => s.setSheetSize);
  const drag = useRef<{ id: number; startY: number; startPx: number; availablePx: number; moved: boolean; frame: number } | null>(null);
  const suppressClick = useRef(false);

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    const el = sheet.current;
    const main = el?.parentElement?.closest('.app-main');
    suppressClick.current = false;
    if (!el || !main || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id: e.pointerId, startY: e.clientY, startPx: el.getBoundingClientRect().height, availablePx: main.getBoundingClientRect().height, moved: false, frame: 0 };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const el = sheet.current;
    if (!d || d.id !== e.pointerId || !el) return;
    const dy = d.startY - e.clientY;
    if (!d.moved && Math.abs(dy) < DRAG_THRESHOLD_PX) return;
    d.moved = true;
    el.style.height = `${Math.max(0, Math.min(d.availablePx, d.startPx + dy))}px`;
    // The map follows the sheet once a frame, not on every pointer event.
    d.frame ||= requestAnimationFrame(() => {
      d.frame = 0;
      useMapStore.getState().map?.resize();
    });
  };
  const onPointerEnd = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const el = sheet.current;
    if (!d || d.id !== e.pointerId) return;
    drag.current = null;
    if (d.frame) cancelAnimationFrame(d.frame);
    if (!d.moved || !el) return;
    suppressClick.current = true;
    const heldPx = el.getBoundingClientRect().height;
    el.style.height = '';
    const settled = snapSheetSize(heldPx, d.availablePx);
    setSize(settled);
    // Same size as before the drag: no store change, so resize here.
    if (settled === size) requestAnimationFrame(() => useMapStore.getState().map?.resize());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const next = sheetSizeAfterKey(e.key, size);
    if (next === null) return;
    e.preventDefault();
    setSize(next);
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={sheetHandleLabel(size)}
      aria-expanded={size !== 'collapsed'}
      onClick={() => {
        if (suppressClick.current) return void (suppressClick.current = false);
        setSize(nextSheetSize(size));
      }}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
    >
      <span className="sheet-handle__grip" aria-hidden="true" />
    </button>
  );
}
