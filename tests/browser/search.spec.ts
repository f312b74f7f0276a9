import { readFileSync } from 'node:fs';
import type { PublicVariant } from '../../src/catalogue/public.ts';
import type { Page } from '@playwright/test';
import { cleanQuery, maxQueryLength } from '../../src/search/rank.ts';
import { axeViolations, dist, expect, test, useScheme } from './fixtures.ts';

const { variants } = JSON.parse(readFileSync(`${dist}/variants.json`, 'utf8')) as { variants: PublicVariant[] };
const guide = (id: string) => `/errors/${id}/`;

/** For each variant with a message, words from it that a person would search by; each must rank its guide first. */
const fragments: Record<string, string> = {
  'starter-credit-20': "We've added a $20 credit",
  'starter-credit-100': "We've added a $100 credit",
  'starter-credit-200': 'added a $200 credit',
  'extra-usage-add-more': 'Third-party apps now draw from your extra usage, not your plan limits. Add more at claude.ai/settings/usage',
  'out-of-extra-usage': "You're out of extra usage. Add more",
  'long-context-needs-credits': 'Usage credits required for 1M context',
  'llm-request-rejected': 'LLM request rejected',
  'org-credit-claim': "We've added a credit to your organization",
  'org-add-more': 'Ask your workspace admin to add more',
  'spend-limit-reached': "You've hit your monthly spend limit",
  'api-credit-too-low': 'Credit balance too low',
  'plan-usage-limit': 'Claude AI usage limit reached',
  'rate-limited': "would exceed your account's rate limit",
  'overloaded': 'overloaded_error',
  'invalid-api-key': 'invalid x-api-key',
  'oauth-token-expired': 'OAuth token has expired',
  'organization-disabled': 'This organization has been disabled',
  'subscription-access-disabled': 'disabled Claude subscription access',
  'invalid-request': 'tool_use ids were found without tool_result blocks',
};

/** Words people type that are not message fragments, and the page that must come first. */
const commonWords: [query: string, first: string][] = [
  ['admin', guide('org-credit-claim')],
  ['API key', guide('invalid-api-key')],
  ['429', guide('rate-limited')],
  ['529', guide('overloaded')],
  ['x-api-key', guide('invalid-api-key')],
  ['rate_limit_error', guide('rate-limited')],
  ['$20', guide('starter-credit-20')],
  ['$200', guide('starter-credit-200')],
  ['/login', guide('oauth-token-expired')],
  ['/usage-credits', guide('spend-limit-reached')],
  ['balance is fine and it still fails', guide('still-rejected')],
];

/** "auto-reload" belongs to the pages about setting it: the admin guide, or the credit estimator once it is indexed. */
const autoReloadPages = ['/admin/', '/credits/'];

/** The query table: a fragment of each message, every message pasted whole, and the common words. */
const queryTable: { name: string; query: string; first: string }[] = [
  ...Object.entries(fragments).map(([id, fragment]) => ({ name: `a fragment of the ${id} message, "${fragment}",`, query: fragment, first: guide(id) })),
  ...variants.flatMap((variant) =>
    variant.messages.map((message, index) => ({ name: `the ${variant.id} message ${index + 1}, pasted whole,`, query: message, first: guide(variant.id) })),
  ),
  ...commonWords.map(([query, first]) => ({ name: `"${query}"`, query, first })),
];

/** Opens the search page for a query and waits until the results shown are that query's. */
async function searchPage(page: Page, query: string, filters = ''): Promise<void> {
  await page.goto(`/search/?${new URLSearchParams({ q: query })}${filters}`);
  await expect(page.getByRole('status')).toHaveAttribute('data-query', cleanQuery(query));
}

const firstHit = (page: Page) => page.locator('a[data-search-hit]').first();

test('the query table has a fragment of every variant message, each found in that message', () => {
  for (const variant of variants.filter((entry) => entry.messages.length > 0)) {
    const fragment = fragments[variant.id];
    expect(fragment, `a fragment for ${variant.id}`).toBeDefined();
    expect(variant.messages.some((message) => message.includes(fragment ?? '')), `${variant.id}: "${fragment}" is in a message`).toBe(true);
  }
  expect(Object.keys(fragments).sort()).toEqual(variants.filter((entry) => entry.messages.length > 0).map((entry) => entry.id).sort());
});

test.describe('ranking', () => {
  for (const { name, query, first } of queryTable) {
    test(`${name} ranks ${first} first`, async ({ page }) => {
      await searchPage(page, query);
      await expect(firstHit(page)).toHaveAttribute('href', first);
    });
  }

  test('"auto-reload" ranks a page about setting auto-reload first', async ({ page }) => {
    await searchPage(page, 'auto-reload');
    expect(autoReloadPages).toContain(await firstHit(page).getAttribute('href'));
  });
});

