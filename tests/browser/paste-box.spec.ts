import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readReset, resolveReset } from '../../src/matcher/reset.ts';
import { axeViolations, builtVariants, expect, test, useScheme } from './fixtures.ts';

interface CorpusLine {
  text: string;
  expect: string | null;
}
const corpusPath = ['../shared/corpus/pastes.jsonl', 'tests/fixtures/pastes.jsonl'].find((path) => existsSync(path))!;
const corpus = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as CorpusLine);

const title = (id: string) => builtVariants().find((variant) => variant.id === id)?.title ?? `(no variant ${id})`;

const outOfExtraUsage = "API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";
const overloaded = 'API Error (529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})';
const invalidKey = 'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}';

function pasteBox(page: Page) {
  return page.getByRole('textbox', { name: /Paste your error/ });
}

function result(page: Page) {
  return page.getByRole('region', { name: 'Diagnosis' });
}

/** The value of one row of "Read off your paste", or null when the row is absent. */
function fact(page: Page, term: string) {
  return result(page)
    .locator('dl dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** Pastes through the clipboard, as a person does, so the box sees a real paste event. */
async function pasteFromClipboard(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await pasteBox(page).focus();
  await page.keyboard.press('Control+v');
}

test('pasting a real corpus line names its variant and links its guide', async ({ page }) => {
  await page.goto('/');
  const line = corpus.find((entry) => entry.expect === 'starter-credit-100')!;
  await pasteBox(page).fill(line.text);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'starter-credit-100');
  await expect(result(page).getByRole('heading', { level: 3 })).toHaveText(title('starter-credit-100'));
  await expect(result(page).getByRole('link', { name: 'Open the guide' })).toHaveAttribute('href', '/errors/starter-credit-100/');
  await expect(fact(page, 'Amount')).toHaveText('$100');
});

test('every line of the corpus gives its expected diagnosis in the page', async ({ page }) => {
  await page.goto('/');
  for (const line of corpus) {
    // Clear first, so a line with the same answer as the one before cannot pass on a stale result.
    await pasteBox(page).fill('');
    await expect(result(page)).not.toHaveAttribute('data-diagnosis');
    if (line.text.trim() === '') continue;
    await pasteBox(page).fill(line.text);
    await expect(result(page), line.text.slice(0, 80)).toHaveAttribute('data-diagnosis', line.expect ?? '');
  }
});

test('the matched words are marked in a copy of the paste shown as text, and a named tool is read off', async ({ page }) => {
  await page.goto('/');
  await pasteBox(page).fill(`Claude Code returned an error result: ${outOfExtraUsage}`);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  const marks = result(page).locator('figure mark');
  await expect(marks).toHaveCount(1);
  await expect(marks).toHaveText("You're out of extra usage. Add more at claude.ai/settings/usage and keep going");
  await expect(result(page).locator('figure pre')).toContainText('Claude Code returned an error result: API Error: 400');
  await expect(fact(page, 'Tool')).toHaveText('Claude Code');
  await expect(fact(page, 'HTTP status')).toHaveText('400');

  // No "Tool" row when the paste names no tool.
  await pasteBox(page).fill(outOfExtraUsage);
  await expect(result(page).locator('figure pre')).not.toContainText('Claude Code returned');
  await expect(fact(page, 'HTTP status')).toHaveText('400');
  await expect(result(page).locator('dl dt', { hasText: /^Tool$/ })).toHaveCount(0);

  // Markup in the paste is shown in the copy as text, never run.
  await pasteBox(page).fill(`<img src=x onerror="document.title='owned'"> ${outOfExtraUsage}`);
  await expect(result(page).locator('figure pre')).toContainText('<img src=x onerror=');
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await expect(result(page).locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('owned');
});

test('a Japanese message is read as its English and its own words are marked', async ({ page }) => {
  await page.goto('/');
  await pasteBox(page).fill('Claudeで「5時間の制限に達しました - 17:00にリセットされます。」と表示されました');
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'plan-usage-limit');
  await expect(result(page).locator('figure mark').first()).toHaveText('5時間の制限に達しました');
});

test.describe('a reset time', () => {
  test.use({ timezoneId: 'America/New_York' });

  test("is shown in the reader's own time and zone, with how long until it", async ({ page }) => {
    const paste = "You've hit your session limit · resets 3:45pm (Europe/Lisbon)";
    // The same instant the page computes, as a New York clock shows it (Lisbon and New York differ by 4 or 5 hours).
    const at = resolveReset(readReset(paste)!, Date.now())!;
    const clock = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', minute: '2-digit' }).format(at);
    await page.goto('/');
    await pasteBox(page).fill(paste);
    await expect(result(page)).toHaveAttribute('data-diagnosis', 'plan-usage-limit');
    const resets = fact(page, 'Resets');
    await expect(resets).toContainText('3:45pm (Europe/Lisbon)');
    // Browsers put a narrow no-break space before AM/PM; match any space there.
    await expect(resets).toContainText(new RegExp(clock.replace(/\s/g, '\\s')));
    await expect(resets).toContainText('your time (America/New_York), in ');
  });
});

test('unknown text is not recognised and offers the closest guides and the index, never a search', async ({ page }) => {
  await page.goto('/');
  await pasteBox(page).fill('Error: the OAuth token could not be refreshed, request failed with a gateway timeout');
  await expect(result(page)).toHaveAttribute('data-diagnosis', '');
  await expect(result(page).getByRole('heading', { name: 'Not recognised' })).toBeVisible();
  await expect(result(page)).toContainText('The closest guides by their words');
  const closest = result(page).locator('ul a[href^="/errors/"]');
  expect(await closest.count()).toBeGreaterThan(0);
  for (const href of await closest.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(builtVariants().map((variant) => `/errors/${variant.id}/`)).toContain(href);
  }
  await expect(result(page).getByRole('link', { name: 'the index of every error' })).toHaveAttribute('href', '/errors/');
  await expect(result(page).locator('a[href*="/search/"]')).toHaveCount(0);
});

test('text that shares no word with any guide offers the index alone', async ({ page }) => {
  await page.goto('/');
  await pasteBox(page).fill('qqqzzzxxx wwwvvv');
  await expect(result(page)).toHaveAttribute('data-diagnosis', '');
  await expect(result(page)).not.toContainText('The closest guides');
  await expect(result(page).getByRole('link', { name: 'the index of every error' })).toHaveAttribute('href', '/errors/');
  await expect(result(page).locator('a[href*="/search/"]')).toHaveCount(0);
});

const vendorPastes: [vendor: string, paste: string][] = [
  [
    'OpenAI',
    'Error code: 429 - {"error": {"message": "You exceeded your current quota, please check your plan and billing details.", "type": "insufficient_quota", "param": null, "code": "insufficient_quota"}}',
  ],
  ['DeepSeek', 'Error code: 402 - {"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}'],
  ['Google Gemini', '{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}'],
  ['MiniMax', 'Error: insufficient balance (1008)'],
  [
    'OpenRouter',
    '{"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 8192 tokens, but can only afford 3000. To increase, visit https://openrouter.ai/settings/credits","code":402}}',
  ],
];

test("each other provider's own error is told apart from Claude's", async ({ page }) => {
  // One load, each paste put in the box in turn, as a reader trying several would.
  await page.goto('/');
  for (const [vendor, paste] of vendorPastes) {
    await pasteBox(page).fill(paste);
    await expect.soft(result(page).getByRole('heading', { level: 3 }), vendor).toHaveText(`This looks like ${vendor}'s error, not Claude's`);
    await expect.soft(result(page), vendor).toHaveAttribute('data-diagnosis', '');
    await expect.soft(result(page).getByRole('link', { name: 'Open the guide' }), vendor).toHaveCount(0);
    await expect.soft(result(page).getByRole('link', { name: 'the index of every error' }), vendor).toHaveAttribute('href', '/errors/');
  }
});

test('the bare prefix asks for the rest of the message', async ({ page }) => {
  await page.goto('/');
  await pasteBox(page).fill('LLM request rejected');
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'llm-request-rejected');
  await expect(result(page)).toContainText('Paste the rest too');
});

