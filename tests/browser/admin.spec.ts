import type { Page } from '@playwright/test';
import { requestableVariants } from '../../src/admin/claim.ts';
import { generalChecklist } from '../../src/admin/checklist.ts';
import { variants } from '../../src/catalogue/index.ts';
import { axeViolations, expect, test, useScheme } from './fixtures.ts';

/** What a member can send, chosen from the catalogue by the same function the request page uses. */
const requestable = requestableVariants(variants);
const titleOf = (id: string) => requestable.find((variant) => variant.id === id)?.title ?? id;
/** The claim page's heading when the link carries no request. */
const generalHeading = "A teammate's Claude tool is refused: what to check";
/** Words that would send the admin to ask an admin. */
const askAnAdmin = /ask (your|an) (workspace )?admin/i;

/** Everything the admin reads on the claim page except the member's verbatim error, which speaks to the member. */
async function adminText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-claim-error-messages], script, [hidden]').forEach((node) => node.remove());
    return copy.textContent.replace(/\s+/g, ' ');
  });
}

/**
 * Loads `path` afresh in the tab. Going to an address that differs from the current one only in its fragment does
 * not load the page again (a test of its own follows that case): Playwright answers such a move with no response,
 * and then the page is reloaded at its new address. (A detour through about:blank costs Chromium a new process.)
 */
async function freshLoad(page: Page, path: string): Promise<void> {
  if (!(await page.goto(path))) await page.reload();
}

/** The caps the request module applies (src/admin/request.ts, fieldCaps); restated so a change there is noticed here. */
const caps = { from: 80, org: 100, tool: 60, note: 300 } as const;
type TextField = keyof typeof caps;
const textFields = Object.keys(caps) as TextField[];
const labels: Record<TextField, string> = { from: 'Your name', org: 'Workspace name', tool: 'The tool that failed', note: 'A note for your admin' };

/** A hostile value: what a person types (or a link carries) and what the pages must show for a field with `cap`. */
interface Hostile {
  name: string;
  value: string;
  shown: (cap: number) => string;
}
const same = (value: string) => () => value;
const hostile: Hostile[] = [
  { name: 'a script tag', value: '<script>window.__pwned=1</script>', shown: same('<script>window.__pwned=1</script>') },
  { name: 'a closing script tag', value: '</script><script>window.__pwned=1</script>', shown: same('</script><script>window.__pwned=1</script>') },
  { name: 'an img with onerror', value: '<img src=x onerror="window.__pwned=1">', shown: same('<img src=x onerror="window.__pwned=1">') },
  { name: 'an attribute break-out with onload', value: '"><svg onload=alert(1)>', shown: same('"><svg onload=alert(1)>') },
  { name: 'a javascript: URL', value: 'javascript:window.__pwned=1//', shown: same('javascript:window.__pwned=1//') },
  {
    name: 'HTML entities',
    value: '&lt;b&gt;x&lt;/b&gt; &amp;amp; &#60;i&#x3E; &nbsp;',
    shown: same('&lt;b&gt;x&lt;/b&gt; &amp;amp; &#60;i&#x3E; &nbsp;'),
  },
  { name: 'percent signs and broken escapes as text', value: '%E0%A4%A 100% %ZZ %', shown: same('%E0%A4%A 100% %ZZ %') },
  { name: 'a 10 KB value', value: 'A'.repeat(10_240), shown: (cap) => 'A'.repeat(cap) },
  { name: 'a 10 KB value of emoji', value: '🚀'.repeat(5_120), shown: (cap) => '🚀'.repeat(cap / 2) },
  { name: 'a right-to-left override', value: 'report\u202Efdp.exe\u202C', shown: same('reportfdp.exe') },
  { name: 'bidi isolates and marks', value: '\u2066\u2067abc\u2069\u200F\u200E', shown: same('abc') },
  { name: 'emoji', value: '👩🏽‍💻 Ana 🚀 ✅', shown: same('👩🏽‍💻 Ana 🚀 ✅') },
  { name: 'lone surrogates', value: 'a\uD800b\uDC00c', shown: same('a\uFFFDb\uFFFDc') },
  { name: 'C0 and C1 controls', value: 'a\u0000b\u0007c\u0085d\u009Be', shown: same('abc de') },
  {
    name: 'template and prototype syntax',
    value: "{{7*7}} ${7*7} __proto__ constructor '\\",
    shown: same("{{7*7}} ${7*7} __proto__ constructor '\\"),
  },
];

