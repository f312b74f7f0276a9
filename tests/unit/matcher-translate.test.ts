// translateKnown(): known translated wordings swapped for their English, and offsets mapped back onto the paste.
import { describe, expect, test } from 'vitest';
import { translateKnown, translationForms, type Translation } from '../../src/matcher/translate.ts';

const table: Translation[] = [
  { text: '制限に達しました', english: 'limit reached' },
  { text: '5時間の制限に達しました', english: '5-hour limit reached' },
  { text: 'リセット', english: 'resets' },
];

describe('translateKnown', () => {
  test('leaves a paste of ASCII alone, and one with no known wording', () => {
    expect(translateKnown('5-hour limit reached', table)).toBeNull();
    expect(translateKnown('エラーが発生しました', table)).toBeNull();
    expect(translateKnown('制限に達しました', [])).toBeNull();
  });

  test('never looks for a wording all in ASCII: those are phrases of their own', () => {
    expect(translateKnown('reached 制限', [{ text: 'reached', english: 'limit reached' }, ...table])).toBeNull();
  });

  test('swaps each known wording for its English, set apart by spaces', () => {
    expect(translateKnown('通知:制限に達しました。10:00にリセット', table)?.text).toBe('通知: limit reached 。10:00に resets ');
  });

  test('prefers the longer of two wordings that overlap', () => {
    expect(translateKnown('5時間の制限に達しました', table)?.text).toBe(' 5-hour limit reached ');
  });

  test('prefers the longer of two wordings that start at the same place, whichever the table lists first', () => {
    const short: Translation = { text: '制限', english: 'limit' };
    expect(translateKnown('制限に達しました', [short, ...table])?.text).toBe(' limit reached ');
    expect(translateKnown('制限に達しました', [...table, short])?.text).toBe(' limit reached ');
  });

  test('keeps two wordings that touch without overlapping', () => {
    expect(translateKnown('リセットリセット', table)?.text).toBe(' resets  resets ');
  });

  test('finds every occurrence', () => {
    expect(translateKnown('リセット/リセット', table)?.text).toBe(' resets / resets ');
  });

  test('maps offsets back: before, inside and after a swap', () => {
    const paste = 'ab制限に達しましたcd';
    const translated = translateKnown(paste, table)!;
    expect(translated.text).toBe('ab limit reached cd');
    // Before the swap, offsets are the paste's own.
    expect(translated.toPaste(1, false)).toBe(1);
    // Inside the English: a start goes to the wording's start, an end to its end.
    const english = translated.text.indexOf('limit');
    expect(translated.toPaste(english, false)).toBe(2);
    expect(translated.toPaste(english + 'limit reached'.length, true)).toBe(10);
    // An end that stops where the English begins stays before the wording.
    expect(translated.toPaste(2, true)).toBe(2);
    // After it, the shift is the difference in length.
    expect(translated.toPaste(translated.text.indexOf('cd'), false)).toBe(paste.indexOf('cd'));
    expect(translated.toPaste(translated.text.length, true)).toBe(paste.length);
  });

  test('maps offsets after the second of two swaps', () => {
    const paste = '制限に達しましたxリセットy';
    const translated = translateKnown(paste, table)!;
    expect(translated.toPaste(translated.text.indexOf('x'), false)).toBe(paste.indexOf('x'));
    expect(translated.toPaste(translated.text.indexOf('y'), false)).toBe(paste.indexOf('y'));
    expect(translated.toPaste(translated.text.indexOf('resets'), false)).toBe(paste.indexOf('リセット'));
  });
});

describe('translationForms', () => {
  test('adds a fullwidth-digit form for a wording with digits, and only for those', () => {
    const forms = translationForms(table);
    expect(forms.map((form) => form.text)).toEqual(['制限に達しました', '5時間の制限に達しました', '５時間の制限に達しました', 'リセット']);
    expect(forms[2]!.english).toBe('5-hour limit reached');
  });
});
