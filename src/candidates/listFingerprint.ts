// A short fingerprint of a candidate list (every field of every site, in order), to tell whether a
// stored undo history belongs to the list the app holds. Two FNV-1a hashes and the count: a false
// match would need two 32-bit collisions on lists of the same length.
import type { Candidate } from './types';

export function listFingerprint(list: readonly Candidate[]): string {
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
  for (const c of list) {
    add(c.id);
    add(c.name);
    add(String(c.lon));
    add(String(c.lat));
    add(c.starred ? '1' : '0');
    for (const k in c.props) {
      add(k);
      add(String(c.props[k]));
    }
  }
  return `${list.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
