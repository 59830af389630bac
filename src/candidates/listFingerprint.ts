// A short fingerprint of a candidate list (every field of every site, in order), to tell whether a
// stored undo history belongs to the list the app holds. Two 32-bit hashes and the count: a false
// match would need two collisions on lists of the same length. Hashing 100,000 sites takes a few
// hundred ms in a browser, so the list is hashed in slices with a pause between them.
import type { Candidate } from './types';

const SLICE = 5_000;

export async function listFingerprint(list: readonly Candidate[], pause: () => Promise<void> = async () => {}): Promise<string> {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ list.length;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b ^ ch, 0x5bd1e995);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  };
  // Positions are stored to 6 decimals: hashed as integers (String() of 200,000 floats is slow).
  const num = (x: number) => {
    const v = Math.round(x * 1e6);
    a = Math.imul(a ^ (v | 0), 0x01000193);
    b = Math.imul(b ^ ((v / 4294967296) | 0), 0x5bd1e995);
  };
  for (let from = 0; from < list.length; from += SLICE) {
    if (from > 0) await pause();
    for (let i = from; i < Math.min(list.length, from + SLICE); i++) {
      const c = list[i];
      add(c.id);
      add(c.name);
      num(c.lon);
      num(c.lat);
      num(c.starred ? 1 : 0);
      for (const k in c.props) {
        add(k);
        add(String(c.props[k]));
      }
    }
  }
  return `${list.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
