// Search's ranking and filters, checked in Node on the built site: the site's own engine (src/search/engine.ts) over the
// Pagefind index `astro build` wrote, its files read from dist/ where the page would fetch them. What the page shows
// of a ranking (the marked match, the status, the keyboard) is in tests/browser/search.spec.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPagefind, search, searchPageResults } from '../../src/search/engine.ts';
import { guidePath } from '../../src/site.ts';
import { groupLabels } from '../../src/catalogue/labels.ts';
import { builtPage, builtText, builtVariants, dist, fileForPath } from './built.ts';

const guide = guidePath;
const variantOf = (href: string | null) => builtVariants().find((variant) => guide(variant.id) === href);

/** The page's first result for a query typed into the search page with no filter. */
async function firstResult(query: string): Promise<string | null> {
  return (await search(query, {}, searchPageResults)).hits[0]?.url ?? null;
}

beforeAll(async () => {
  // The engine fetches its data and Pagefind its index by the site's paths: here they are the built files.
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'https://site.invalid');
    try {
      // Imported from a file, the bundle asks for its index by file URL.
      return new Response(await readFile(url.protocol === 'file:' ? url : join(dist, url.pathname)));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  // Started as the page starts it; then, since the bundle was imported from a file, told that results' addresses
  // begin at the site's root, as they do in the page.
  await (await loadPagefind()).options({ baseUrl: '/' });
});

/** The text of a built page, without its markup. */
function pageText(href: string): string {
  return builtText(fileForPath(href))
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
}

/** For each variant with a message, words from it that a person would search by; each must rank its guide first. */
const fragments: Record<string, string> = {
  'starter-credit-20': "We've added a $20 credit",
  'starter-credit-100': "We've added a $100 credit",
  'starter-credit-200': 'added a $200 credit',
  'extra-usage-add-more': 'Third-party apps now draw from your extra usage, not your plan limits. Add more at claude.ai/settings/usage',
  'out-of-extra-usage': "You're out of extra usage. Add more",
  'spend-limit-reached': "You've hit your monthly spend limit",
  'long-context-needs-credits': 'Usage credits required for 1M context',
  'fast-mode-needs-credits': 'Fast mode requires usage credits',
  'org-credit-claim': "We've added a credit to your organization",
  'org-add-more': 'Ask your workspace admin to add more',
  'org-spend-limit-reached': "You've hit your org's monthly spend limit",
  'member-spend-limit': "You've hit your individual spend limit",
  'plan-usage-limit': "You've hit your weekly limit",
  'model-limit': "You've hit your Opus limit",
  'api-credit-too-low': 'Credit balance too low',
  'api-usage-limit': 'You have reached your specified API usage limits',
  'invalid-api-key': 'invalid x-api-key',
  'oauth-token-expired': 'OAuth token has expired',
  'oauth-refresh-failed': 'OAuth session expired and could not be refreshed',
  'credential-only-for-claude-code': 'only authorized for use with Claude Code',
  'subscription-access-disabled': 'disabled Claude subscription access',
  'organization-disabled': 'This organization has been disabled',
  'permission-denied': 'permission_error',
  'model-not-available': 'is not available for this account',
  'client-update-required': 'does not support this model; version',
  'invalid-request': 'strategy requires `thinking` to be enabled',
  'tool-result-mismatch': 'ids were found without `tool_result` blocks',
  'prompt-too-long': 'prompt is too long',
  'max-tokens-too-large': 'which is the maximum allowed number of output tokens',
  'temperature-and-top-p': '`temperature` and `top_p` cannot both be specified',
  'too-many-cache-breakpoints': 'A maximum of 4 blocks with cache_control',
  'empty-text-block': 'text content blocks must be non-empty',
  'image-too-large': 'image dimensions exceed max allowed size',
  'thinking-blocks': 'blocks in the latest assistant message cannot be modified',
  'extra-inputs-not-permitted': 'Extra inputs are not permitted',
  'request-too-large': 'Request too large (max 32MB)',
  'model-not-found': 'not_found_error',
  'llm-request-rejected': 'LLM request rejected',
  'openclaw-billing-error': 'returned a billing error',
  'openclaw-schema-rejected': 'provider rejected the request schema or tool payload',
  'rate-limited': "would exceed your account's rate limit",
  overloaded: 'overloaded_error',
  'internal-server-error': 'Internal server error',
  'connection-error': 'Unable to connect to API',
  'safety-refusal': 'safeguards flagged this message',
};

/** A personal guide about usage credits that is not the closed starter-credit offer. */
const personalUsageGuide = (href: string | null) => {
  const found = variantOf(href);
  return Boolean(found && found.group === 'extra-usage' && found.audience === 'personal' && !found.id.startsWith('starter-credit-'));
};
/** A page for an organization: one of its guides, or the admin pages. */
const organizationPage = (href: string | null) => variantOf(href)?.group === 'organization' || Boolean(href?.startsWith('/admin/'));
/** The guide named for an HTTP status: its title says the code and the catalogue gives it that status. */
const namedForStatus = (code: number) => (href: string | null) => {
  const found = variantOf(href);
  return Boolean(found && found.status === code && found.title.includes(`(${code})`));
};
/** A guide one of whose messages contains the words. */
const messageHas = (words: string) => (href: string | null) => Boolean(variantOf(href)?.messages.some((message) => message.includes(words)));