/** Fragment values that are already broken as URLs: what they decode to. */
const brokenEscapes = [
  { raw: '%E0%A4%A', shown: '\uFFFD%A' },
  { raw: '%', shown: '%' },
  { raw: '%ZZ%2', shown: '%ZZ%2' },
  { raw: '%F0%9F%98', shown: '\uFFFD' },
  { raw: '%ED%A0%80x', shown: '\uFFFD\uFFFD\uFFFDx' },
];

/** The same value in every text field, and in `variant`, as URLSearchParams would write it. */
function allFields(value: string, withVariant = true): string {
  const params = new URLSearchParams();
  for (const field of textFields) params.set(field, value);
  if (withVariant) params.set('variant', value);
  return params.toString();
}

/**
 * The same value in every field of a query string. Servers refuse very long request lines (the preview server
 * answers 431), so a value too long for that is cut, never below 400 code units: still beyond every cap (at most 300).
 */
function queryFields(value: string): string {
  let cut = value;
  while (allFields(cut).length > 12_000 && cut.length > 400) cut = cut.slice(0, Math.max(400, Math.floor(cut.length / 2)));
  return allFields(cut);
}

/** What the page looks like after a visit: anything a hostile value could have injected or run. */
async function injectionReport(page: Page) {
  return page.evaluate(() => {
    const all = [...document.body.querySelectorAll('*')];
    return {
      elements: all.length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      handlers: all.filter((node) => [...node.attributes].some((attribute) => attribute.name.toLowerCase().startsWith('on'))).length,
      // The page's own content has none of these; the header and footer belong to other features.
      dangerous: document.querySelectorAll(
        'main :is(img, iframe, svg, object, embed, video, audio, math, form, base, b, i, a[href^="javascript:" i])',
      ).length,
    };
  });
}

/** The request as the admin's page shows it: each text field's cell, or null when the row is hidden. */
async function shownRequest(page: Page): Promise<Record<TextField, string | null>> {
  return page.evaluate((fields) => {
    const shown: Record<string, string | null> = {};
    for (const field of fields) {
      const row = document.querySelector<HTMLElement>(`[data-claim-row="${field}"]`);
      shown[field] = row && !row.hidden ? (document.querySelector(`[data-claim-value="${field}"]`)?.textContent ?? null) : null;
    }
    return shown;
  }, textFields);
}

function expectedRequest(item: Hostile): Record<TextField, string> {
  return { from: item.shown(caps.from), org: item.shown(caps.org), tool: item.shown(caps.tool), note: item.shown(caps.note) };
}

/** Every hostile-input case: value × field × way in. Counted here so the total can be reported. */
const ways = {
  'typed into the request form': textFields.length,
  'in the claim page fragment': textFields.length + 1,
  'in the request page fragment': textFields.length + 1,
  'in the claim page query string': textFields.length + 1,
  'in the request page query string': textFields.length + 1,
};
const hostileCaseCount = hostile.length * Object.values(ways).reduce((sum, count) => sum + count, 0) + brokenEscapes.length * textFields.length;

