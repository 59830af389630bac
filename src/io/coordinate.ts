// One coordinate cell → a number, or the reason it is not one. Coordinates never need thousands
// separators (|value| ≤ 180), so a single comma between digits ("45,5") can only be a decimal comma:
// it is accepted as 45.5 and counted, so the preview can say so.
export type CoordinateKind = 'latitude' | 'longitude';
export type RejectCode = 'missing' | 'not_a_number' | 'out_of_range' | 'outside_north_america' | 'duplicate' | 'malformed' | 'geometry' | 'too_long';

export type CoordinateResult = { ok: true; value: number; decimalComma: boolean } | { ok: false; code: RejectCode; message: string };

const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

export function parseCoordinate(raw: unknown, kind: CoordinateKind): CoordinateResult {
  if (typeof raw === 'number') return rangeCheck(raw, kind, false, String(raw));
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return { ok: false, code: 'missing', message: `${kind} is empty` };
  const decimalComma = DECIMAL_COMMA.test(text);
  const v = decimalComma ? Number(text.replace(',', '.')) : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
  return rangeCheck(v, kind, decimalComma, text);
}

/** Why a value that is not a finite number was refused, in the user's terms. */
function notFinite(v: number, kind: CoordinateKind, text: string): string {
  const shown = `"${text.slice(0, 40)}${text.length > 40 ? '…' : ''}"`;
  if (/^[+-]?nan$/i.test(text)) return `${kind} is NaN (not a number)`;
  if (/^[+-]?(infinity|inf)$/i.test(text)) return `${kind} is infinite (${text})`;
  // A numeric literal beyond ±1.8e308 parses to ±Infinity: say it overflowed rather than "not a number".
  if (v === Infinity || v === -Infinity) return `${kind} ${shown} is too large to be a number (overflows to infinity)`;
  return `${kind} ${shown} is not a number`;
}

function rangeCheck(v: number, kind: CoordinateKind, decimalComma: boolean, text: string): CoordinateResult {
  if (!Number.isFinite(v)) return { ok: false, code: 'not_a_number', message: notFinite(v, kind, text) };
  const limit = kind === 'latitude' ? 90 : 180;
  if (Math.abs(v) > limit) return { ok: false, code: 'out_of_range', message: `${kind} ${v} is outside ±${limit}°` };
  return { ok: true, value: v, decimalComma };
}

/** Coordinates are kept and written to 6 decimals (~0.1 m): sites, exports, the CLI's GeoJSON. */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