/**
 * Words people type that are not message fragments, and what must come first: a page, or a rule for pages that
 * are all right answers (an ambiguous query). Each expectation was decided by running it.
 */
const commonQueries: [query: string, first: string | ((href: string | null) => boolean), rule?: string][] = [
  ['429', namedForStatus(429), 'the guide named for 429'],
  ['529', namedForStatus(529), 'the guide named for 529'],
  ['401', namedForStatus(401), 'a guide named for 401'],
  ['413', namedForStatus(413), 'the guide named for 413'],
  ['404', namedForStatus(404), 'the guide named for 404'],
  ["You've hit your session limit", guide('plan-usage-limit')],
  ["You're out of usage credits", guide('out-of-extra-usage')],
  ['out of extra usage', guide('out-of-extra-usage')],
  ['extra usage', guide('out-of-extra-usage')],
  ['extra usgae', personalUsageGuide, 'a personal usage-credit guide, not a starter credit or an organization'],
  ['overlaoded', guide('overloaded')],
  ['how much does it cost', '/credits/'],
  ['why does claude code keep telling me im out of extra usage when i pay for max??', personalUsageGuide, 'a personal usage-credit guide'],
  ['Max', (href) => href !== null && /(^|[^\w-])Max([^\w-]|$)/.test(pageText(href)), 'a page that speaks of the Max plan (not max_tokens)'],
  ['Cline', (href) => href !== null && /\bCline\b/.test(pageText(href)), 'a page that names Cline'],
  ['OpenClaw', (href) => Boolean(variantOf(href)?.title.includes('OpenClaw')), 'a guide named for OpenClaw'],
  ['Claude Code', (href) => Boolean(variantOf(href)?.title.includes('Claude Code')), 'a guide named for Claude Code'],
  ['admin', organizationPage, 'an organization or admin page'],
  ['workspace admin', organizationPage, 'an organization or admin page'],
  ['API key', guide('invalid-api-key')],
  ['x-api-key', guide('invalid-api-key')],
  ['rate_limit_error', guide('rate-limited')],
  ['$20', guide('starter-credit-20')],
  ['$200', guide('starter-credit-200')],
  ['/login', messageHas('/login'), 'a guide whose message says /login'],
  ['/usage-credits', messageHas('/usage-credits'), 'a guide whose message says /usage-credits'],
  ['balance is fine and it still fails', guide('still-rejected')],
  ['auto-reload', (href) => href === '/admin/' || href === '/credits/', 'a page about setting auto-reload'],
];

/** The query table: a fragment of each message, then the common queries. */
const queryTable: { name: string; query: string; first: string | ((href: string | null) => boolean) }[] = [
  ...Object.entries(fragments).map(([id, fragment]) => ({
    name: `a fragment of the ${id} message, ${JSON.stringify(fragment)},`,
    query: fragment,
    first: guide(id),
  })),
  ...commonQueries.map(([query, first, rule]) => ({ name: `${JSON.stringify(query)}${rule ? ` (${rule})` : ''}`, query, first })),
];

test('the query table has a fragment of every variant message, each found in that message, and at least 40 rows', () => {
  const variants = builtVariants();
  for (const entry of variants.filter((candidate) => candidate.messages.length > 0)) {
    const fragment = fragments[entry.id];
    expect(fragment, `a fragment for ${entry.id}`).toBeDefined();
    expect(
      entry.messages.some((message) => message.includes(fragment ?? '')),
      `${entry.id}: "${fragment}" is in a message`,
    ).toBe(true);
  }
  expect(Object.keys(fragments).sort()).toEqual(
    variants
      .filter((entry) => entry.messages.length > 0)
      .map((entry) => entry.id)
      .sort(),
  );
  expect(queryTable.length).toBeGreaterThanOrEqual(40);
});

describe('ranking, as the search page and the dialog rank', () => {
  for (const { name, query, first } of queryTable) {
    test(`the query table: ${name} ranks its page first`, async () => {
      const href = await firstResult(query);
      if (typeof first === 'string') expect(href).toBe(first);
      else expect(first(href), `first result ${href}`).toBe(true);
    });
  }

  // Every wording of every message, pasted whole, puts its guide first.
  for (const entry of builtVariants().filter((candidate) => candidate.messages.length > 0)) {
    test(`every message of ${entry.id}, pasted whole, ranks its guide first`, async () => {
      for (const message of entry.messages) expect.soft(await firstResult(message), message).toBe(guide(entry.id));
    });
  }
});

test('every filter value the search page offers is a group or audience some page carries', async () => {
  const boxes = [...builtPage('/search/').querySelectorAll<HTMLInputElement>('search-page input[type=checkbox]')];
  const values = boxes.map((box) => [box.getAttribute('name') ?? '', box.getAttribute('value') ?? ''] as const);
  expect(values.filter(([name]) => name === 'kind').map(([, value]) => value)).toEqual(Object.values(groupLabels));
  expect(values.some(([name]) => name === 'audience')).toBe(true);
  for (const [name, value] of values) {
    expect(name === 'kind' || name === 'audience', `${name}=${value}`).toBe(true);
    expect.soft((await search('', { [name]: [value] })).hits.length, `${name}=${value}`).toBeGreaterThan(0);
  }
});