test.describe('hostile input', () => {
  let baseline: { claim: number; claimBare: number; request: number };
  let dialogs: string[];

  // The element counts of the pages with ordinary values, once per worker: every hostile case is compared with them.
  test.beforeAll(async ({ browser }) => {
    console.log(`hostile-input cases: ${hostileCaseCount}`);
    const page = await browser.newPage();
    await page.goto(`/admin/claim/#${allFields('Ana', false)}`);
    const claim = (await injectionReport(page)).elements;
    await page.goto('/admin/claim/');
    const claimBare = (await injectionReport(page)).elements;
    await page.goto('/admin/request/');
    const request = (await injectionReport(page)).elements;
    baseline = { claim, claimBare, request };
    await page.close();
  });

  test.beforeEach(({ page }) => {
    dialogs = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });

  // A few values to a test, each on the same tab with a fresh load per way in: each check names its value.
  const hostileParts = 3;
  for (let part = 0; part < hostileParts; part++) {
    const items = hostile.filter((_, index) => index % hostileParts === part);
    test(`${items.map((item) => item.name).join(', ')}: shown as text within its cap, and nothing runs or is injected, whichever way it comes in`, async ({
      page,
    }) => {
      // Six loads for each of five values: past the default limit on a machine busy with other work.
      test.setTimeout(120_000);
      for (const item of items) {
        const expected = expectedRequest(item);
        const clean = { elements: 0, pwned: null, handlers: 0, dangerous: 0 };

        // Typed by the member, then sent through the link.
        await page.goto('/admin/request/');
        for (const field of textFields) await page.getByLabel(labels[field]).fill(item.value);
        expect.soft(await injectionReport(page), item.name).toEqual({ ...clean, elements: baseline.request });
        const message = (await page.locator('#request-message').textContent()) ?? '';
        for (const field of textFields) expect.soft(message, `${item.name} in ${field}`).toContain(expected[field]);
        const link = (await page.locator('#request-link').textContent()) ?? '';
        expect.soft(link.startsWith('http://127.0.0.1:'), item.name).toBe(true);
        await expect(page.getByRole('link', { name: 'Open the page your admin will see' }), item.name).toHaveAttribute('href', link);
        await page.goto(link);
        expect.soft(await shownRequest(page), item.name).toEqual(expected);
        await expect(page.getByRole('heading', { level: 1 }), item.name).toHaveText(
          `${expected.from} asked you to check the workspace's usage credits`,
          {
            useInnerText: false,
          },
        );
        expect.soft(await injectionReport(page), item.name).toEqual({ ...clean, elements: baseline.claim });

        // Straight in the claim page's fragment, in every field including the variant (which is then ignored).
        await page.goto(`/admin/claim/#${allFields(item.value)}`);
        expect.soft(await shownRequest(page), item.name).toEqual(expected);
        await expect(page.getByRole('region', { name: 'The error they hit' }), item.name).toBeHidden();
        expect.soft(await injectionReport(page), item.name).toEqual({ ...clean, elements: baseline.claim });

        // In the request page's fragment, as a guide or the paste box would link to it.
        await page.goto(`/admin/request/#${allFields(item.value)}`);
        for (const field of textFields) await expect(page.getByLabel(labels[field]), `${item.name} in ${field}`).toHaveValue(expected[field]);
        await expect(page.getByLabel('The error'), item.name).toHaveValue('');
        expect.soft(await injectionReport(page), item.name).toEqual({ ...clean, elements: baseline.request });

        // In a query string: the pages read only the fragment, so nothing of it is shown.
        const query = queryFields(item.value);
        await page.goto(`/admin/claim/?${query}`);
        expect.soft(await shownRequest(page), item.name).toEqual({ from: null, org: null, tool: null, note: null });
        await expect(page.getByRole('heading', { level: 1 }), item.name).toHaveText(generalHeading);
        expect.soft(await injectionReport(page), item.name).toEqual({ ...clean, elements: baseline.claimBare });
        await page.goto(`/admin/request/?${query}`);
        for (const field of textFields) await expect(page.getByLabel(labels[field]), `${item.name} in ${field}`).toHaveValue('');
        expect.soft(await injectionReport(page), item.name).toEqual({ ...clean, elements: baseline.request });
        expect.soft(dialogs, item.name).toEqual([]);
      }
    });
  }

  test('broken percent-escapes in the fragment never throw and show what they decode to', async ({ page }) => {
    for (const { raw, shown } of brokenEscapes) {
      await page.goto(`/admin/claim/#${textFields.map((field) => `${field}=${raw}`).join('&')}`);
      expect(await shownRequest(page), raw).toEqual({ from: shown, org: shown, tool: shown, note: shown });
      expect(await injectionReport(page)).toEqual({ elements: baseline.claim, pwned: null, handlers: 0, dangerous: 0 });
    }
  });

  test('an unescaped script tag typed straight into the address bar fragment stays text', async ({ page }) => {
    await page.goto('/admin/claim/#from=<script>window.__pwned=1</script>&note=<img src=x onerror=alert(1)>');
    expect(await shownRequest(page)).toEqual({
      from: '<script>window.__pwned=1</script>',
      org: null,
      tool: null,
      note: '<img src=x onerror=alert(1)>',
    });
    const report = await injectionReport(page);
    expect([report.pwned, report.handlers, report.dangerous]).toEqual([null, 0, 0]);
    expect(dialogs).toEqual([]);
  });
});

