import { expect, test } from './fixtures.ts';

// Every guide's text without JavaScript is read from the built HTML in tests/site/guides.test.ts; one guide here shows
// that the page's styles keep what needs a script out of the way.
test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide reads fully, and its copy buttons stay out of the way', async ({ page }) => {
    await page.goto('/errors/out-of-extra-usage/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What it means' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'How to fix it' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link').first()).toBeVisible();
    // The copy buttons need a script: without one they stay out of the way instead of doing nothing.
    await expect(page.getByRole('button', { name: 'Copy message' })).toHaveCount(0);
    // Section links are plain links, so they work without a script too.
    await expect(page.getByRole('link', { name: 'Link to this section' }).first()).toHaveAttribute('href', /^#/);
    // The box that needs a script says where to look instead.
    await expect(page.getByRole('region', { name: 'Diagnosis' }).getByRole('link', { name: 'the index of every error' })).toHaveAttribute(
      'href',
      '/errors/',
    );
  });

  for (const path of ['/', '/404.html']) {
    test(`${path} shows no button that needs a script and points the paste box to the index`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('textbox', { name: /Paste your error/ })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Try an example' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Clear' })).toBeHidden();
      await expect(page.getByRole('region', { name: 'Diagnosis' }).getByRole('link', { name: 'the index of every error' })).toHaveAttribute(
        'href',
        '/errors/',
      );
    });
  }

  test('the search page says search needs a script and links the index', async ({ page }) => {
    await page.goto('/search/?q=429');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'index of every error' })).toHaveAttribute('href', '/errors/');
  });
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
