import { existsSync, readFileSync } from 'node:fs';
import { axeViolations, dist, expect, guideIds, sitemapPaths, test, useScheme } from './fixtures.ts';

const paths = [...sitemapPaths(), '/404.html'];

/** Turns a link into the file `astro build` wrote for it, or undefined for external links. */
function builtFile(href: string, from: string): string | undefined {
  const url = new URL(href, `http://site.test${from}`);
  if (url.host !== 'site.test') return undefined;
  const path = decodeURIComponent(url.pathname);
  return path.endsWith('/') ? `${dist}${path}index.html` : `${dist}${path}`;
}

test('the sitemap lists the home page, every guide and the admin guide', () => {
  for (const id of guideIds()) expect(paths).toContain(`/errors/${id}/`);
  expect(paths).toContain('/');
});

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`at ${width} px in the ${scheme} scheme: one h1, no axe violations, no sideways scroll`, async ({ page }) => {
          await page.setViewportSize({ width, height: 800 });
          await useScheme(page, scheme);
          const response = await page.goto(path);
          expect(response?.ok() || path === '/404.html').toBe(true);
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
          await expect(page.locator('h1')).toHaveCount(1);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }

    test('links only to pages and anchors that exist', async ({ page }) => {
      await page.goto(path);
      const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      for (const href of links) {
        const file = builtFile(href, path);
        if (!file) continue;
        expect(existsSync(file), `${href} on ${path}`).toBe(true);
        const hash = new URL(href, `http://site.test${path}`).hash.slice(1);
        // Fragments holding key=value pairs are data for a page's script (the admin request link), not anchors.
        if (!hash || hash.includes('=')) continue;
        expect(readFileSync(file, 'utf8'), `anchor #${hash} of ${href} on ${path}`).toContain(`id="${decodeURIComponent(hash)}"`);
      }
    });

    test('says in the footer that the site is independent of Anthropic', async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('contentinfo')).toContainText('not made by, endorsed by or affiliated with Anthropic');
    });
  });
}