test('an organization message offers a request for the admin, with the tool read off', async ({ page }) => {
  await page.goto('/');
  await pasteBox(page).fill("Claude Code: You're out of extra usage. Ask your workspace admin to add more so you can keep going.");
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'org-add-more');
  await expect(result(page).getByRole('link', { name: 'Ask my admin' })).toHaveAttribute(
    'href',
    '/admin/request/#variant=org-add-more&tool=Claude+Code',
  );
});

test('"Also in your paste" lists every other error in it, and none that is not', async ({ page }) => {
  await page.goto('/');
  const present = ['overloaded', 'out-of-extra-usage', 'invalid-api-key'];
  await pasteBox(page).fill([overloaded, outOfExtraUsage, invalidKey].join('\n'));
  await expect(result(page)).toHaveAttribute('data-diagnosis', /./);
  const main = await result(page).getAttribute('data-diagnosis');
  expect(present).toContain(main);
  const also = result(page).locator('p', { hasText: 'Also in your paste' }).getByRole('link');
  const listed = await also.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(listed.sort()).toEqual(
    present
      .filter((id) => id !== main)
      .map((id) => `/errors/${id}/`)
      .sort(),
  );
  for (const id of present.filter((entry) => entry !== main)) await expect(also.filter({ hasText: title(id) })).toHaveCount(1);

  // One error alone lists nothing else.
  await pasteBox(page).fill(outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await expect(result(page)).not.toContainText('Also in your paste');
});

test('"Try an example" fills in a real paste and shows its diagnosis', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(pasteBox(page)).toHaveValue(/You're out of extra usage/);
  await expect(pasteBox(page)).toBeFocused();
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await expect(result(page).getByRole('heading', { level: 3 })).toHaveText(title('out-of-extra-usage'));
});

test('clearing the box by hand clears the result; "Clear" also empties the copy kept for this tab', async ({ page }) => {
  await page.goto('/');
  await pasteBox(page).fill(outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await pasteBox(page).fill('');
  await expect(result(page)).not.toHaveAttribute('data-diagnosis');
  await expect(result(page)).toContainText('The diagnosis appears here');

  await pasteBox(page).fill(outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('paste-box:/'))).toBe(outOfExtraUsage);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(pasteBox(page)).toHaveValue('');
  await expect(result(page)).not.toHaveAttribute('data-diagnosis');
  await expect(result(page)).toContainText('The diagnosis appears here');
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('paste-box:/'))).toBeNull();
  await page.reload();
  await expect(pasteBox(page)).toHaveValue('');
  await expect(result(page)).not.toHaveAttribute('data-diagnosis');
});

