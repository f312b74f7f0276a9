import { describe, expect, test } from 'vitest';
import { closestGuides, tellingTerms } from '../../src/search/closest.ts';
import { nearestId, typedGuideId } from '../../src/search/nearest-id.ts';
import {
  cleanQuery,
  exactPhraseBoost,
  markedWords,
  maxQueryLength,
  organizationFactor,
  rerank,
  shortQuery,
  speaksOfOrganization,
  tellingQueryWords,
} from '../../src/search/rank.ts';
import { readSearchParams, searchPageHref } from '../../src/search/url.ts';

const order = (hits: readonly { id: string }[]) => hits.map((hit) => hit.id);

describe('markedWords', () => {
  test('lists the words inside each <mark>, case kept, split as search splits words', () => {
    expect(markedWords('You hit <mark>Max</mark> limits on <mark>claude.ai/settings</mark> and <mark>two words.</mark>')).toEqual([
      'Max',
      'claude.ai/settings',
      'two',
      'words',
    ]);
  });

  test('reads escaped characters inside a mark as spaces, and marks across lines', () => {
    expect(markedWords('<mark>a&amp;b</mark> <mark>x&lt;y&gt;z</mark> <mark>it&#39;s</mark> <mark>q&quot;r</mark> <mark>one\ntwo</mark>')).toEqual([
      'a',
      'b',
      'x',
      'y',
      'z',
      'it',
      's',
      'q',
      'r',
      'one',
      'two',
    ]);
  });

  test('is empty for an excerpt without marks or with empty ones', () => {
    expect(markedWords('nothing marked here')).toEqual([]);
    expect(markedWords('<mark></mark><mark> - </mark>')).toEqual([]);
  });
});

describe('rerank, beyond exact phrases', () => {
  test('lifts a result that uses a typed name with the same capitals', () => {
    const plain = { id: 'plain', score: 10, title: 'Context window maximum', messages: [] };
    const named = { id: 'named', score: 8, title: 'Limits of the Max plan', messages: [] };
    expect(order(rerank('Max', [plain, named]))).toEqual(['named', 'plain']);
  });

  test('finds a typed name in a message, or among the words Pagefind marked', () => {
    const plain = { id: 'plain', score: 10, title: 'Usage limits', messages: [] };
    const inMessage = { id: 'message', score: 8, title: 'Refused', messages: ['Cline stopped: request rejected'] };
    const inExcerpt = { id: 'excerpt', score: 8, title: 'Refused', messages: [], excerpt: 'apps like <mark>Cline</mark> print it' };
    expect(order(rerank('Cline', [plain, inMessage]))).toEqual(['message', 'plain']);
    expect(order(rerank('Cline', [plain, inExcerpt]))).toEqual(['excerpt', 'plain']);
  });

  test('does not take a name inside a longer word for the name', () => {
    const plain = { id: 'plain', score: 10, title: 'Usage limits', messages: [] };
    const longer = { id: 'longer', score: 8, title: 'Maximum context', messages: ['Maxed out'] };
    expect(order(rerank('Max', [plain, longer]))).toEqual(['plain', 'longer']);
  });

  test('lifts by the same factor for a name as for an exact phrase, and both together', () => {
    const both = { id: 'both', score: 1, title: 'Max', messages: [] };
    const rival = { id: 'rival', score: exactPhraseBoost * exactPhraseBoost - 0.01, title: 'other', messages: [] };
    expect(order(rerank('Max', [rival, both]))).toEqual(['both', 'rival']);
    const stronger = { ...rival, score: exactPhraseBoost * exactPhraseBoost + 0.01 };
    expect(order(rerank('Max', [stronger, both]))).toEqual(['rival', 'both']);
  });

  test('lowers a result whose excerpt shows the query only inside longer words', () => {
    const inWord = { id: 'in-word', score: 10, title: 'Token limits', messages: [], excerpt: 'set <mark>max_tokens</mark> lower' };
    const whole = { id: 'whole', score: 6, title: 'Usage', messages: [], excerpt: 'the <mark>max</mark> plan' };
    expect(order(rerank('max', [inWord, whole]))).toEqual(['whole', 'in-word']);
    // A marked word made of the query's pieces counts as the query: claude.ai/login holds "login".
    const pieces = { id: 'pieces', score: 10, title: 'Sign in', messages: [], excerpt: 'open <mark>claude.ai/login</mark>' };
    expect(order(rerank('login', [pieces, whole]))).toEqual(['pieces', 'whole']);
  });

  test('keeps a result with no excerpt, or no marks in it, as Pagefind ranked it', () => {
    const bare = { id: 'bare', score: 10, title: 'Alpha', messages: [] };
    const unmarked = { id: 'unmarked', score: 9, title: 'Beta', messages: [], excerpt: 'no marks' };
    expect(order(rerank('gamma', [bare, unmarked]))).toEqual(['bare', 'unmarked']);
    expect(order(rerank('gamma', [unmarked, bare]))).toEqual(['bare', 'unmarked']);
  });

  test('lowers a demoted result by the organization factor, no more', () => {
    const demoted = { id: 'org', score: 10, title: 'Alpha', messages: [] };
    const justBelow = { id: 'below', score: 10 * organizationFactor - 0.01, title: 'Beta', messages: [] };
    const justAbove = { id: 'above', score: 10 * organizationFactor + 0.01, title: 'Beta', messages: [] };
    const isOrg = (hit: { id: string }) => hit.id === 'org';
    expect(order(rerank('gamma', [demoted, justBelow], isOrg))).toEqual(['org', 'below']);
    expect(order(rerank('gamma', [demoted, justAbove], isOrg))).toEqual(['above', 'org']);
  });
});

