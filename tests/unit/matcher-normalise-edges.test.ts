// normalise at its edges: a paste that only looks verbatim, the code 0, terminal titles at the very start, the reused
// buffers of the paste box, and the two ways a long decoded paste is turned back into a string.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { normalise } from '../../src/matcher/normalise.ts';

describe('a paste that reads as itself only in part', () => {
  test('fullwidth letters are read as ASCII even when every other char stands for itself', () => {
    // `[`, `&` and `^` start a decoding attempt and come back as themselves: the fullwidth letters must still be read.
    expect(normalise('Ｅｒｒｏｒ [x] & ^ ok').plain).toBe('Error [x] & ^ ok');
    expect(normalise('[x] Ｅｒｒｏｒ').plain).toBe('[x] Error');
  });

  test('a paste of plain ASCII with those chars is its own reading', () => {
    const text = 'a [b] & c ^ d';
    const { plain, plainStart, plainEnd } = normalise(text);
    expect(plain).toBe(text);
    expect(Array.from(plainStart)).toEqual(Array.from(text, (_, k) => k));
    expect(Array.from(plainEnd)).toEqual(Array.from(text, (_, k) => k + 1));
  });
});

describe('decoded chars', () => {
  test('the code 0 is a char like any other: an escaped NUL is kept, not dropped', () => {
    const { plain, plainStart, plainEnd } = normalise('a\\u0000b');
    expect(plain).toBe('a\u0000b');
    expect([plainStart[1], plainEnd[1]]).toEqual([1, 7]);
  });

  test('a terminal title at the very start of the paste is skipped up to its own end', () => {
    expect(normalise('\u001b]0;my title\u0007API Error').plain).toBe('API Error');
    expect(normalise('\u001b]0;my title\u001b\\API Error').plain).toBe('API Error');
  });

  test('a separator a decoder drops still separates words', () => {
    // The ANSI code between two words reads as nothing; the words stay two words, as with a space.
    const { squeezed, wordStart } = normalise('out\u001b[0musage');
    const spaced = normalise('out usage');
    expect(Array.from(squeezed)).toEqual(Array.from(spaced.squeezed));
    expect(Array.from(wordStart)).toEqual([1, 0, 0, 1, 0, 0, 0, 0]);
    expect(Array.from(wordStart)).toEqual(Array.from(spaced.wordStart));
  });
});

describe('reused buffers (the paste box reads every keystroke with them)', () => {
  test('give the same reading as fresh ones, growing for a longer paste', () => {
    const short = 'API Error: 529 \\"overloaded\\"';
    const long = `${'\\u0041'.repeat(3000)} then ${'x'.repeat(5000)}`;
    for (const text of [short, long, short, `${long}${long}`]) {
      const fresh = normalise(text);
      const reused = normalise(text, true);
      expect(reused.plain).toBe(fresh.plain);
      expect(Array.from(reused.plainStart)).toEqual(Array.from(fresh.plainStart));
      expect(Array.from(reused.squeezed)).toEqual(Array.from(fresh.squeezed));
      expect(Array.from(reused.wordStart)).toEqual(Array.from(fresh.wordStart));
    }
  });

  test('are one buffer across calls of the same or a smaller size, so the last reading overwrites the one before', () => {
    const first = normalise('abcdef', true);
    const second = normalise('uvwxyz', true);
    expect(second.plainStart.buffer).toBe(first.plainStart.buffer);
    expect(Array.from(first.squeezed)).toEqual(Array.from(normalise('uvwxyz').squeezed));
    const third = normalise('pq', true);
    expect(third.plainStart.buffer).toBe(first.plainStart.buffer);
  });

  test('grow at least twofold, so a paste typed a char at a time does not allocate on every keystroke', () => {
    // Larger than anything read before in this file, so the buffer grows from this size.
    normalise('x'.repeat(100_000), true);
    const grown = normalise('x'.repeat(100_001), true);
    const again = normalise('x'.repeat(199_999), true);
    expect(again.plainStart.buffer).toBe(grown.plainStart.buffer);
    // Past the doubling, the buffer fits the paste.
    const big = normalise('x'.repeat(500_000), true);
    expect(big.plainStart.buffer).not.toBe(grown.plainStart.buffer);
    expect(big.plain.length).toBe(500_000);
  });

  test('do not change what a fresh reading returns', () => {
    const fresh = normalise('kept \\"as\\" is');
    normalise('something else entirely, and longer than the first', true);
    expect(fresh.plain).toBe('kept "as" is');
    expect(Array.from(fresh.squeezed)).toEqual(Array.from(normalise('kept "as" is').squeezed));
  });
});

describe('a long decoded paste turned back into a string', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  // Escaped, so the reading is built char by char; lone surrogates show which way it was turned back.
  /** A paste that decodes to `length` chars: an escaped quote, letters, a lone surrogate last. */
  const decodedPaste = (length: number) => `\\"${'a'.repeat(length - 2)}\ud800`;

  test('up to 4,096 chars keeps a lone surrogate as it is; longer ones go through the decoder, which may replace it', () => {
    expect(normalise(decodedPaste(4096)).plain).toBe(`"${'a'.repeat(4094)}\ud800`);
    // Node's UTF-16 decoder replaces a lone surrogate, keeping the length the evidence spans rely on.
    expect(normalise(decodedPaste(4097)).plain).toBe(`"${'a'.repeat(4095)}\ufffd`);
  });

  test('without a TextDecoder, a paste longer than one chunk is still turned back whole, in order', async () => {
    vi.stubGlobal('TextDecoder', undefined);
    vi.resetModules();
    const { normalise: withoutDecoder } = await import('../../src/matcher/normalise.ts');
    const parts = Array.from({ length: 30 }, (_, k) => `part ${k};`)
      .join('')
      .repeat(200);
    const text = `\\"${parts}\\"`;
    const plain = withoutDecoder(text).plain;
    expect(plain).toBe(`"${parts}"`);
    expect(plain.length).toBeGreaterThan(2 * 8192);
    expect(withoutDecoder(decodedPaste(9000)).plain.at(-1)).toBe('\ud800');
  });
});