test('the paste and its result survive opening the guide and coming Back, and a reload', async ({ page }) => {
  await page.goto('/');
  const home = page.url();
  await pasteBox(page).fill(outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await result(page).getByRole('link', { name: 'Open the guide' }).click();
  await expect(page).toHaveURL(/\/errors\/out-of-extra-usage\/$/);
  await page.goBack();
  await expect(page).toHaveURL(home);
  await expect(pasteBox(page)).toHaveValue(outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await page.reload();
  await expect(pasteBox(page)).toHaveValue(outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  expect(page.url()).toBe(home);
});

test('the kept paste belongs to its page and its tab', async ({ page, context }) => {
  await page.goto('/');
  await pasteBox(page).fill(outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  // Another page's box starts empty.
  await page.goto('/404.html');
  await expect(pasteBox(page)).toHaveValue('');
  // A new tab starts empty too: session storage is per tab.
  const other = await context.newPage();
  await other.goto('/');
  await expect(pasteBox(other)).toHaveValue('');
  await expect(other.getByRole('region', { name: 'Diagnosis' })).not.toHaveAttribute('data-diagnosis');
  await other.close();
});

test('the box and the result stay put when a result appears', async ({ page }) => {
  await page.goto('/');
  const boxBefore = await pasteBox(page).boundingBox();
  const resultBefore = await result(page).boundingBox();
  await pasteBox(page).fill(outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  expect(await pasteBox(page).boundingBox()).toEqual(boxBefore);
  expect((await result(page).boundingBox())?.y).toBe(resultBefore?.y);
});

test('at 375 px a paste brings the top of the result into view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await pasteBox(page).scrollIntoViewIfNeeded();
  // Before the paste the result starts below the fold, or there would be nothing to show.
  const before = await result(page).boundingBox();
  expect(before!.y).toBeGreaterThan(667 - 120);
  await pasteFromClipboard(page, outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await expect.poll(async () => (await result(page).boundingBox())!.y).toBeLessThan(667 - 120);
  expect((await result(page).boundingBox())!.y).toBeGreaterThanOrEqual(0);
});

test('typing (not pasting) leaves the page where it is', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  await pasteBox(page).scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  await pasteBox(page).focus();
  await page.keyboard.type('This organization has been disabled.');
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'organization-disabled');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('a 5 MB paste put in whole is read as its first and last half MiB', async ({ page }) => {
  // Laying out 5 MB in a textarea takes seconds on a busy machine: more than the default 30 s for the whole test.
  test.setTimeout(90_000);
  await page.goto('/');
  await page.evaluate(async (message) => {
    const box = document.querySelector('paste-box textarea') as HTMLTextAreaElement;
    const region = document.querySelector('[data-result]') as HTMLElement;
    box.value = `${message}\n${'0123456789abcdef '.repeat((5 * 1024 * 1024) / 17)}`;
    box.getBoundingClientRect();
    box.dispatchEvent(new Event('input', { bubbles: true }));
    // Wait in the page for the first answer, however long the layout takes, rather than for a fixed time.
    await new Promise<void>((resolve) => {
      const check = () => (region.dataset['diagnosis'] !== undefined ? resolve() : requestAnimationFrame(check));
      check();
    });
  }, outOfExtraUsage);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await expect(result(page)).toContainText('only its first and last half MiB were read');
  // How long the reading takes is a figure of `npm run bench` ("Typing after a 5 MB paste"), not a test.
  // The end of a long log is read too: a message at its very end is found.
  await pasteBox(page).evaluate((box: HTMLTextAreaElement, message) => {
    box.value = `${'0123456789abcdef '.repeat((5 * 1024 * 1024) / 17)}\n${message}`;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, invalidKey);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'invalid-api-key');
});

test('after a 5 MB paste the box keeps taking input and reads each keystroke', async ({ page }) => {
  // A 1 MiB box read again on each of five keystrokes: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await page.goto('/');
  await pasteFromClipboard(page, `${outOfExtraUsage}\n${'0123456789abcdef '.repeat((5 * 1024 * 1024) / 17)}`);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await page.evaluate(() => performance.clearMeasures('paste-box update'));
  await page.keyboard.press('Control+End');
  const typed = 'abcde';
  for (const key of typed) {
    const before = await page.evaluate(() => performance.getEntriesByName('paste-box update').length);
    await page.keyboard.type(key);
    // Wait for the box to have read this keystroke (big pastes are read after a short pause), not for a time.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('paste-box update').length)).toBeGreaterThan(before);
  }
  expect(await pasteBox(page).evaluate((box: HTMLTextAreaElement) => box.value.endsWith('abcde'))).toBe(true);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  // Each keystroke read once; how long each reading takes is a figure of `npm run bench`, not a test.
  expect(await page.evaluate(() => performance.getEntriesByName('paste-box update').length)).toBe(typed.length);
});

test('works with the keyboard alone: reach the box, type, then follow the guide link', async ({ page }) => {
  await page.goto('/');
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    if (await pasteBox(page).evaluate((box) => box === document.activeElement)) break;
  }
  await expect(pasteBox(page)).toBeFocused();
  await page.keyboard.type('This organization has been disabled.');
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'organization-disabled');
  // Past the example and Clear buttons to the result's first link, the guide.
  const guide = '/errors/organization-disabled/';
  for (let presses = 0; presses < 5; presses++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === guide) break;
  }
  await expect(page.locator(':focus')).toHaveAttribute('href', guide);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/organization-disabled\/$/);
});

test('the paste never leaves the page: no request carries it and the URL stays the same', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.goto('/');
  const url = page.url();
  const secret = 'req_011SecretPasteMarker';
  await pasteBox(page).fill(`${outOfExtraUsage} "request_id":"${secret}"`);
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await expect(result(page)).toContainText(secret);
  expect(page.url()).toBe(url);
  await result(page).getByRole('link', { name: 'Open the guide' }).click();
  await expect(page).toHaveURL(/\/errors\/out-of-extra-usage\/$/);
  expect(page.url()).not.toContain('Secret');
  await page.goBack();
  await expect(pasteBox(page)).toHaveValue(/SecretPasteMarker/);
  expect(page.url()).toBe(url);
  expect(requests.filter((entry) => entry.includes('SecretPasteMarker'))).toEqual([]);
});

test('without JavaScript the box points to the index of every error', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(result(page).getByRole('link', { name: 'the index of every error' })).toHaveAttribute('href', '/errors/');
  await expect(page.getByRole('button', { name: 'Try an example' })).toBeHidden();
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a result at 375 and 1280 px in the ${scheme} scheme has no axe violations and no sideways scroll`, async ({ page }) => {
    await useScheme(page, scheme);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    await pasteBox(page).fill(`Claude Code: ${corpus[0]!.text}`);
    await expect(result(page)).toHaveAttribute('data-diagnosis', 'starter-credit-20');
    // The same result, resized in place.
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForFunction((expected) => window.innerWidth === expected, width);
      expect.soft(await axeViolations(page, 'paste-box'), `at ${width} px`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}
