import { builtVariant, expect, test } from './fixtures.ts';

const title = (id: string) => builtVariant(id).title;

const message = "API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";

test("a guide's paste box loads its reader only when used, then diagnoses", async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/errors/overloaded/', { waitUntil: 'networkidle' });
  expect(loaded).not.toContain('/matcher-data.json');
  const box = page.getByRole('region', { name: 'Not this one?' }).getByRole('textbox', { name: /Paste your error/ });
  await box.click();
  await box.fill(message);
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  expect(loaded).toContain('/matcher-data.json');
  const result = page.getByRole('region', { name: 'Diagnosis' });
  await expect(result.getByRole('link', { name: title('out-of-extra-usage') })).toHaveAttribute('href', '/errors/out-of-extra-usage/');
  await expect(result.getByRole('link', { name: 'Open the guide' })).toHaveAttribute('href', '/errors/out-of-extra-usage/');
});

test("the home page's box loads its reader only when used, too", async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/', { waitUntil: 'networkidle' });
  expect(loaded).not.toContain('/matcher-data.json');
  await page.getByRole('textbox', { name: /Paste your error/ }).fill(message);
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  expect(loaded.filter((path) => path === '/matcher-data.json')).toHaveLength(1);
});

test("on a guide, a paste of that guide's own error jumps to its steps instead of opening it again", async ({ page }) => {
  await page.goto('/errors/out-of-extra-usage/');
  await page.getByRole('textbox', { name: /Paste your error/ }).fill(message);
  const result = page.getByRole('region', { name: 'Diagnosis' });
  await expect(result).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
  await expect(result.getByRole('link', { name: 'Open the guide' })).toHaveCount(0);
  const jump = result.getByRole('link', { name: 'You are on its guide: jump to the steps' });
  await expect(jump).toHaveAttribute('href', '#fix');
  await expect(result.getByRole('heading', { level: 3 })).toHaveText(title('out-of-extra-usage'));
  await jump.click();
  await expect(page).toHaveURL(/\/errors\/out-of-extra-usage\/#fix$/);
  await expect(page.locator('#fix')).toBeInViewport();
});

test('a guide has no example or Clear button; the home and 404 pages have both', async ({ page }) => {
  await page.goto('/errors/overloaded/');
  await expect(page.getByRole('textbox', { name: /Paste your error/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try an example' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear' })).toHaveCount(0);
  for (const path of ['/', '/404.html']) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Try an example' }), path).toBeVisible();
    await expect(page.getByRole('button', { name: 'Clear' }), path).toBeVisible();
  }
});

test('text typed before the reader arrives is still read', async ({ page }) => {
  // The data is held back until the text is in, so the order is certain, not a race.
  let release: () => void = () => undefined;
  const typed = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route('**/matcher-data.json', async (route) => {
    requested = true;
    await typed;
    await route.continue();
  });
  await page.goto('/errors/overloaded/');
  const box = page.getByRole('textbox', { name: /Paste your error/ });
  await box.focus();
  await page.keyboard.insertText(message);
  await expect.poll(() => requested).toBe(true);
  await expect(page.locator('[data-diagnosis]')).toHaveCount(0);
  release();
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
});

test('the 404 page diagnoses a paste', async ({ page }) => {
  await page.goto('/404.html');
  await page.getByRole('textbox', { name: /Paste your error/ }).fill(message);
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
});

test('the reader says so when its data cannot load, and offers the index', async ({ page }) => {
  // A broken answer rather than an HTTP error: the browser would log a failed request as a console error.
  await page.route('**/matcher-data.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"variants": [' }));
  await page.goto('/');
  await page.getByRole('textbox', { name: /Paste your error/ }).fill(message);
  const result = page.getByRole('region', { name: 'Diagnosis' });
  await expect(result).toContainText("Could not read the matcher's data");
  await expect(result.getByRole('link', { name: 'every error' })).toHaveAttribute('href', '/errors/');
});
