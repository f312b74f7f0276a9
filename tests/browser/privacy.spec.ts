import { expect, test } from './fixtures.ts';

// A unique marker stands in for a secret in a paste; it must never leave the page.
const marker = `PRIVACY-MARKER-${Date.now().toString(36)}`;

test('pasting, searching and composing an admin request send nothing but same-origin requests without the marker', async ({ page, baseURL }) => {
  const requests: { url: string; body: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() ?? '' }));

  await page.goto('/');
  const paste = page.getByRole('textbox', { name: /Paste your error/ });
  await paste.fill(`API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going. ${marker}`);
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await paste.fill(`${marker} nothing that matches`);
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', '');

  await paste.blur();
  await page.keyboard.press('/');
  const search = page.getByRole('dialog').getByRole('searchbox');
  await search.fill(`extra usage ${marker}`);
  await search.fill('extra usage');
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('/admin/request/#variant=org-credit-claim');
  await page.getByLabel('Your name').fill(`Sam ${marker}`);
  await page.getByLabel('Workspace name').fill('Acme');
  await page.getByLabel('A note for your admin').fill(`note ${marker}`);
  await expect(page.locator('#request-link')).toContainText(marker);
  await page.getByRole('link', { name: 'Open the page your admin will see' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sam');

  expect(requests.length).toBeGreaterThan(3);
  const origin = new URL(baseURL ?? '').origin;
  for (const request of requests) {
    expect(new URL(request.url).origin, request.url).toBe(origin);
    // The claim link carries the marker in its fragment, which browsers never send.
    expect(request.url, 'a request URL carried the marker').not.toContain(marker);
    expect(request.body, 'a request body carried the marker').not.toContain(marker);
  }
});

test("a paste is kept only in this tab's session storage, for its page: no cookie, no local storage, not in the URL", async ({ page }) => {
  await page.goto('/');
  const url = page.url();
  const entries = await page.evaluate(() => history.length);
  await page
    .getByRole('textbox', { name: /Paste your error/ })
    .fill(`API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going. ${marker}`);
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await expect.poll(() => page.evaluate(() => Object.keys(sessionStorage))).toEqual(['paste-box:/']);
  expect(await page.evaluate(() => sessionStorage.getItem('paste-box:/'))).toContain(marker);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => (localStorage.getItem(key) ?? '').includes('PRIVACY-MARKER')))).toEqual(
    [],
  );
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('no page pulls fonts, analytics or scripts from another origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin) foreign.push(request.url());
  });
  for (const path of [
    '/',
    '/errors/org-credit-claim/',
    '/admin/',
    '/admin/request/',
    '/admin/claim/',
    '/credits/',
    '/search/?q=admin',
    '/changes/',
  ]) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(foreign).toEqual([]);
});
