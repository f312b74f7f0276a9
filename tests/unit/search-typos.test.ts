import { describe, expect, test } from 'vitest';
import { variants } from '../../src/catalogue/index.ts';
import { buildVocabulary, correctQuery, editDistance, unknownWords, type Vocabulary } from '../../src/search/vocabulary.ts';

// A small vocabulary, most used first, so each rule of the corrector shows on its own.
const vocabulary: Vocabulary = [
  ['dashboard', 3],
  ['terminal', 2],
  ['uploads', 2],
  ['third-party', 1],
  ['settings', 1],
];

describe('editDistance', () => {
  test('is zero for the same word and counts insertions, deletions and substitutions one each', () => {
    expect(editDistance('usage', 'usage', 2)).toBe(0);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('', 'abc', 5)).toBe(3);
    expect(editDistance('abcd', '', 5)).toBe(4);
  });

  test('counts each swap of neighbours as one edit, but not a swap that is then edited again', () => {
    expect(editDistance('xy', 'yx', 5)).toBe(1);
    expect(editDistance('abcd', 'badc', 5)).toBe(2);
    expect(editDistance('abcdef', 'abcfed', 5)).toBe(2);
    // Optimal string alignment: "ca" to "abc" is three edits, not the two of an unrestricted swap.
    expect(editDistance('ca', 'abc', 5)).toBe(3);
  });

  test('answers one more than the limit as soon as the words are further apart than it', () => {
    expect(editDistance('a', 'abcd', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
});

describe('buildVocabulary', () => {
  const base = variants[0]!;
  const built = buildVocabulary([
    {
      ...base,
      title: 'Quota quota quota',
      summary: 'Quota gone',
      cause: 'The organization quota',
      messages: ['Organization quota exceeded'],
      wordings: [{ ...base.wordings[0]!, surface: 'Terminal' }],
      steps: [{ title: 'Open settings', detail: 'Use the dashboard' }, { title: 'Retry it' }],
    },
  ]);
  const counts = new Map(built);

  test('counts the words of the title, summary, cause, messages, where they print and the steps', () => {
    expect(counts.get('quota')).toBe(6);
    expect(counts.get('gone')).toBe(1);
    expect(counts.get('organization')).toBe(2);
    expect(counts.get('exceeded')).toBe(1);
    expect(counts.get('terminal')).toBe(1);
    expect(counts.get('settings')).toBe(1);
    expect(counts.get('dashboard')).toBe(1);
    expect(counts.get('retry')).toBe(1);
  });

  test('knows the tools’ names, so a tool is no typo, and counts a name the text uses too', () => {
    expect(counts.get('cline')).toBe(1);
    expect(counts.get('windsurf')).toBe(1);
    // "Open WebUI" is a tool and "Open settings" a step.
    expect(counts.get('open')).toBe(2);
  });

  test('leaves out words of one or two letters', () => {
    expect(counts.has('it')).toBe(false);
    expect([...counts.keys()].every((word) => word.length >= 3)).toBe(true);
  });

  test('lists the most used words first, and words used as often in alphabetical order', () => {
    expect(built.slice(0, 4)).toEqual([
      ['quota', 6],
      ['open', 2],
      ['organization', 2],
      ['the', 2],
    ]);
    for (let index = 1; index < built.length; index++) {
      const [previousWord, previousCount] = built[index - 1]!;
      const [word, count] = built[index]!;
      expect(previousCount > count || (previousCount === count && previousWord < word), `${previousWord} before ${word}`).toBe(true);
    }
  });
});

describe('correctQuery', () => {
  test('corrects a word of eight letters or more with two typos in it', () => {
    expect(correctQuery('tremnial', vocabulary)).toBe('terminal');
    expect(correctQuery('dahsbaord', vocabulary)).toBe('dashboard');
  });

  test('leaves a word of fewer than eight letters with two typos alone, and corrects it with one', () => {
    expect(correctQuery('pulaods', vocabulary)).toBeNull();
    expect(correctQuery('uplaods', vocabulary)).toBe('uploads');
  });

  test('replaces only the mistyped words, whatever their case, and keeps the rest of the query as typed', () => {
    expect(correctQuery('Open the Dahsbaord, then Uplaods!', vocabulary)).toBe('Open the dashboard, then uploads!');
  });

  test('prefers the most used site word when two are as near', () => {
    expect(
      correctQuery('quoto', [
        ['quota', 5],
        ['quote', 1],
      ]),
    ).toBe('quota');
    expect(
      correctQuery('quoto', [
        ['quote', 5],
        ['quota', 1],
      ]),
    ).toBe('quote');
  });

  test('prefers a nearer word to a more used one further away', () => {
    expect(
      correctQuery('setitngs', [
        ['sittings', 9],
        ['settings', 1],
      ]),
    ).toBe('settings');
  });

  test('never suggests a site word shorter than four letters', () => {
    expect(
      correctQuery('catt', [
        ['cat', 9],
        ['cart', 1],
      ]),
    ).toBe('cart');
    expect(correctQuery('catt', [['cat', 9]])).toBeNull();
  });

  test('leaves short words, numbers, site words and their parts, and words being typed alone', () => {
    expect(correctQuery('qot', vocabulary)).toBeNull();
    expect(correctQuery('uplaod5', vocabulary)).toBeNull();
    expect(correctQuery('third', vocabulary)).toBeNull();
    expect(correctQuery('party', vocabulary)).toBeNull();
    expect(correctQuery('dashb', vocabulary)).toBeNull();
    expect(correctQuery('Terminal', vocabulary)).toBeNull();
  });

  test('leaves a word alone when the caller says to keep it', () => {
    expect(correctQuery('uplaods', vocabulary, (word) => word === 'uplaods')).toBeNull();
    expect(correctQuery('uplaods tremnial', vocabulary, (word) => word === 'uplaods')).toBe('uplaods terminal');
  });

  test('gives null when no site word is near enough', () => {
    expect(correctQuery('zzzzzz', vocabulary)).toBeNull();
  });
});

describe('unknownWords', () => {
  test('lists, lowercased and each once, the words the corrector would try to replace', () => {
    expect(unknownWords('Qouta and 4xx dash Orgnization qouta', vocabulary)).toEqual(['qouta', 'orgnization']);
  });

  test('is empty for a query of site words', () => {
    expect(unknownWords('terminal settings third party', vocabulary)).toEqual([]);
  });
});