describe('cleanQuery, at its edges', () => {
  test('turns control and format characters into spaces between words', () => {
    expect(cleanQuery('rate\u0000limit\u200bexceeded')).toBe('rate limit exceeded');
  });

  test('counts the cap after squeezing spaces, so a spaced-out paste keeps its words', () => {
    const spaced = 'a   '.repeat(150);
    expect(cleanQuery(spaced)).toBe(Array.from({ length: 150 }, () => 'a').join(' '));
    expect(cleanQuery('x'.repeat(maxQueryLength + 50))).toHaveLength(maxQueryLength);
  });

  test('does not end on half of a character cut at the cap', () => {
    expect(cleanQuery(`${'a'.repeat(maxQueryLength - 1)}😀`)).toBe('a'.repeat(maxQueryLength - 1));
  });
});

describe('tellingQueryWords', () => {
  test('keeps the words worth searching alone, each once, in the order typed', () => {
    expect(tellingQueryWords('Why does my Claude Code keep telling me rate limit? rate limit')).toEqual(['claude', 'code', 'rate', 'limit']);
  });

  test('drops one- and two-letter words unless a two-letter word has a digit', () => {
    expect(tellingQueryWords('go to 1m context at 5x')).toEqual(['1m', 'context', '5x']);
    expect(tellingQueryWords('a 1 up')).toEqual([]);
  });

  test('keeps at most eight words, or the limit given', () => {
    const query = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet';
    expect(tellingQueryWords(query)).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel']);
    expect(tellingQueryWords(query, 2)).toEqual(['alpha', 'bravo']);
  });
});

describe('speaksOfOrganization', () => {
  test('hears each way a query names an organization, its people or its groups', () => {
    for (const query of [
      'org limit',
      'orgs',
      'organisation',
      'organizations',
      "team's budget",
      'enterprise plan',
      'admins',
      'owner',
      'members',
      'seat',
      'groups',
      "channel's limit",
    ]) {
      expect(speaksOfOrganization(query), query).toBe(true);
    }
  });

  test('does not hear it inside other words', () => {
    for (const query of ['forgotten password', 'steam', 'seated', 'regrouping', 'ownership']) expect(speaksOfOrganization(query), query).toBe(false);
  });
});

