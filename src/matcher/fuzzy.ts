// Typo tolerance for long phrases: a phrase split into k+2 pieces keeps one piece intact under k edits,
// so exact piece hits (found by the automaton) point at the few places worth an edit-distance check.
import { squeezedAlphabet } from './normalise.ts';

/** Phrases shorter than this (squeezed) must match exactly. */
const shortestFuzzyPhrase = 16;

/** How many edits a squeezed phrase of this length may differ by: 0 for short, 1 for long, 2 for very long. */
export function allowedEdits(length: number): number {
  return length >= 40 ? 2 : length >= shortestFuzzyPhrase ? 1 : 0;
}

/** A piece of a phrase: its text and where it starts in the phrase. */
export interface PhrasePiece {
  text: string;
  offset: number;
}

/** Splits a phrase into `edits + 2` near-equal pieces: one survives intact even when a swap straddles two. */
export function phrasePieces(phrase: string, edits: number): PhrasePiece[] {
  const count = edits + 2;
  const pieces: PhrasePiece[] = [];
  for (let k = 0; k < count; k++) {
    const start = Math.floor((k * phrase.length) / count);
    const end = Math.floor(((k + 1) * phrase.length) / count);
    pieces.push({ text: phrase.slice(start, end), offset: start });
  }
  return pieces;
}

/** A phrase found with edits: squeezed start (inclusive), end (exclusive) and how many edits it took. */
interface FuzzyHit {
  start: number;
  end: number;
  edits: number;
}

/** Encodes a squeezed phrase string as alphabet codes. */
export function phraseCodes(phrase: string): Uint8Array {
  const codes = new Uint8Array(phrase.length);
  for (let k = 0; k < phrase.length; k++) codes[k] = squeezedAlphabet.indexOf(phrase[k]!);
  return codes;
}

/** Reused DP columns (grown on demand): a check allocates nothing. */
let columns = Array.from({ length: 6 }, () => new Int32Array(0));

/**
 * The best match of `pattern` within `squeezed[from, to)` with at most `edits` edits, or null, for a window placed by
 * an intact piece: `from` = the phrase's expected start - edits, `to` = its expected end + edits.
 */
export function approximateMatch(squeezed: Uint8Array, from: number, to: number, pattern: Uint8Array, edits: number): FuzzyHit | null {
  // Sellers' algorithm (free start in the text) with adjacent transpositions counted as one edit, kept to the band of
  // diagonals a match with at most `edits` edits can use: a path that leaves it has spent more than `edits` already.
  const m = pattern.length;
  if (columns[0]!.length < m + 1) columns = Array.from({ length: 6 }, () => new Int32Array(m + 1));
  let [before, beforeStart, cost, start, next, nextStart] = columns as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const over = edits + 1;
  // Diagonal x + 1 - r of a cell: the text chars a path has consumed beyond the pattern chars, offset by its start.
  const lowDiagonal = from - edits;
  const highDiagonal = to - m + edits;
  for (let r = 0; r <= m; r++) {
    cost[r] = r <= edits ? r : over;
    start[r] = from;
    before[r] = over;
  }
  let best: FuzzyHit | null = null;
  for (let x = from; x < to; x++) {
    const ch = squeezed[x]!;
    const previous = x > from ? squeezed[x - 1]! : -1;
    next[0] = 0;
    nextStart[0] = x + 1;
    const firstRow = Math.max(1, x + 1 - highDiagonal);
    const lastRow = Math.min(m, x + 1 - lowDiagonal);
    if (firstRow > 1) next[firstRow - 1] = over;
    let low = over;
    for (let r = firstRow; r <= lastRow; r++) {
      let value = cost[r - 1]! + (pattern[r - 1] === ch ? 0 : 1);
      let origin = start[r - 1]!;
      if (cost[r]! + 1 < value) {
        value = cost[r]! + 1;
        origin = start[r]!;
      }
      if (next[r - 1]! + 1 < value) {
        value = next[r - 1]! + 1;
        origin = nextStart[r - 1]!;
      }
      if (r >= 2 && previous === pattern[r - 1] && ch === pattern[r - 2] && before[r - 2]! + 1 < value) {
        value = before[r - 2]! + 1;
        origin = beforeStart[r - 2]!;
      }
      next[r] = value > over ? over : value;
      nextStart[r] = origin;
      if (value < low) low = value;
    }
    if (lastRow < m) next[lastRow + 1] = over;
    if (lastRow === m) {
      const distance = next[m]!;
      if (distance <= edits && (best === null || distance < best.edits)) best = { start: nextStart[m]!, end: x + 1, edits: distance };
    }
    [before, cost, next] = [cost, next, before];
    [beforeStart, start, nextStart] = [start, nextStart, beforeStart];
    // Past the columns where a match may start, a band already over budget can only grow: nothing further can match.
    // (A transposition reaches back two columns, but a cell it could use would have made one in this column fit.)
    if (firstRow > 1 && low > edits) return best;
  }
  return best;
}

/** The code of the first digit: the squeezed alphabet puts the letters before the digits. */
const firstDigit = squeezedAlphabet.indexOf('0');

/**
 * Whether a typo-tolerant hit has the phrase's digits, in order and no others: an edit may fix a word, never a number, so
 * "429 status code" is not "529 status code" one edit away.
 */
export function sameDigits(squeezed: Uint8Array, start: number, end: number, pattern: Uint8Array): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const code = squeezed[i]!;
    if (code < firstDigit) continue;
    while (k < pattern.length && pattern[k]! < firstDigit) k++;
    if (pattern[k] !== code) return false;
    k++;
  }
  for (; k < pattern.length; k++) if (pattern[k]! >= firstDigit) return false;
  return true;
}

/** How to look for one phrase with typos: its codes, the edits allowed and the automaton patterns of its pieces. */
export interface FuzzyPlan {
  codes: Uint8Array;
  edits: number;
  pieces: { pattern: number; offset: number; length: number }[];
}

/** The first typo-tolerant hit of a phrase near exact hits of its pieces, within a budget of checks, or null. */
export function findFuzzy(
  plan: FuzzyPlan,
  loose: (number[] | undefined)[],
  squeezed: Uint8Array,
  mayCheck: () => boolean,
  accept: (hit: [number, number]) => boolean,
): [number, number] | null {
  const m = plan.codes.length;
  let tried: number[] | undefined;
  for (const piece of plan.pieces) {
    const ends = loose[piece.pattern];
    if (!ends) continue;
    for (const last of ends) {
      const start = last - piece.length + 1 - piece.offset;
      // Two pieces of one placement point at the same start: check it once.
      if (tried?.includes(start)) continue;
      (tried ??= []).push(start);
      if (!mayCheck()) return null;
      const from = Math.max(0, start - plan.edits);
      const to = Math.min(squeezed.length, start + m + plan.edits);
      const hit = approximateMatch(squeezed, from, to, plan.codes, plan.edits);
      if (hit && hit.end > hit.start && sameDigits(squeezed, hit.start, hit.end, plan.codes) && accept([hit.start, hit.end])) {
        return [hit.start, hit.end];
      }
    }
  }
  return null;
}
