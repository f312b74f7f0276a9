import { readFileSync } from 'node:fs';
import type { PublicVariant } from '../../src/catalogue/public.ts';
import { dist, expect, test } from './fixtures.ts';

const { variants } = JSON.parse(readFileSync(`${dist}/variants.json`, 'utf8')) as { variants: PublicVariant[] };

for (const variant of variants) {
  test(`the ${variant.id} guide carries its message, steps, sources and review date`, async ({ page }) => {
    await page.goto(`/errors/${variant.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(variant.title);
    const shown = page.getByRole('region', { name: /^The messages?$/ });
    // Each verbatim message exactly once, the headline in its copyable block, the rest listed under it.
    const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    for (const message of variant.messages) await expect(shown.locator('code').filter({ hasText: exactly(message) })).toHaveCount(1);
    if (variant.messages[0]) await expect(shown.locator('pre').first()).toHaveText(variant.messages[0]);
    // Each wording says when it was seen and links its source.
    for (const wording of variant.wordings) {
      const year = wording.firstSeen.slice(0, 4);
      await expect(shown.getByText(new RegExp(`seen (since|in|from) .*${year}`)).first()).toBeVisible();
      await expect(shown.locator(`a[href="${wording.source.url}"]`).first()).toBeAttached();
    }
    const steps = page.getByRole('region', { name: 'How to fix it' }).getByRole('listitem');
    await expect(steps).toHaveCount(variant.steps.length);
    for (const [index, step] of variant.steps.entries()) await expect(steps.nth(index)).toContainText(step.title);
    const sources = page.getByRole('region', { name: 'Sources' });
    for (const source of variant.sources)
      await expect(sources.getByRole('link', { name: source.title, exact: true })).toHaveAttribute('href', source.url);
    await expect(sources.locator(`time[datetime="${variant.reviewed}"]`)).toBeVisible();
    if (variant.id !== 'still-rejected') {
      await expect(
        page.getByRole('region', { name: 'Still failing?' }).getByRole('link', { name: 'My balance is fine and it still fails' }),
      ).toBeVisible();
    }
  });
}

for (const path of ['/', '/errors/']) {
  test(`${path} links every variant under its group, without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    for (const variant of variants) {
      const group = page.locator(`section#${variant.group}`);
      await expect(group.getByRole('link', { name: variant.title, exact: true })).toHaveAttribute('href', `/errors/${variant.id}/`);
    }
    await context.close();
  });
}

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
