import { describe, expect, test } from 'vitest';
import { highlightPieces } from '../../src/elements/paste-highlight.ts';

describe('highlightPieces', () => {
  test('keeps a short paste whole and marks exactly the evidence', () => {
    expect(highlightPieces('abc def ghi', [{ start: 4, end: 7 }])).toEqual([
      { text: 'abc ', kind: 'text' },
      { text: 'def', kind: 'mark' },
      { text: ' ghi', kind: 'text' },
    ]);
  });

  test('shows only the stretches around matches in a long paste, with gaps for the rest', () => {
    const text = `${'a'.repeat(5000)}MATCH${'b'.repeat(5000)}`;
    const pieces = highlightPieces(text, [{ start: 5000, end: 5005 }], 1000, 10);
    expect(pieces).toEqual([
      { text: '…', kind: 'gap' },
      { text: 'a'.repeat(10), kind: 'text' },
      { text: 'MATCH', kind: 'mark' },
      { text: 'b'.repeat(10), kind: 'text' },
      { text: '…', kind: 'gap' },
    ]);
  });

  test('merges nearby matches into one stretch and stays within its budget', () => {
    const text = 'x'.repeat(100_000);
    const spans = Array.from({ length: 50 }, (_, k) => ({ start: 1000 * k + 500, end: 1000 * k + 510 }));
    const pieces = highlightPieces(text, spans, 2000, 100);
    const shown = pieces.filter((piece) => piece.kind !== 'gap').reduce((sum, piece) => sum + piece.text.length, 0);
    expect(shown).toBeLessThanOrEqual(2000);
    expect(pieces.filter((piece) => piece.kind === 'mark').length).toBeGreaterThan(0);
  });

  test('shows the start of a long paste with no evidence', () => {
    const pieces = highlightPieces('y'.repeat(10_000), [], 100);
    expect(pieces).toEqual([
      { text: 'y'.repeat(100), kind: 'text' },
      { text: '…', kind: 'gap' },
    ]);
  });

  test('ignores spans outside the text', () => {
    expect(highlightPieces('abc', [{ start: 2, end: 9 }])).toEqual([{ text: 'abc', kind: 'text' }]);
  });
});