describe('shortQuery', () => {
  test('keeps a query of exactly the limit and cuts one character more to the limit with an ellipsis', () => {
    expect(shortQuery('abcde', 5)).toBe('abcde');
    expect(shortQuery('abcdef', 5)).toBe('abcd…');
    expect(shortQuery('x'.repeat(60))).toBe('x'.repeat(60));
    expect(shortQuery('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
  });
});

describe('closestGuides, by the words they share', () => {
  const guides = [
    { id: 'alpha-guide', title: 'Quota exceeded', summary: 'The workspace ran out of credits.' },
    { id: 'beta-guide', title: 'Login expired', summary: 'The quota is fine but the session expired.' },
    { id: 'gamma-guide', title: 'Session expired', summary: 'Sign in again.' },
    { id: 'delta-guide', title: 'Billing invoices', summary: 'Credits and invoices.' },
  ];

  test('counts a word in the title twice and one in the summary once', () => {
    // "quota" is in alpha's title and beta's summary: alpha first.
    expect(order(closestGuides('quota', guides))).toEqual(['alpha-guide', 'beta-guide']);
  });

  test('weighs a rare word above a common one', () => {
    // Both are title words, but "expired" is in two guides and "invoices" in one.
    expect(order(closestGuides('invoices expired', guides))[0]).toBe('delta-guide');
  });

  test('reads the id’s words as title words', () => {
    expect(order(closestGuides('gamma', guides))).toEqual(['gamma-guide']);
  });

  test('keeps the catalogue order between guides scored alike, and at most the limit', () => {
    expect(order(closestGuides('expired', guides))).toEqual(['beta-guide', 'gamma-guide']);
    expect(order(closestGuides('guide', guides))).toEqual(['alpha-guide', 'beta-guide', 'gamma-guide']);
    expect(order(closestGuides('guide', guides, 2))).toEqual(['alpha-guide', 'beta-guide']);
  });

  test('reads only the first 20,000 characters of a huge paste', () => {
    expect(closestGuides(`${'x '.repeat(10_000)} quota`, guides)).toEqual([]);
  });

  test('finds nothing in common words alone', () => {
    expect(closestGuides('the error of your request', guides)).toEqual([]);
    expect(tellingTerms('Claude API error: the request')).toEqual([]);
    expect(tellingTerms('Überweisung 429 ok')).toEqual(['überweisung', '429']);
  });
});

describe('nearestId and typedGuideId, at their edges', () => {
  const ids = ['overloaded', 'rate-limited', 'out-of-extra-usage', 'invalid-api-key'];

  test('reads an escaped, spaced or .html address, and keeps a broken escape as typed', () => {
    expect(typedGuideId('/errors/rate%20limited/')).toBe('rate-limited');
    expect(typedGuideId('/errors/Overloaded.html?x=1')).toBe('overloaded');
    expect(typedGuideId('/errors/bad%E0%A4%A')).toBe('bad%e0%a4%a');
    expect(typedGuideId(`/errors/${'a'.repeat(200)}`)).toHaveLength(80);
    expect(typedGuideId('/errors/')).toBeUndefined();
  });

  test('allows at least two edits, and a third of the length for long ids', () => {
    expect(nearestId('ovrloadd', ids)).toBe('overloaded');
    expect(nearestId('invld-api-kee', ids)).toBe('invalid-api-key');
    expect(nearestId('xx', ids)).toBeUndefined();
    expect(nearestId('', ids)).toBeUndefined();
  });

  test('prefers the nearer id, and the first of two as near', () => {
    expect(nearestId('rate-limite', ['rate-limits', 'rate-limited'])).toBe('rate-limits');
    expect(nearestId('rate-limitedd', ['rate-limits', 'rate-limited'])).toBe('rate-limited');
  });
});

describe('search page URLs, at their edges', () => {
  test('drop filter values longer than 80 characters, and keep one of 80', () => {
    const long = 'x'.repeat(81);
    const edge = 'y'.repeat(80);
    expect(readSearchParams(`?q=a&family=${long}&family=${edge}`)).toEqual({ query: 'a', filters: { kind: [edge] } });
  });

  test('link a query with its filters, and a filter alone', () => {
    expect(searchPageHref('rate limit', { audience: ['API key'] })).toBe('/search/?q=rate+limit&audience=API+key');
    expect(searchPageHref('  ', { kind: ['Billing'] })).toBe('/search/?kind=Billing');
  });
});
