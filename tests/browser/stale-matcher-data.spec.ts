import { expect, test } from './fixtures.ts';

// A /matcher-data.json the box cannot read (an older build's file in a cache, a proxy's error page) must say so,
// with a way on, instead of answering "not recognised" to a paste it would know.
const unreadable: Record<string, string> = {
  'an older shape': JSON.stringify({ variants: [{ id: 'out-of-extra-usage', phrases: ['out of extra usage'] }] }),
  'a page that is not JSON': '<!doctype html><title>Gateway timeout</title>',
};

for (const [name, body] of Object.entries(unreadable)) {
  test(`the paste box says it could not read the matcher's data when it gets ${name}`, async ({ page }) => {
    await page.route('**/matcher-data.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto('/errors/out-of-extra-usage/');
    const box = page.getByRole('textbox', { name: /Paste your error/ });
    await box.fill("API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going.");
    const result = page.getByRole('region', { name: 'Diagnosis' });
    await expect(result).toContainText("Could not read the matcher's data: reload the page.");
    await expect(result).not.toContainText(/not recognis/i);
    await expect(result.getByRole('link', { name: 'search the guides' })).toHaveAttribute('href', '/search/');
    await expect(result.getByRole('link', { name: 'the index of every error' })).toHaveAttribute('href', '/errors/');
  });
}