test.describe('the search dialog', () => {
  test('nothing of Pagefind or the dialog code loads before it opens', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(guide('starter-credit-20'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(requests.filter((path) => path.includes('search-dialog-ui'))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog', { name: 'Search every fix' })).toBeVisible();
    await expect.poll(() => requests.filter((path) => path === '/pagefind/pagefind.js').length).toBe(1);
  });

  test('opens with /, moves through results with the arrow keys, and Escape returns focus', async ({ page }) => {
    await page.goto(guide('overloaded'));
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search every fix' });
    const input = dialog.getByRole('searchbox', { name: 'Search every fix' });
    await expect(input).toBeFocused();
    await page.keyboard.type('401');
    await expect(dialog.getByRole('status')).toHaveAttribute('data-query', '401');
    const hits = dialog.locator('a[data-search-hit]');
    await expect(hits.nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(hits.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hits.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(hits.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  });

  test('opens with Ctrl+K from a focused link and gives focus back to it', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'For admins' });
    await link.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search every fix' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('opens from the header button with the keyboard, and the Close button returns focus to it', async ({ page }) => {
    await page.goto(guide('rate-limited'));
    const button = page.getByRole('button', { name: 'Search' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Search every fix' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await dialog.getByRole('button', { name: /Close/ }).click();
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Enter on a result opens its guide', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('overloaded_error');
    const dialog = page.getByRole('dialog', { name: 'Search every fix' });
    await expect(dialog.getByRole('status')).toHaveAttribute('data-query', 'overloaded_error');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/errors\/overloaded\/$/);
  });

  test('Enter in the box opens the first result', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('OAuth token has expired');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/errors\/oauth-token-expired\/$/);
  });

  test('Enter typed before the dialog code has arrived still opens the first result', async ({ page }) => {
    await page.route('**/_astro/search-dialog-ui*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('This organization has been disabled');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/errors\/organization-disabled\/$/);
  });

  test('typing a letter on a result goes back to the box', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('529');
    const dialog = page.getByRole('dialog', { name: 'Search every fix' });
    await expect(dialog.getByRole('status')).toHaveAttribute('data-query', '529');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('x');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await expect(dialog.getByRole('searchbox')).toHaveValue('529x');
  });

  test('/ and Ctrl+K are left alone while typing in a field', async ({ page }) => {
    await page.goto('/search/');
    const field = page.getByRole('searchbox', { name: 'Words from your error' });
    await field.click();
    await page.keyboard.type('a/b');
    await page.keyboard.press('Control+k');
    await expect(field).toHaveValue('a/b');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('shows who acts and a highlighted excerpt, links to the full search page with the query', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('rate_limit_error');
    const dialog = page.getByRole('dialog', { name: 'Search every fix' });
    await expect(dialog.getByRole('status')).toHaveAttribute('data-query', 'rate_limit_error');
    const first = dialog.locator('a[data-search-hit]').first();
    await expect(first).toHaveAccessibleName('Rate limited (429)');
    await expect(first.locator('.badge')).toHaveText('Who can fix it: Nobody: wait');
    await expect(first.locator('mark').first()).toContainText('rate_limit_error');
    await expect(dialog.getByRole('link', { name: 'Filters and the full search page' })).toHaveAttribute('href', '/search/?q=rate_limit_error');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations when open with results, in the ${scheme} scheme`, async ({ page }) => {
      await useScheme(page, scheme);
      await page.goto(guide('org-add-more'));
      await page.keyboard.press('/');
      await page.keyboard.type('workspace admin');
      const dialog = page.getByRole('dialog', { name: 'Search every fix' });
      await expect(dialog.getByRole('status')).toHaveAttribute('data-state', 'results');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`has no axe violations showing no results, in the ${scheme} scheme`, async ({ page }) => {
      await useScheme(page, scheme);
      await page.goto('/');
      await page.keyboard.press('/');
      await page.keyboard.type('qqqzzzxxx');
      await expect(page.getByRole('dialog').getByRole('status')).toHaveAttribute('data-state', 'empty');
      expect(await axeViolations(page, 'dialog')).toEqual([]);
    });
  }

  test('fits a 375 px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(guide('starter-credit-20'));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.keyboard.type('Third-party apps now draw from your extra usage');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveAttribute('data-state', 'results');
    const box = await page.getByRole('dialog').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe('the search page', () => {
  test('reads ?q=, and typing updates the address without adding history', async ({ page }) => {
    await searchPage(page, 'x-api-key');
    const box = page.getByRole('searchbox', { name: 'Words from your error' });
    await expect(box).toHaveValue('x-api-key');
    await expect(firstHit(page)).toHaveAttribute('href', guide('invalid-api-key'));
    const length = await page.evaluate(() => history.length);
    await box.fill('OAuth token has expired');
    await expect(page).toHaveURL(/\?q=OAuth\+token\+has\+expired$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.reload();
    await expect(box).toHaveValue('OAuth token has expired');
    await expect(firstHit(page)).toHaveAttribute('href', guide('oauth-token-expired'));
  });

  test('filters by family as toggles, kept in the address', async ({ page }) => {
    await searchPage(page, 'extra usage');
    await page.getByRole('group', { name: 'Kind of error' }).getByRole('checkbox', { name: 'Organization' }).check();
    await expect(page).toHaveURL(/family=Organization/);
    // The organization guides, and the admin guide written for that family.
    const organization = [...variants.filter((variant) => variant.family === 'organization').map((variant) => guide(variant.id)), '/admin/'];
    await expect(async () => {
      const hrefs = await page.locator('a[data-search-hit]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(organization).toContain(href);
    }).toPass();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Organization' })).toBeChecked();
  });

  test('filters alone list every page in the chosen groups', async ({ page }) => {
    await page.goto('/search/?audience=API+key');
    const apiKey = variants.filter((variant) => variant.audience === 'api-key').map((variant) => guide(variant.id));
    await expect(page.getByRole('status')).toHaveAttribute('data-state', 'results');
    const hrefs = await page.locator('a[data-search-hit]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.sort()).toEqual(apiKey.sort());
  });

  test('says when nothing matches, and points to the paste box and the table', async ({ page }) => {
    await searchPage(page, 'qqqzzzxxx');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-state', 'empty');
    await expect(status).toContainText('No page matches “qqqzzzxxx”');
    await expect(status.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
    await expect(status.getByRole('link', { name: 'table of every error' })).toHaveAttribute('href', '/#diagnosis-table');
  });

  test('says so when the index cannot load, and offers the table', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("index unavailable");' }));
    await page.goto('/search/?q=x-api-key');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-state', 'error');
    await expect(status).toContainText('Search could not load its index');
    await expect(status.getByRole('link', { name: 'table of every error' })).toHaveAttribute('href', '/#diagnosis-table');
  });

  test('without JavaScript, says search needs it and links the diagnosis table', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=x-api-key');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'diagnosis table' })).toHaveAttribute('href', '/#diagnosis-table');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
    await context.close();
  });
});

/** Records any alert, confirm or prompt a query manages to open (none should). */
function watchForAlerts(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

test.describe('hostile queries', () => {

  const hostile = [
    '<img src=x onerror=alert(1)>',
    'zzqq<img src=x>',
    '<iframe srcdoc=zzqq>',
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    '&lt;b&gt;&amp;',
    'javascript:alert(1)',
    '\uD800 lone \uDFFF surrogates',
    '🔥 rate limit 👩‍💻',
    '\u202Eoverloaded\u202C',
  ];

  for (const query of hostile) {
    test(`${JSON.stringify(query)} shows as text in the dialog and on the page`, async ({ page }) => {
      const alerts = watchForAlerts(page);
      await page.goto('/');
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search every fix' });
      await dialog.getByRole('searchbox').fill(query);
      const status = dialog.getByRole('status');
      await expect(status).toHaveAttribute('data-state', /results|empty/);
      await expect(status).toHaveAttribute('data-query', cleanQuery(query));
      await expect(dialog.locator('img, script, svg:not([aria-hidden]), iframe')).toHaveCount(0);
      if ((await status.getAttribute('data-state')) === 'empty') await expect(status).toContainText(`No page matches “${cleanQuery(query)}”`);

      await page.goto(`/search/?${new URLSearchParams({ q: query })}`);
      const pageStatus = page.getByRole('status');
      await expect(pageStatus).toHaveAttribute('data-query', cleanQuery(query));
      await expect(page.locator('main').locator('img, script:not([type="application/ld+json"]), iframe')).toHaveCount(0);
      await expect(page.getByRole('searchbox', { name: 'Words from your error' })).toHaveValue(cleanQuery(query));
      expect(alerts).toEqual([]);
    });
  }

  test('a 5 MB paste is cut to the searched length and the page stays responsive', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/search/');
    await page.evaluate(() => navigator.clipboard.writeText('rate limit '.repeat(480_000)));
    const box = page.getByRole('searchbox', { name: 'Words from your error' });
    await box.click();
    const started = Date.now();
    await page.keyboard.press('Control+v');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-state', 'results');
    await expect(status).toContainText(`Only the first ${maxQueryLength} characters were searched.`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await box.inputValue()).length).toBeLessThanOrEqual(maxQueryLength);
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('q')?.length ?? 0)).toBeLessThanOrEqual(maxQueryLength);
    await box.fill('429');
    await expect(status).toHaveAttribute('data-query', '429');
    await expect(status).not.toContainText('Only the first');
  });

  test('a 5 MB paste into the dialog shows results and the dialog still closes', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await page.evaluate(() => navigator.clipboard.writeText('x-api-key '.repeat(500_000)));
    await page.keyboard.press('/');
    await page.keyboard.press('Control+v');
    const dialog = page.getByRole('dialog', { name: 'Search every fix' });
    await expect(dialog.getByRole('status')).toHaveAttribute('data-state', 'results');
    await expect(dialog.locator('a[data-search-hit]').first()).toHaveAttribute('href', guide('invalid-api-key'));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

