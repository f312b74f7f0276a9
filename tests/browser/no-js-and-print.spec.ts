import { expect, guideIds, test } from './fixtures.ts';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const id of guideIds()) {
    test(`the ${id} guide reads fully`, async ({ page }) => {
      await page.goto(`/errors/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'What it means' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'How to fix it' }).getByRole('listitem').first()).toBeVisible();
      await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link').first()).toBeVisible();
      // The copy buttons need a script: without one they stay out of the way instead of doing nothing.
      await expect(page.getByRole('button', { name: 'Copy message' })).toHaveCount(0);
    });
  }
});

test('a guide prints its message, steps and sources, and no navigation', async ({ page }) => {
  await page.goto('/errors/out-of-extra-usage/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Footer' })).toBeHidden();
  const buttons = page.locator('button');
  expect(await buttons.count()).toBeGreaterThan(0);
  for (const button of await buttons.all()) await expect(button).toBeHidden();
  await expect(page.locator('pre').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'How to fix it' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Not this one?' })).toBeHidden();
});
