import type { Page } from '@playwright/test';
import { actorLabels, groupLabels } from '../../src/catalogue/labels.ts';
import { cleanQuery, maxQueryLength } from '../../src/search/rank.ts';
import { axeViolations, builtVariant as variant, builtVariants, expect, test, useScheme } from './fixtures.ts';

const guide = (id: string) => `/errors/${id}/`;
const variantOf = (href: string | null) => builtVariants().find((variant) => guide(variant.id) === href);

/** A personal guide about usage credits that is not the closed starter-credit offer. */
const personalUsageGuide = (href: string | null) => {
  const found = variantOf(href);
  return Boolean(found && found.group === 'extra-usage' && found.audience === 'personal' && !found.id.startsWith('starter-credit-'));
};

/** How long a page's first search may take: it loads Pagefind's index and WebAssembly, slow on a busy machine. */
const firstSearch = { timeout: 30_000 };

/** Opens the search page for a query and waits until the results shown are that query's. */
async function searchPage(page: Page, query: string, filters = ''): Promise<void> {
  await page.goto(`/search/?${new URLSearchParams({ q: query })}${filters}`);
  await expect(page.getByRole('status')).toHaveAttribute('data-query', cleanQuery(query), firstSearch);
}

const hits = (page: Page) => page.locator('a[data-search-hit]');
const firstHit = (page: Page) => hits(page).first();
const hrefs = (page: Page) => hits(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

test.describe('ranking', () => {
  // The ranking tables (a fragment of each message, the common queries, every message whole) run in Node over the
  // built index: tests/site/search-index.test.ts. Here is what the page itself shows of a ranking.
  test('only a whole paste the matcher knows marks its guide, first, as the match; words that are not an error mark none', async ({ page }) => {
    await searchPage(page, "LLM request rejected: You're out of extra usage. Add more at claude.ai/settings/usage and keep going.");
    await expect(firstHit(page)).toHaveAttribute('href', guide('out-of-extra-usage'));
    await expect(firstHit(page)).toHaveAttribute('data-matched', '');
    await expect(firstHit(page)).toContainText('Matches your error');
    await expect(page.locator('a[data-matched]')).toHaveCount(1);

    await searchPage(page, 'extra usage');
    await expect(firstHit(page)).not.toHaveAttribute('data-matched');
    await expect(page.locator('a[data-matched]')).toHaveCount(0);
  });

  test('"out of extra usage" and "extra usage" list the personal guide before the organization\'s', async ({ page }) => {
    for (const query of ['out of extra usage', 'extra usage']) {
      await searchPage(page, query);
      await expect(firstHit(page), query).toHaveAttribute('href', guide('out-of-extra-usage'));
      const listed = await hrefs(page);
      const organization = listed.indexOf(guide('org-add-more'));
      if (organization !== -1) expect.soft(organization, query).toBeGreaterThan(listed.indexOf(guide('out-of-extra-usage')));
    }
  });

  test('an organization page comes first when the query speaks of an organization', async ({ page }) => {
    await searchPage(page, 'Your org is out of usage');
    await expect(firstHit(page)).toHaveAttribute('href', guide('org-add-more'));
  });

  test('a typo is corrected from the site words, and the status says so', async ({ page }) => {
    await searchPage(page, 'overlaoded');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-corrected', 'overloaded');
    await expect(status).toContainText('Did you mean “overloaded”? Showing its results.');
    await expect(firstHit(page)).toHaveAttribute('href', guide('overloaded'));
  });

  test('a word the guides use is never "corrected", though the catalogue lacks it', async ({ page }) => {
    for (const query of ['Cline', 'how much does it cost', 'Third-party apps now draw from your extra usage']) {
      await searchPage(page, query);
      await expect(page.getByRole('status')).toHaveAttribute('data-state', 'results');
      await expect(page.getByRole('status'), query).not.toHaveAttribute('data-corrected');
    }
  });

  test('a question typed as a sentence finds the pages with the most of its telling words, and says so', async ({ page }) => {
    await searchPage(page, 'why does claude code keep telling me im out of extra usage when i pay for max??');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-loose', '');
    await expect(status).toContainText('No page has every word you typed');
    expect(personalUsageGuide(await firstHit(page).getAttribute('href'))).toBe(true);
    await searchPage(page, 'extra usage');
    await expect(status).not.toHaveAttribute('data-loose');
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
    // The button replaces the /search/ link once the dialog's element is defined: wait for that, then for focus.
    await expect(button).toBeVisible();
    await button.focus();
    await expect(button).toBeFocused();
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
    // The dialog's code is held back until Enter has been pressed, so the order is certain, not a race.
    let release: () => void = () => undefined;
    const pressed = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route('**/_astro/search-dialog-ui*', async (route) => {
      requested = true;
      await pressed;
      await route.continue();
    });
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('This organization has been disabled');
    await expect.poll(() => requested).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/$/);
    release();
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
    await expect(first).toHaveAccessibleName(variant('rate-limited').title);
    await expect(first.locator('.badge')).toHaveText(`Who can fix it: ${actorLabels[variant('rate-limited').actor]}`);
    // Pagefind marks the query's words; the excerpt it picks decides which one comes first.
    await expect(first.locator('mark').first()).toContainText(/rate|limit|error/);
    await expect(dialog.getByRole('link', { name: 'Filters and the full search page' })).toHaveAttribute('href', '/search/?q=rate_limit_error');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations open with results and showing no results, in the ${scheme} scheme`, async ({ page }) => {
      await useScheme(page, scheme);
      await page.goto(guide('org-add-more'));
      await page.keyboard.press('/');
      await page.keyboard.type('workspace admin');
      const dialog = page.getByRole('dialog', { name: 'Search every fix' });
      await expect(dialog.getByRole('status')).toHaveAttribute('data-state', 'results');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect.soft(await axeViolations(page), 'with results').toEqual([]);

      await dialog.getByRole('searchbox').fill('qqqzzzxxx');
      await expect(dialog.getByRole('status')).toHaveAttribute('data-state', 'empty');
      expect.soft(await axeViolations(page, 'dialog'), 'no results').toEqual([]);
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

  test('filters by group as toggles, kept in the address', async ({ page }) => {
    const label = groupLabels.organization;
    await searchPage(page, 'extra usage');
    await page.getByRole('group', { name: 'Kind of error' }).getByRole('checkbox', { name: label }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('kind')).toEqual([label]);
    // The organization guides, and the admin guide written for that group.
    const organization = [
      ...builtVariants()
        .filter((entry) => entry.group === 'organization')
        .map((entry) => guide(entry.id)),
      '/admin/',
    ];
    await expect(async () => {
      const listed = await hrefs(page);
      expect(listed.length).toBeGreaterThan(0);
      for (const href of listed) expect(organization).toContain(href);
    }).toPass();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: label })).toBeChecked();
  });

  test('filters alone list every page in the chosen groups', async ({ page }) => {
    await page.goto('/search/?audience=API+key');
    const apiKey = builtVariants()
      .filter((entry) => entry.audience === 'api-key')
      .map((entry) => guide(entry.id));
    await expect(page.getByRole('status')).toHaveAttribute('data-state', 'results');
    expect((await hrefs(page)).sort()).toEqual(apiKey.sort());
  });

  test('says when nothing matches, and points to the paste box and the index', async ({ page }) => {
    await searchPage(page, 'qqqzzzxxx');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-state', 'empty');
    await expect(status).toContainText('No page matches “qqqzzzxxx”');
    await expect(status.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
    await expect(status.getByRole('link', { name: 'index of every error' })).toHaveAttribute('href', '/errors/');
    await expect(hits(page)).toHaveCount(0);
  });

  test('when the index finds nothing, offers the closest guides by their words', async ({ page }) => {
    // An index that knows no page (a stale or partial one): the closest guides come from the catalogue's own words.
    const emptyIndex =
      'export async function options() {} export async function init() {} export async function preload() {} export async function search() { return { results: [] }; }';
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ contentType: 'text/javascript', body: emptyIndex }));
    await searchPage(page, 'oauth token expired');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-state', 'empty');
    await expect(status).toContainText('The closest guides by their words');
    await expect(status.getByRole('link', { name: variant('oauth-token-expired').title })).toHaveAttribute('href', guide('oauth-token-expired'));
    await expect(status.getByRole('link', { name: 'index of every error' })).toHaveAttribute('href', '/errors/');
    await expect(status.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
  });

  test('says so when the index cannot load, and offers the index of every error', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("index unavailable");' }),
    );
    await page.goto('/search/?q=x-api-key');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-state', 'error');
    await expect(status).toContainText('Search could not load its index');
    await expect(status.getByRole('link', { name: 'index of every error' })).toHaveAttribute('href', '/errors/');
  });

  test('without JavaScript, says search needs it and links the index of every error', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=x-api-key');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'index of every error' })).toHaveAttribute('href', '/errors/');
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

  // One check per query, each named: the dialog takes every query in turn, as a person typing one after another.
  test('each shows as text in the dialog', async ({ page }) => {
    const alerts = watchForAlerts(page);
    await page.goto('/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search every fix' });
    const status = dialog.getByRole('status');
    for (const query of hostile) {
      const name = JSON.stringify(query);
      await dialog.getByRole('searchbox').fill(query);
      await expect.soft(status, name).toHaveAttribute('data-query', cleanQuery(query), firstSearch);
      await expect.soft(status, name).toHaveAttribute('data-state', /results|empty/);
      await expect.soft(dialog.locator('img, script, svg:not([aria-hidden]), iframe'), name).toHaveCount(0);
      if ((await status.getAttribute('data-state')) === 'empty')
        await expect.soft(status, name).toContainText(`No page matches “${cleanQuery(query)}”`);
    }
    expect(alerts).toEqual([]);
  });

  // The search page reads its query from the address, the way a link brings it: a fresh load for each.
  test('each shows as text on the search page, read from the address', async ({ page }) => {
    // Ten page loads and searches: past the default limit on a machine busy with other work.
    test.setTimeout(120_000);
    const alerts = watchForAlerts(page);
    for (const query of hostile) {
      const name = JSON.stringify(query);
      await page.goto(`/search/?${new URLSearchParams({ q: query })}`);
      await expect.soft(page.getByRole('status'), name).toHaveAttribute('data-query', cleanQuery(query), firstSearch);
      await expect.soft(page.locator('main').locator('img, script:not([type="application/ld+json"]), iframe'), name).toHaveCount(0);
      await expect.soft(page.getByRole('searchbox', { name: 'Words from your error' }), name).toHaveValue(cleanQuery(query));
    }
    expect(alerts).toEqual([]);
  });

  test('a 5 MB paste is cut to the searched length and the page stays responsive', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/search/');
    await page.evaluate(() => navigator.clipboard.writeText('rate limit '.repeat(480_000)));
    const box = page.getByRole('searchbox', { name: 'Words from your error' });
    await box.click();
    // How long it takes is a figure of `npm run bench`; here, that it is cut and searched.
    await page.keyboard.press('Control+v');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-state', 'results');
    await expect(status).toContainText(`Only the first ${maxQueryLength} characters were searched.`);
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
