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
  expect(paths).toContain('/errors/');
  expect(paths).toContain('/admin/');
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

    test('at 320 px: no sideways scroll', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      // Name what sticks out, so a failure says where to look.
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out = [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > width + 0.5 && element.getClientRects().length > 0)
          .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > width + 0.5));
        return out.slice(0, 5).map((element) => `${element.tagName.toLowerCase()} “${element.textContent.trim().slice(0, 40)}”`);
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow in px; sticking out: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
    });

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

test.describe('guide sections', () => {
  for (const id of guideIds()) {
    test(`${id}: every h2 has a "#" link to its own id, and no two h2 say the same`, async ({ page }) => {
      await page.goto(`/errors/${id}/`);
      const headings = await page.locator('main h2').evaluateAll((elements) =>
        elements.map((heading) => {
          // The link sits beside the heading (so the heading's name is its own words), in their shared wrapper.
          const anchor = heading.parentElement?.querySelector(':scope > a.heading-anchor') ?? null;
          return {
            id: heading.id,
            text: heading.textContent.trim(),
            href: anchor?.getAttribute('href') ?? null,
            label: anchor ? anchor.textContent.replace('#', '').trim() : null,
          };
        }),
      );
      expect(headings.length).toBeGreaterThanOrEqual(4);
      for (const heading of headings) {
        expect(heading.id, `h2 “${heading.text}” has an id`).not.toBe('');
        expect(heading.href, `h2 “${heading.text}” links to itself`).toBe(`#${heading.id}`);
        expect(heading.label).toBe('Link to this section');
      }
      const texts = headings.map((heading) => heading.text.toLowerCase());
      expect(
        texts.filter((text, index) => texts.indexOf(text) !== index),
        'repeated h2 texts',
      ).toEqual([]);
      const ids = headings.map((heading) => heading.id);
      expect(
        ids.filter((text, index) => ids.indexOf(text) !== index),
        'repeated h2 ids',
      ).toEqual([]);

      // A long guide lists its sections at the top; every entry leads to one of its h2, in page order.
      const sections = headings.filter((heading) => !['still', 'related-errors', 'not-this'].includes(heading.id));
      const contents = page.getByRole('navigation', { name: 'On this page' });
      if (sections.length >= 6) {
        const targets = await contents.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(targets).toEqual(sections.map((heading) => `#${heading.id}`));
      } else {
        await expect(contents).toHaveCount(0);
      }
    });
  }

  test('following a heading link puts that section at the top of the view and in the address', async ({ page }) => {
    await page.goto('/errors/out-of-extra-usage/');
    const heading = page.locator('h2#fix');
    await heading.hover();
    await page.locator('.heading-anchored', { has: heading }).getByRole('link', { name: 'Link to this section' }).click();
    await expect(page).toHaveURL(/#fix$/);
    await expect(heading).toBeInViewport();
  });

  test('"On this page" leads to the steps', async ({ page }) => {
    await page.goto('/errors/out-of-extra-usage/');
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'How to fix it' })).toHaveAttribute('href', '#fix');
  });
});

test.describe('served like a static host', () => {
  // The browser logs the 404 status of a missing page as a console error; here it is what is being tested.
  test.use({ allowedProblems: [/the server responded with a status of 404/] });

  test('a guide address without its trailing slash redirects (301) to the guide', async ({ page, request }) => {
    const response = await request.get('/errors/out-of-extra-usage', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/errors/out-of-extra-usage/');
    await page.goto('/errors/out-of-extra-usage');
    await expect(page).toHaveURL(/\/errors\/out-of-extra-usage\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a mistyped guide address shows the 404 page, which offers the guide meant', async ({ page, request }) => {
    expect((await request.get('/errors/out-of-extra-usag/')).status()).toBe(404);
    await page.goto('/errors/out-of-extra-usag/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const suggestion = page.locator('[data-nearest-guide]');
    await expect(suggestion).toBeVisible();
    await expect(suggestion).toContainText('Did you mean');
    await expect(suggestion.getByRole('link', { name: '/errors/out-of-extra-usage/' })).toHaveAttribute('href', '/errors/out-of-extra-usage/');
  });

  test('an address that is no guide gets the 404 page without a guess', async ({ page }) => {
    await page.goto('/no-such-page/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-nearest-guide]')).toBeHidden();
    await expect(page.getByRole('textbox', { name: /Paste your error/ })).toBeVisible();
  });

  test('a guide\'s Markdown twin is served as UTF-8 Markdown and reads "·" as it is', async ({ page, request }) => {
    const response = await request.get('/errors/overloaded.md');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('·');
    expect(text).not.toContain('Â·');
    // In the browser too: the charset in the header is what makes "·" show correctly.
    await page.goto('/errors/overloaded.md');
    const shown = await page.evaluate(() => document.body.innerText);
    expect(shown).toContain('·');
    expect(shown).not.toContain('Â');
  });
});
