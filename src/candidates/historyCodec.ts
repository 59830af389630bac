// Undo history in a form that can be stored. In memory each undo step holds a whole list, but the
// lists share their candidate objects, so a step is stored as how to rebuild it from its neighbour:
// runs of the neighbour's entries copied in order, and the candidates the neighbour does not have.
// Deleting one site of 100,000 stores one run pair and one candidate instead of 100,000 sites.
import type { Candidate } from './types';

/** One step rebuilt from its base list: `ops` are [start, length] copies of the base (length > 0) or [index, -1] a literal. */
export interface EncodedStep {
  label: string;
  ops: number[];
  literals: Candidate[];
}

/** How `list` is rebuilt from `base`, by object identity (the way the store shares unchanged candidates). */
export function encodeStep(label: string, list: readonly Candidate[], base: readonly Candidate[], baseIndex: Map<Candidate, number> = indexOf(base)): EncodedStep {
  const ops: number[] = [];
  const literals: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const at = baseIndex.get(list[i]);
    if (at === undefined) {
      ops.push(literals.length, -1);
      literals.push(list[i]);
      continue;
    }
    const n = ops.length;
    // Extends the previous copy when this entry follows it in the base.
    if (n > 0 && ops[n - 1] > 0 && ops[n - 2] + ops[n - 1] === at) ops[n - 1]++;
    else ops.push(at, 1);
  }
  return { label, ops, literals };
}

export function indexOf(list: readonly Candidate[]): Map<Candidate, number> {
  const m = new Map<Candidate, number>();
  for (let i = 0; i < list.length; i++) m.set(list[i], i);
  return m;
}

/** The list a step encodes; null when the step does not fit this base (another list, a damaged record). */
export function decodeStep(step: EncodedStep, base: readonly Candidate[]): Candidate[] | null {
  const out: Candidate[] = [];
  const { ops, literals } = step;
  if (!Array.isArray(ops) || ops.length % 2 !== 0 || !Array.isArray(literals)) return null;
  for (let k = 0; k < ops.length; k += 2) {
    const a = ops[k];
    const n = ops[k + 1];
    if (n === -1) {
      const c = literals[a];
      if (!c) return null;
      out.push(c);
    } else {
      if (!(Number.isInteger(a) && Number.isInteger(n) && a >= 0 && n > 0 && a + n <= base.length)) return null;
      for (let i = a; i < a + n; i++) out.push(base[i]);
    }
  }
  return out;
}

export interface HistoryLists {
  past: { label: string; candidates: Candidate[] }[];
  future: { label: string; candidates: Candidate[] }[];
}

/** Encoded steps by their list, with the base each was encoded against. */
export type StepCache = WeakMap<readonly Candidate[], { base: readonly Candidate[]; step: EncodedStep }>;

export interface EncodedHistory {
  /** Nearest to the current list first: past[0] rebuilds from the current list, past[1] from past[0], … */
  past: EncodedStep[];
  future: EncodedStep[];
}

/**
 * The history's steps nearest the current list, each encoded against its neighbour, until `maxSteps`
 * or `maxLiterals` stored candidates (a bulk edit of 100,000 sites stores 100,000 old versions).
 */
export function encodeHistory(h: HistoryLists, current: readonly Candidate[], opts: { maxSteps: number; maxLiterals: number; cache?: StepCache }): EncodedHistory {
  let literals = 0;
  const cache = opts.cache ?? new WeakMap();
  const side = (entries: HistoryLists['past']): EncodedStep[] => {
    const out: EncodedStep[] = [];
    let base = current;
    for (let i = entries.length - 1; i >= 0 && out.length < opts.maxSteps; i--) {
      const list = entries[i].candidates;
      // A step already encoded against the same base is reused: a save after one more edit encodes one step.
      const hit = cache.get(list);
      const step = hit && hit.base === base && hit.step.label === entries[i].label ? hit.step : encodeStep(entries[i].label, list, base);
      cache.set(list, { base, step });
      if (literals + step.literals.length > opts.maxLiterals) break;
      literals += step.literals.length;
      out.push(step);
      base = entries[i].candidates;
    }
    return out;
  };
  const past = side(h.past);
  return { past, future: side(h.future) };
}

/** The history back as lists (oldest first, as the store keeps them); a step that does not decode ends its side. */
export function decodeHistory(e: EncodedHistory, current: readonly Candidate[], cache?: StepCache): HistoryLists {
  const side = (steps: EncodedStep[] | undefined) => {
    const out: HistoryLists['past'] = [];
    let base: readonly Candidate[] = current;
    for (const step of Array.isArray(steps) ? steps : []) {
      const list = decodeStep(step, base);
      if (!list || typeof step.label !== 'string') break;
      // The next save re-encodes nothing it just read.
      cache?.set(list, { base, step });
      out.unshift({ label: step.label, candidates: list });
      base = list;
    }
    return out;
  };
  return { past: side(e.past), future: side(e.future) };
}
