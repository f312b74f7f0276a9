import { readFileSync } from 'node:fs';
import { dist, expect, test } from './fixtures.ts';

interface PublicVariant {
  id: string;
  kind: string;
  title: string;
  messages: string[];
  steps: { title: string }[];
  sources: { title: string; url: string }[];
  reviewed: string;
  family: string;
}
const { variants } = JSON.parse(readFileSync(`${dist}/variants.json`, 'utf8')) as { variants: PublicVariant[] };

for (const variant of variants) {
  test(`the ${variant.id} guide carries its message, steps, sources and review date`, async ({ page }) => {
    await page.goto(`/errors/${variant.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(variant.title);
    for (const message of variant.messages) await expect(page.locator('pre', { hasText: message })).toHaveCount(1);
    const steps = page.getByRole('region', { name: 'How to fix it' }).getByRole('listitem');
    await expect(steps).toHaveCount(variant.steps.length);
    for (const [index, step] of variant.steps.entries()) await expect(steps.nth(index)).toContainText(step.title);
    const sources = page.getByRole('region', { name: 'Sources' });
    for (const source of variant.sources) await expect(sources.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    await expect(sources.locator(`time[datetime="${variant.reviewed}"]`)).toBeVisible();
    if (variant.id !== 'still-rejected') {
      await expect(page.getByRole('region', { name: 'Still failing?' }).getByRole('link', { name: 'My balance is fine and it still fails' })).toBeVisible();
    }
  });
}

test('the home page table links every variant, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  for (const variant of variants) {
    await expect(page.locator('#diagnosis-table ~ div').getByRole('link', { name: variant.title, exact: true })).toHaveAttribute('href', `/errors/${variant.id}/`);
  }
  await context.close();
});

test('the message copy button copies the verbatim message', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const variant = variants.find((entry) => entry.id === 'out-of-extra-usage');
  await page.goto('/errors/out-of-extra-usage/');
  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(variant?.messages[0]);
});

test('the theme toggle switches to dark, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});
