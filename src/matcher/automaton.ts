// Aho–Corasick over squeezed text: every pattern found in one linear pass, however many patterns there are.
import { squeezedAlphabet, squeezedAlphabetSize as W } from './normalise.ts';

/** A deterministic automaton recognising a set of squeezed patterns. */
export interface Automaton {
  /** Transition table: `next[state * 36 + code]`. */
  next: Int32Array;
  /** The pattern that ends exactly at each state, or -1. */
  output: Int32Array;
  /** The nearest state down the failure chain that ends a pattern, or -1. */
  dictionary: Int32Array;
}

/** Builds the automaton for squeezed patterns; pattern i is reported as i. Duplicates report the first. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  let capacity = 1;
  for (const pattern of patterns) capacity += pattern.length;
  const next = new Int32Array(capacity * W).fill(-1);
  const output = new Int32Array(capacity).fill(-1);
  let count = 1;
  patterns.forEach((pattern, id) => {
    let state = 0;
    for (const ch of pattern) {
      const code = squeezedAlphabet.indexOf(ch);
      if (code < 0) continue;
      let target = next[state * W + code]!;
      if (target < 0) {
        target = count++;
        next[state * W + code] = target;
      }
      state = target;
    }
    if (state > 0 && output[state]! < 0) output[state] = id;
  });

  const fail = new Int32Array(count);
  const dictionary = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  for (let code = 0; code < W; code++) {
    const target = next[code]!;
    if (target < 0) next[code] = 0;
    else queue[tail++] = target;
  }
  while (head < tail) {
    const state = queue[head++]!;
    const failBase = fail[state]! * W;
    for (let code = 0; code < W; code++) {
      const target = next[state * W + code]!;
      if (target < 0) {
        next[state * W + code] = next[failBase + code]!;
      } else {
        const f = next[failBase + code]!;
        fail[target] = f;
        dictionary[target] = output[f]! >= 0 ? f : dictionary[f]!;
        queue[tail++] = target;
      }
    }
  }
  return { next: next.subarray(0, count * W), output: output.subarray(0, count), dictionary };
}

/** Runs the automaton over squeezed text, calling `found(pattern, lastIndex)` for every occurrence. */
export function scan(automaton: Automaton, squeezed: Uint8Array, found: (pattern: number, lastIndex: number) => void): void {
  const { next, output, dictionary } = automaton;
  let state = 0;
  for (let i = 0; i < squeezed.length; i++) {
    state = next[state * W + squeezed[i]!]!;
    let hit = output[state]! >= 0 ? state : dictionary[state]!;
    while (hit >= 0) {
      found(output[hit]!, i);
      hit = dictionary[hit]!;
    }
  }
}
