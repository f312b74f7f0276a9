import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximateMatch, phraseCodes, sameDigits } from '../../src/matcher/fuzzy.ts';

/** The plain, unbanded form of the same search: every row of every column, as the matcher first did it. */
function reference(text: Uint8Array, from: number, to: number, pattern: Uint8Array, edits: number) {
  const m = pattern.length;
  let before = new Int32Array(m + 1);
  let beforeStart = new Int32Array(m + 1);
  let cost = Int32Array.from({ length: m + 1 }, (_, r) => r);
  let start = new Int32Array(m + 1).fill(from);
  let next = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  let best: { start: number; end: number; edits: number } | null = null;
  for (let x = from; x < to; x++) {
    const ch = text[x]!;
    const previous = x > from ? text[x - 1]! : -1;
    next[0] = 0;
    nextStart[0] = x + 1;
    for (let r = 1; r <= m; r++) {
      let value = cost[r - 1]! + (pattern[r - 1] === ch ? 0 : 1);
      let origin = start[r - 1]!;
      if (cost[r]! + 1 < value) [value, origin] = [cost[r]! + 1, start[r]!];
      if (next[r - 1]! + 1 < value) [value, origin] = [next[r - 1]! + 1, nextStart[r - 1]!];
      if (r >= 2 && previous === pattern[r - 1] && ch === pattern[r - 2] && before[r - 2]! + 1 < value)
        [value, origin] = [before[r - 2]! + 1, beforeStart[r - 2]!];
      next[r] = value;
      nextStart[r] = origin;
    }
    if (next[m]! <= edits && (best === null || next[m]! < best.edits)) best = { start: nextStart[m]!, end: x + 1, edits: next[m]! };
    [before, cost, next] = [cost, next, before];
    [beforeStart, start, nextStart] = [start, nextStart, beforeStart];
  }
  return best;
}

const codes = (length: { minLength: number; maxLength: number }, letters = 4) =>
  fc.array(fc.integer({ min: 0, max: letters - 1 }), length).map((values) => Uint8Array.from(values));

describe('approximateMatch (typo-tolerant phrase search)', () => {
  it('finds what the full search finds, in any window, though it computes only the band a match can use', () => {
    fc.assert(
      fc.property(
        codes({ minLength: 3, maxLength: 24 }),
        codes({ minLength: 0, maxLength: 48 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(),
        fc.nat(),
        (pattern, text, edits, a, b) => {
          const from = text.length === 0 ? 0 : a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          expect(approximateMatch(text, from, to, pattern, edits)).toEqual(reference(text, from, to, pattern, edits));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('stops early only where the full search finds nothing more: many letters, so most windows go over budget', () => {
    fc.assert(
      fc.property(
        codes({ minLength: 3, maxLength: 40 }, 26),
        codes({ minLength: 0, maxLength: 60 }, 26),
        fc.integer({ min: 0, max: 2 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (pattern, text, edits, a, b, plant) => {
          let from = text.length === 0 ? 0 : a % (text.length + 1);
          let to = from + (b % (text.length - from + 1));
          // Half the time the pattern sits in the window with one letter changed, a few letters in from either edge, so
          // matches that start late or end near the cut-off are tried too.
          if (plant % 2 === 0 && text.length > pattern.length) {
            const at = plant % (text.length - pattern.length);
            text.set(pattern, at);
            text[at + (plant % pattern.length)] = (text[at + (plant % pattern.length)]! + 1) % 26;
            from = Math.max(0, at - (a % 4));
            to = Math.min(text.length, at + pattern.length + (b % 4));
          }
          expect(approximateMatch(text, from, to, pattern, edits)).toEqual(reference(text, from, to, pattern, edits));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('takes one swap of neighbours, one missing, one extra or one wrong letter as one edit', () => {
    const phrase = Uint8Array.from([0, 1, 2, 3, 0, 1, 2, 3]);
    const variants = [
      [0, 1, 3, 2, 0, 1, 2, 3], // swapped
      [0, 1, 2, 0, 1, 2, 3], // one missing
      [0, 1, 2, 3, 3, 0, 1, 2, 3], // one extra
      [0, 1, 2, 3, 0, 0, 2, 3], // one wrong
    ].map((values) => Uint8Array.from(values));
    for (const text of variants) expect(approximateMatch(text, 0, text.length, phrase, 1)?.edits).toBe(1);
    expect(approximateMatch(Uint8Array.from([0, 1, 3, 2, 0, 0, 2, 3]), 0, 8, phrase, 1)).toBeNull();
  });

  it('still finds an exact match that starts after a first letter that does not fit', () => {
    expect(approximateMatch(Uint8Array.from([9, 0, 1]), 0, 3, Uint8Array.from([0, 1]), 0)).toEqual({ start: 1, end: 3, edits: 0 });
  });

  it('says where the match starts and ends inside a longer text', () => {
    const text = Uint8Array.from([3, 3, 0, 1, 2, 2, 1, 3, 3]);
    expect(approximateMatch(text, 0, text.length, Uint8Array.from([0, 1, 2, 3, 1]), 1)).toEqual({ start: 2, end: 7, edits: 1 });
  });
});

describe('sameDigits (a typo may change a word, never a number)', () => {
  const check = (text: string, phrase: string) => {
    const squeezed = phraseCodes(text);
    return sameDigits(squeezed, 0, squeezed.length, phraseCodes(phrase));
  };

  it.each([
    ['the same digits among changed letters', '529statuscodenobdy', '529statuscodenobody'],
    ['no digits on either side', 'overlaoded', 'overloaded'],
    ['digits split by letters as in the phrase', 'opus45limt7d', 'opus45limit7d'],
  ])('accepts %s', (_, text, phrase) => {
    expect(check(text, phrase)).toBe(true);
  });

  it.each([
    ['a digit changed', '429statuscodenobody', '529statuscodenobody'],
    ['a digit dropped', '29statuscodenobody', '529statuscodenobody'],
    ['a digit added', '5290statuscodenobody', '529statuscodenobody'],
    ['a digit where the phrase has a letter', 'opus4limit', 'opuslimit'],
    ['two digits swapped', '592statuscode', '529statuscode'],
  ])('refuses %s', (_, text, phrase) => {
    expect(check(text, phrase)).toBe(false);
  });

  it('reads only the hit’s span of the text', () => {
    const squeezed = phraseCodes('429x529statuscode');
    expect(sameDigits(squeezed, 4, squeezed.length, phraseCodes('529statuscode'))).toBe(true);
    expect(sameDigits(squeezed, 0, squeezed.length, phraseCodes('529statuscode'))).toBe(false);
  });
});
