import { describe, expect, test } from 'vitest';
import {
  cleanQuery,
  containsWords,
  exactPhraseBoost,
  markedWords,
  maxQueryLength,
  rerank,
  searchIncludeCharacters,
  searchWords,
  shortQuery,
} from '../../src/search/rank.ts';
import { readSearchParams, searchPageHref, searchParams } from '../../src/search/url.ts';

describe('searchWords', () => {
  test('keeps the punctuation error tokens are made of', () => {
    expect(searchWords('invalid x-api-key, rate_limit_error; $20 and /login')).toEqual([
      'invalid',
      'x-api-key',
      'rate_limit_error',
      '$20',
      'and',
      '/login',
    ]);
  });

  test('drops a sentence full stop but keeps dots inside a word', () => {
    expect(searchWords('Add more at claude.ai/settings/usage and keep going.')).toEqual([
      'add',
      'more',
      'at',
      'claude.ai/settings/usage',
      'and',
      'keep',
      'going',
    ]);
  });

  test('splits on quotes and apostrophes, straight or curly, the same way', () => {
    expect(searchWords('We’ve added')).toEqual(searchWords("We've added"));
  });

  test('returns nothing for punctuation alone', () => {
    expect(searchWords(' ... -- , ')).toEqual([]);
  });

  test('keeps inside a word every character the Pagefind index keeps, and splits at others', () => {
    for (const character of searchIncludeCharacters) expect(searchWords(`ab${character}cd`), character).toEqual([`ab${character}cd`]);
    expect(searchWords('ab]cd^ef\\gh')).toEqual(['ab', 'cd', 'ef', 'gh']);
  });

  test('splits marked excerpt words the same way, keeping their case', () => {
    const excerpt = 'Add more at <mark>Claude.ai/settings</mark> for <mark>X-Api-Key.</mark>';
    expect(markedWords(excerpt)).toEqual(['Claude.ai/settings', 'X-Api-Key']);
    expect(markedWords(excerpt).map((word) => word.toLowerCase())).toEqual(searchWords('Claude.ai/settings X-Api-Key.'));
  });
});

describe('containsWords', () => {
  test('finds consecutive whole words', () => {
    expect(containsWords(['a', '$20', 'credit'], ['$20', 'credit'])).toBe(true);
  });

  test('does not take a longer word for the same word', () => {
    expect(containsWords(['a', '$200', 'credit'], ['$20'])).toBe(false);
  });

  test('needs the words in order and next to each other', () => {
    expect(containsWords(['rate', 'limit', 'error'], ['limit', 'rate'])).toBe(false);
    expect(containsWords(['rate', 'the', 'limit'], ['rate', 'limit'])).toBe(false);
  });

  test('never matches an empty needle', () => {
    expect(containsWords(['a'], [])).toBe(false);
  });
});

describe('rerank', () => {
  const twenty = { id: '20', score: 10, title: 'Starter credit of $20 to claim', messages: ["We've added a $20 credit to get you started."] };
  const twoHundred = { id: '200', score: 12, title: 'Starter credit of $200 to claim', messages: ["We've added a $200 credit to get you started."] };

  test('lifts the result whose message holds the typed words exactly', () => {
    expect(rerank('$20', [twoHundred, twenty]).map((hit) => hit.id)).toEqual(['20', '200']);
  });

  test('keeps Pagefind order when the lift is not enough', () => {
    const far = { ...twoHundred, score: twenty.score * exactPhraseBoost + 1 };
    expect(rerank('$20', [far, twenty]).map((hit) => hit.id)).toEqual(['200', '20']);
  });

  test('keeps Pagefind order between results that are lifted alike', () => {
    const a = { id: 'a', score: 5, title: 'Rate limited (429)', messages: [] };
    const b = { id: 'b', score: 5, title: 'Rate limited again', messages: [] };
    expect(rerank('rate limited', [a, b]).map((hit) => hit.id)).toEqual(['a', 'b']);
  });

  test('does not change the array it is given', () => {
    const input = [twoHundred, twenty];
    rerank('$20', input);
    expect(input.map((hit) => hit.id)).toEqual(['200', '20']);
  });
});

describe('cleanQuery', () => {
  test('squeezes whitespace and trims', () => {
    expect(cleanQuery('  rate \n\t limit  ')).toBe('rate limit');
  });

  test('caps a huge paste at the longest query searched', () => {
    expect(cleanQuery('word '.repeat(1_000_000)).length).toBeLessThanOrEqual(maxQueryLength);
  });

  test('replaces lone surrogates and removes control and format characters', () => {
    expect(cleanQuery('a\uD800b\u0000c\u202Ed')).toBe('a\uFFFDb c d');
  });

  test('keeps emoji whole, even at the cap', () => {
    const query = cleanQuery(`${'x'.repeat(maxQueryLength - 1)}😀`);
    expect(query.endsWith('\uD83D')).toBe(false);
    expect(cleanQuery('fix 😀')).toBe('fix 😀');
  });
});

describe('shortQuery', () => {
  test('leaves a short query alone', () => {
    expect(shortQuery('x-api-key')).toBe('x-api-key');
  });

  test('cuts a long query with an ellipsis, counting emoji as one character', () => {
    expect(shortQuery('😀'.repeat(100), 10)).toBe(`${'😀'.repeat(9)}…`);
  });
});

describe('search page URLs', () => {
  test('round-trip the query and the chosen filters', () => {
    const params = searchParams('  x-api-key  ', { kind: ['Look-alike errors'], audience: ['API key', 'Personal plan'] });
    expect(params.toString()).toBe('q=x-api-key&kind=Look-alike+errors&audience=API+key&audience=Personal+plan');
    expect(readSearchParams(`?${params}`)).toEqual({
      query: 'x-api-key',
      filters: { kind: ['Look-alike errors'], audience: ['API key', 'Personal plan'] },
    });
  });

  test('ignore unknown parameters and empty values', () => {
    expect(readSearchParams('?q=&kind=&family=&colour=red&audience=API+key')).toEqual({ query: '', filters: { audience: ['API key'] } });
  });

  test("read an older link's `family` filter as the kind of error, and write it as `kind`", () => {
    const old = readSearchParams('?q=limit&family=Your+plan%27s+limits&kind=Your+plan%27s+limits&family=Your+usage+credits');
    expect(old).toEqual({ query: 'limit', filters: { kind: ["Your plan's limits", 'Your usage credits'] } });
    expect(searchParams(old.query, old.filters).toString()).toBe('q=limit&kind=Your+plan%27s+limits&kind=Your+usage+credits');
  });

  test('give the bare page for an empty query', () => {
    expect(searchPageHref('   ')).toBe('/search/');
  });

  test('encode what the paste box passes on', () => {
    expect(searchPageHref('<script>&"')).toBe('/search/?q=%3Cscript%3E%26%22');
  });
});
