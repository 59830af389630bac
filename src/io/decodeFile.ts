// Bytes of an imported file → text, or why it cannot be read, before any parsing: the size limit
// (checked from File.size, so an oversized file is never read), UTF-16 (decoded by its byte-order
// mark), and binary files (refused rather than parsed into thousands of "malformed" rows).

/** Largest file the import reads. A 100,000-row CSV with a dozen columns is ~10 MB; a 10 MB cell fits. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Null when the size is fine, else the message to show (no bytes read yet). */
export function sizeProblem(size: number): string | null {
  if (size > MAX_IMPORT_BYTES) return `the file is ${mb(size)}; the import reads files up to ${mb(MAX_IMPORT_BYTES)}. Split it, or drop columns you do not need.`;
  return null;
}

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; message: string };

/** Share of NUL / control bytes (other than tab, CR, LF, FF) in the first 64 KB above which a file is binary. */
const BINARY_SHARE = 0.05;

function controlShare(bytes: Uint8Array): { nul: number; control: number; evenNul: number; oddNul: number; n: number } {
  const n = Math.min(bytes.length, 65536);
  let nul = 0, control = 0, evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) (nul++, i % 2 === 0 ? evenNul++ : oddNul++);
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return { nul, control, evenNul, oddNul, n };
}

/** The app's import: the size limit (a browser tab's memory), then decodeTextBytes. */
export function decodeImportBytes(bytes: Uint8Array): Decoded {
  const size = sizeProblem(bytes.length);
  if (size) return { ok: false, message: size };
  return decodeTextBytes(bytes);
}

/** Text of a sites file by its byte-order mark, or why it is not text (the CLI reads any size). */
export function decodeTextBytes(bytes: Uint8Array): Decoded {
  // UTF-16 with a byte-order mark (Excel's "Unicode text" and some Windows tools write it).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const s = controlShare(bytes);
  // ASCII text in UTF-16 without a mark: every other byte is NUL.
  if (s.n >= 4 && s.nul > s.n * 0.3 && (s.evenNul < s.nul * 0.1 || s.oddNul < s.nul * 0.1)) {
    return { ok: false, message: 'the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with BOM) and import again' };
  }
  if (s.n > 0 && (s.nul + s.control) / s.n > BINARY_SHARE) {
    return { ok: false, message: 'the file is binary (not CSV or GeoJSON text) — e.g. a spreadsheet (.xlsx) or archive; export it as CSV first' };
  }
  // Invalid UTF-8 sequences become U+FFFD rather than failing the whole file; rows they break are reported.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}
