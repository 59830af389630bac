// A growable UTF-8 byte buffer for writing large files piece by piece (the exports). Writing bytes
// instead of building strings means text that repeats on every row (a data source, a column name) is
// encoded once and then copied, and no JS string of the file's size is ever made: the buffer is handed
// to a Blob (which copies it) and reused. Text is encoded as Blob and TextEncoder encode it (a lone
// surrogate becomes U+FFFD), so the bytes are those of the file the same text would have made.
const encoder = new TextEncoder();

/** UTF-8 bytes of a text (to cache text that is written many times). */
export const utf8 = (s: string): Uint8Array => encoder.encode(s);

export class ByteSink {
  private buf: Uint8Array<ArrayBuffer>;
  /** Bytes written so far. */
  length = 0;

  constructor(initialBytes = 1 << 20) {
    this.buf = new Uint8Array(initialBytes);
  }

  private reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** Bytes already encoded (cached text). */
  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  /** One byte (an ASCII character code). */
  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  /** Text known to be ASCII (a number's digits, a fixed separator). */
  ascii(s: string): void {
    this.reserve(s.length);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /** Any text, as UTF-8. */
  text(s: string): void {
    // Short ASCII text (names, ids, times) byte by byte; anything else through the encoder.
    if (s.length <= 64) {
      this.reserve(s.length);
      const buf = this.buf;
      let at = this.length;
      let i = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[at++] = c;
      }
      if (i === s.length) {
        this.length = at;
        return;
      }
    }
    this.reserve(s.length * 3);
    this.length += encoder.encodeInto(s, this.buf.subarray(this.length)).written;
  }

  /** What has been written (a view: valid until the next write or reset). */
  view(): Uint8Array<ArrayBuffer> {
    return this.buf.subarray(0, this.length);
  }

  /** Empties the sink (keeps its memory for the next piece). */
  reset(): void {
    this.length = 0;
  }
}