test.describe('the admin link', () => {
  test('round trip: what the member composes is exactly what the admin sees', async ({ page }) => {
    await page.goto('/admin/request/');
    await page.getByLabel('Your name').fill('Ana Lima');
    await page.getByLabel('Workspace name').fill('Acme & Co <EU>');
    await page.getByLabel('The tool that failed').fill('OpenCode');
    await page.getByLabel('The error').selectOption('org-credit-claim');
    await page.getByLabel('A note for your admin').fill('Demo at 3 pm, 100% blocked 😅');
    const link = (await page.locator('#request-link').textContent()) ?? '';
    expect(link).toBe(
      `${new URL(page.url()).origin}/admin/claim/#from=Ana+Lima&org=Acme+%26+Co+%3CEU%3E&tool=OpenCode&variant=org-credit-claim&note=Demo+at+3+pm%2C+100%25+blocked+%F0%9F%98%85`,
    );
    const message = (await page.locator('#request-message').textContent()) ?? '';
    expect(message).toContain(link);
    expect(message).toContain('Thanks, Ana Lima');
    const mailto = new URL((await page.getByRole('link', { name: 'Write it as an e-mail' }).getAttribute('href')) ?? '');
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.searchParams.get('subject')).toBe("Could you look at our Claude workspace's usage credits?");
    expect(mailto.searchParams.get('body')).toBe(message.replace(/\n/g, '\r\n'));
    expect(message).toContain('claude.ai/admin-settings/usage');

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana Lima asked you about the organization credit message');
    expect(await shownRequest(page)).toEqual({ from: 'Ana Lima', org: 'Acme & Co <EU>', tool: 'OpenCode', note: 'Demo at 3 pm, 100% blocked 😅' });
    const error = page.getByRole('region', { name: 'The error they hit' });
    await expect(error).toContainText(titleOf('org-credit-claim'));
    await expect(error.locator('pre').first()).toContainText('Ask your workspace admin to claim it and keep going.');
    await expect(error).toContainText('can no longer be claimed');
    await expect(error.getByRole('link', { name: 'Read the full guide to this error' })).toHaveAttribute('href', '/errors/org-credit-claim/');
    const steps = page.locator('[data-admin-steps="org-credit-claim"]');
    await expect(steps).toBeVisible();
    await expect(steps).toContainText('17 April 2026');
    await expect(steps.getByRole('link', { name: 'claude.ai/admin-settings/usage' }).first()).toHaveAttribute(
      'href',
      'https://claude.ai/admin-settings/usage',
    );
    await expect(page.locator('#claim-done-reply')).toHaveText(
      "Done: I checked the workspace's usage credits for Acme & Co <EU>. Try OpenCode again, and restart it if it still shows the old error.",
    );
  });

  test('a guide or the paste box pre-fills the request page from its fragment', async ({ page }) => {
    await page.goto('/admin/request/#variant=org-credit-claim&tool=OpenCode');
    await expect(page.getByLabel('The error')).toHaveValue('org-credit-claim');
    await expect(page.getByLabel('The tool that failed')).toHaveValue('OpenCode');
    await expect(page.getByLabel('Your name')).toHaveValue('');
    await expect(page.locator('#request-link')).toHaveText(/\/admin\/claim\/#tool=OpenCode&variant=org-credit-claim$/);
  });

  test('says plainly that nothing is sent anywhere', async ({ page }) => {
    await page.goto('/admin/request/');
    await expect(page.getByRole('main')).toContainText('This site sends nothing anywhere.');
    await expect(page.getByRole('main')).toContainText('nothing you enter is stored or sent');
  });

  test('each kind of error gets its own wording and steps for the admin', async ({ page }) => {
    await page.goto('/admin/claim/#from=Bo&variant=org-add-more');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bo asked you to add usage credits');
    await expect(page.locator('[data-admin-steps="org-add-more"] li')).toHaveCount(6);
    await expect(page.locator('[data-admin-steps="org-add-more"]')).toContainText('switched on for the organization and for this person');

    await page.goto('/admin/claim/#from=Bo&variant=member-spend-limit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bo asked you for a higher spend limit');
    await expect(page.locator('[data-admin-steps="member-spend-limit"]')).toContainText('Spend limits by user');
  });

  test('the request page offers exactly the errors an admin can act on, read from the catalogue', async ({ page }) => {
    await page.goto('/admin/request/');
    const offered = await page
      .getByLabel('The error')
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(offered.toSorted()).toEqual(requestable.map((variant) => variant.id).toSorted());
    for (const id of ['org-credit-claim', 'org-add-more', 'org-spend-limit-reached', 'member-spend-limit']) expect(offered).toContain(id);
    expect(offered).not.toContain('rate-limited');
  });

  test('without a usable request in the fragment the claim page shows the general steps and no error', async ({ page }) => {
    // Eight page loads: a busy machine needs more than one load's time.
    test.setTimeout(120_000);
    for (const fragment of ['', '#', '#%', '#%E0%A4%A', '#variant=not-a-variant', '#variant=rate-limited', '#admin=1&x=2', '#&&==']) {
      const name = fragment || 'no fragment';
      await freshLoad(page, `/admin/claim/${fragment}`);
      await expect.soft(page.getByRole('heading', { level: 1 }), name).toHaveText(generalHeading);
      await expect.soft(page.getByRole('region', { name: 'The error they hit' }), name).toBeHidden();
      await expect.soft(page.getByRole('region', { name: 'The request' }), name).toBeHidden();
      await expect.soft(page.locator('[data-admin-steps="general"]'), name).toBeVisible();
    }
  });

  test('follows a change of fragment on an open claim page', async ({ page }) => {
    await page.goto('/admin/claim/#from=Ana&variant=org-credit-claim');
    await page.evaluate(() => {
      location.hash = 'from=Bo&variant=org-add-more';
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bo asked you to add usage credits');
    await expect(page.locator('[data-admin-steps="org-add-more"]')).toBeVisible();
    await page.evaluate(() => {
      location.hash = '';
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(generalHeading);
    await expect(page.getByRole('region', { name: 'The request' })).toBeHidden();
  });

  test('without JavaScript the claim page still shows the general steps and the checklist', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/admin/claim/#from=Ana');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(generalHeading);
    await expect(page.locator('[data-admin-steps="general"]')).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(generalChecklist.length);
    await page.goto('/admin/request/');
    await expect(page.locator('#request-link')).toContainText('/admin/claim/');
    await expect(page.getByRole('main')).toContainText('Without JavaScript');
    await context.close();
  });
});

test.describe('the admin checklist', () => {
  const total = generalChecklist.length;
  const [first = '', second = '', third = ''] = generalChecklist.map((item) => item.label);

  test('keeps ticks across reloads and between the guide and the claim page without a request, and resets', async ({ page }) => {
    await page.goto('/admin/');
    const checklist = page.getByRole('group', { name: 'Admin checklist' });
    await expect(checklist.getByRole('checkbox')).toHaveCount(total);
    await checklist.getByRole('checkbox', { name: first }).check();
    await checklist.getByRole('checkbox', { name: third }).check();
    await expect(checklist.getByRole('status')).toHaveText(`2 of ${total} done.`);
    await page.reload();
    await expect(checklist.getByRole('checkbox', { name: first })).toBeChecked();
    await expect(checklist.getByRole('checkbox', { name: third })).toBeChecked();
    await expect(checklist.getByRole('checkbox', { name: second })).not.toBeChecked();

    await page.goto('/admin/claim/');
    await expect(checklist.getByRole('checkbox', { name: third })).toBeChecked();
    await checklist.getByRole('button', { name: 'Reset the checklist' }).click();
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(checklist.getByRole('status')).toHaveText(`0 of ${total} done. Checklist reset.`);
    await page.reload();
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(0);
  });

  test("a request's ticks are its own: the guide's list and another request start empty", async ({ page }) => {
    await page.goto('/admin/claim/#from=Ana&variant=org-add-more');
    const checklist = page.getByRole('group', { name: 'Admin checklist' });
    const boxes = checklist.getByRole('checkbox');
    await expect(boxes.first()).toBeVisible();
    for (const box of await boxes.all()) await box.check();
    const count = await boxes.count();
    await expect(checklist.getByRole('status')).toHaveText(`All ${count} done.`);

    // Another request on the same open page (the fragment changes), then the guide, then the first request again.
    await page.evaluate(() => {
      location.hash = 'from=Bo&variant=org-add-more';
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bo asked you to add usage credits');
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(checklist.getByRole('status')).toHaveText(`0 of ${count} done.`);
    await page.goto('/admin/');
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await page.goto('/admin/claim/#from=Ana&variant=org-add-more');
    await expect(checklist.getByRole('status')).toHaveText(`All ${count} done.`);
  });

  test('shrugs off a corrupted stored value', async ({ page }) => {
    await page.goto('/admin/');
    await page.evaluate(() => localStorage.setItem('llm-request-rejected:admin-checklist:v2', '{"not":"a list"'));
    await page.reload();
    await expect(page.getByRole('group', { name: 'Admin checklist' }).getByRole('checkbox', { checked: true })).toHaveCount(0);
  });
});

test.describe('copying', () => {
  test('copies the link, the message and the reply with clipboard permission', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/admin/request/#variant=org-add-more');
    await page.getByLabel('Your name').fill('Ana');
    const link = (await page.locator('#request-link').textContent()) ?? '';
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.getByRole('button', { name: 'Copy message' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#request-message').textContent());

    await page.goto(link);
    await page.getByRole('button', { name: 'Copy the reply' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Done: usage credits are on and funded. Try your tool again, and restart it if it still shows the old error.',
    );
  });

  for (const [situation, init] of [
    ['missing', () => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })],
    [
      'refused',
      () =>
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
          configurable: true,
        }),
    ],
  ] as const) {
    test(`selects the text and says to press Ctrl+C when the clipboard is ${situation}`, async ({ page }) => {
      await page.addInitScript(init);
      await page.goto('/admin/request/#from=Ana&variant=org-credit-claim');
      const link = (await page.locator('#request-link').textContent()) ?? '';
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(page.getByRole('status').filter({ hasText: /Selected: press (Ctrl\+C|⌘C) to copy/ })).toBeVisible();
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(link);

      await page.goto(link);
      await page.getByRole('button', { name: 'Copy the reply' }).click();
      await expect(page.getByRole('status').filter({ hasText: /Selected: press/ })).toBeVisible();
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await page.locator('#claim-done-reply').textContent());
    });
  }
});

test('a member goes from the guide to a copied request', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/errors/org-credit-claim/');
  await page.getByRole('link', { name: 'Ask my admin: make a request link' }).click();
  await expect(page).toHaveURL(/\/admin\/request\/#variant=org-credit-claim$/);
  await expect(page.getByLabel('The error')).toHaveValue('org-credit-claim');
  await page.getByLabel('Your name').fill('Ana');
  await page.getByLabel('Workspace name').fill('Acme');
  await page.getByLabel('The tool that failed').fill('OpenClaw');
  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('/admin/claim/#from=Ana&org=Acme&tool=OpenClaw&variant=org-credit-claim');
});

test('a member goes from a pasted organization error to a sent request, and the admin sees exactly what was sent', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page
    .getByRole('textbox', { name: /Paste your error/ })
    .fill(
      "OpenCode: Third-party apps now draw from extra usage, not plan limits. We've added a credit to your organization to get you started. Ask your workspace admin to claim it and keep going.",
    );
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'org-credit-claim');
  await page.getByRole('link', { name: 'Ask my admin' }).click();
  await expect(page.getByLabel('The error')).toHaveValue('org-credit-claim');
  await page.getByLabel('Your name').fill('Ana');
  await page.getByLabel('Workspace name').fill('Acme');
  // The paste box passes on the tool when the paste names one; whatever the field holds is what gets sent.
  const tool = (await page.getByLabel('The tool that failed').inputValue()) || null;
  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();

  const sent = await page.evaluate(() => navigator.clipboard.readText());
  const link = /https?:\/\/\S+\/admin\/claim\/#\S+/.exec(sent)?.[0] ?? '';
  expect(link).toContain('variant=org-credit-claim');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana asked you about the organization credit message');
  expect(await shownRequest(page)).toEqual({ from: 'Ana', org: 'Acme', tool, note: null });
  await expect(page.getByRole('region', { name: 'The error they hit' })).toContainText(titleOf('org-credit-claim'));
});

