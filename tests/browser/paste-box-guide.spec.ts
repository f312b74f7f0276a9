import { expect, test } from './fixtures.ts';

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
  await expect(page.getByRole('region', { name: 'Diagnosis' }).getByRole('link', { name: 'Out of extra usage' })).toHaveAttribute('href', '/errors/out-of-extra-usage/');
});

test('text typed before the reader arrives is still read', async ({ page }) => {
  await page.route('**/matcher-data.json', async (route) => {
    await new Promise((done) => setTimeout(done, 300));
    await route.continue();
  });
  await page.goto('/errors/overloaded/');
  const box = page.getByRole('textbox', { name: /Paste your error/ });
  await box.focus();
  await page.keyboard.insertText(message);
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
});

test('the 404 page diagnoses a paste', async ({ page }) => {
  await page.goto('/404.html');
  await page.getByRole('textbox', { name: /Paste your error/ }).fill(message);
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'out-of-extra-usage');
});