test('the admin guide is indexed for search and links the request page', async ({ page }) => {
  await page.goto('/admin/');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
  await expect(page.locator('[data-pagefind-body] h1')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Make a request link' })).toHaveAttribute('href', '/admin/request/');
  const roles = page.getByRole('table').first();
  await expect(roles.getByRole('row')).toHaveCount(5);
  await expect(roles.getByRole('row', { name: /^Owner or Primary Owner/ })).toContainText('Yes');
  await expect(roles.getByRole('row', { name: /^Member/ })).toContainText('No');
});

test('the admin guide sends admins to the organization usage page and treats the April credit as over', async ({ page }) => {
  await page.goto('/admin/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'claude.ai/admin-settings/usage' }).first()).toHaveAttribute(
    'href',
    'https://claude.ai/admin-settings/usage',
  );
  const text = (await main.textContent()) ?? '';
  expect(text).toContain('17 April 2026');
  expect(text).toContain('90 days after it was claimed');
  expect(text).toContain('Review requests');
  expect(text).toContain('/usage-credits');
  expect(text).toMatch(/Usage-based Enterprise/);
  expect(text).not.toMatch(/Owner or Admin|Admin badge|Members page/);
  expect(text).not.toMatch(/claim (the|your) (organization|workspace)('s)? (extra usage )?credit, step by step/i);
  await expect(main.getByRole('table', { name: /auto-reload by team size, estimates by the seed author/ })).toHaveCount(1);
  await expect(main).toContainText('these figures come from the author of one of the two articles this site grew out of, not from Anthropic');
  await expect(main).toContainText("The help center's banner of that day says the change is paused");
});

test('each admin page says that usage credits and extra usage are the same balance', async ({ page }) => {
  for (const path of ['/admin/', '/admin/request/', '/admin/claim/', '/admin/claim/#from=Ana&variant=org-add-more']) {
    await freshLoad(page, path);
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect.soft(text, path).toMatch(/"extra usage" \(Claude Code took the new name on 19 May 2026\)/);
  }
});

test('the claim page says it only repeats the link, checked no sender, and asks for no sign-in or payment', async ({ page }) => {
  await page.goto('/admin/claim/#from=Ana&variant=org-add-more');
  const trust = page.locator('[data-claim-trust]');
  await expect(trust).toBeVisible();
  await expect(trust).toContainText('only repeats what the link says');
  await expect(trust).toContainText('did not check who sent it');
  await expect(trust).toContainText('Nothing here asks you to sign in or to pay');
});

test('the claim page, with and without a request, says the April 2026 credit is over and never offers to claim it', async ({ page }) => {
  for (const path of ['/admin/claim/', '/admin/claim/#from=Ana&variant=org-credit-claim']) {
    await freshLoad(page, path);
    await expect.soft(page.getByRole('heading', { level: 1 }), path).not.toHaveText(/claim/i);
    const text = await adminText(page);
    expect.soft(text, path).toContain('claims closed on 17 April 2026');
    expect.soft(text, path).toContain('90 days after it was claimed');
    expect.soft(text, path).not.toMatch(/claim (it|the credit|the organization credit) (from|at|on)|claim banner/i);
    await expect.soft(page.getByRole('checkbox', { name: /claim/i }), path).toHaveCount(0);
  }
});

test.describe('every error a member can send reaches the admin in words for the admin', () => {
  test('there is at least one, and the organization errors are among them', () => {
    expect(requestable.length).toBeGreaterThanOrEqual(4);
  });

  test("each one's steps point the admin at claude.ai/admin-settings/usage and never say to ask an admin", async ({ page }) => {
    for (const { id, title } of requestable) {
      await page.goto(`/admin/claim/#variant=${id}`);
      await expect.soft(page.getByRole('heading', { level: 1 }), id).toHaveText(/^A teammate asked /);
      await expect.soft(page.getByRole('region', { name: 'The error they hit' }), id).toContainText(title);
      const steps = page.locator(`[data-admin-steps="${id}"]`);
      await expect.soft(steps, id).toBeVisible();
      expect.soft(await steps.locator('li').count(), id).toBeGreaterThan(1);
      const text = await adminText(page);
      expect.soft(text, id).toContain('claude.ai/admin-settings/usage');
      expect.soft(text, id).not.toMatch(askAnAdmin);
      expect.soft(text, id).not.toMatch(/Owner or Admin|Admin badge/);
      expect.soft(text, id).not.toContain('claude.ai/settings/usage');
    }
  });

  for (const { id } of requestable) {
    test(`#variant=${id}: the checklist of one request does not show as done for another`, async ({ page }) => {
      await page.goto(`/admin/claim/#variant=${id}&from=Ana&org=Acme`);
      const checklist = page.getByRole('group', { name: 'Admin checklist' });
      const boxes = checklist.getByRole('checkbox');
      await expect(boxes.first()).toBeVisible();
      for (const box of await boxes.all()) await box.check();
      const count = await boxes.count();
      await expect(checklist.getByRole('status')).toHaveText(`All ${count} done.`);

      for (const other of [`#variant=${id}&from=Bo&org=Acme`, `#variant=${id}&from=Ana&org=Acme&note=again`, `#variant=${id}`]) {
        await page.goto(`/admin/claim/${other}`);
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(generalHeading);
        await expect(checklist.getByRole('checkbox', { checked: true }), other).toHaveCount(0);
        await expect(checklist.getByRole('status')).toHaveText(`0 of ${count} done.`);
      }
      await page.goto(`/admin/claim/#variant=${id}&from=Ana&org=Acme`);
      await expect(checklist.getByRole('status')).toHaveText(`All ${count} done.`);
    });
  }
});

// The admin guide and the bare request page are in every page's sweep (pages.spec.ts); these are the states a link brings.
const axePages = [
  '/admin/request/#variant=org-credit-claim&tool=OpenCode',
  '/admin/claim/',
  '/admin/claim/#from=Ana&org=Acme&tool=OpenCode&variant=org-credit-claim&note=Soon',
  '/admin/claim/#variant=org-spend-limit-reached',
];
for (const scheme of ['light', 'dark'] as const) {
  test(`the admin pages in the states a link brings have one h1 and no axe violations in the ${scheme} scheme`, async ({ page }) => {
    // Four pages, each loaded once with axe run on it: past the default 30 s on a machine busy with other work.
    test.setTimeout(120_000);
    await useScheme(page, scheme);
    for (const path of axePages) {
      await freshLoad(page, path);
      await expect.soft(page.locator('html'), path).toHaveAttribute('data-theme', scheme);
      await expect.soft(page.locator('h1'), path).toHaveCount(1);
      expect.soft(await axeViolations(page), path).toEqual([]);
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} scrolls sideways`).toBe(true);
    }
  });
}

test('the three admin pages fit a 375 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const long = allFields('W'.repeat(300), false);
  for (const path of ['/admin/', `/admin/request/#${long}`, `/admin/claim/#${long}`, `/admin/claim/#${allFields('W'.repeat(300))}`]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
});
