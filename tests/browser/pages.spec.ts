import type { Page } from '@playwright/test';
import { variants as catalogue } from '../../src/catalogue/index.ts';
import { axeViolations, expect, sitemapPaths, test, useScheme } from './fixtures.ts';

// Links, anchors, headings and footers of every page are read from the built HTML in tests/site/; here is what needs
// the browser: each page as shown, in both colour schemes, at a laptop's and two phones' widths.

const guides = catalogue.map((variant) => `/errors/${variant.id}/`);
/** Widths checked on one load, the page resized in place. */
const widths = [1280, 375, 320];
/**
 * Where axe runs, once a page in each scheme: the light scheme at a laptop's width, the dark one at a phone's, so every
 * page is checked in both schemes and at both layouts. A run costs more than the load itself, and the rules that
 * differ between 1280 and 375 px (what the narrow layout hides or shows) differ little between the schemes.
 */
const axeWidth = { light: 1280, dark: 375 } as const;

/** Waits until the page has been laid out at the width it was just given. */
async function laidOutAt(page: Page, width: number): Promise<void> {
  await page.waitForFunction((expected) => window.innerWidth === expected, width);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** How far the page scrolls sideways, and the innermost elements that stick out, so a failure says where to look. */
async function sidewaysScroll(page: Page): Promise<{ overflow: number; wide: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5 && element.getClientRects().length > 0)
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > width + 0.5));
    return {
      overflow: document.documentElement.scrollWidth - width,
      wide: out.slice(0, 5).map((element) => `${element.tagName.toLowerCase()} “${element.textContent.trim().slice(0, 40)}”`),
    };
  });
}

/**
 * One load of a page: one h1, no sideways scroll at each width, axe in the light scheme at a laptop's width, then the
 * page switched to the dark scheme in place (the site follows the system's scheme as it changes) and axe again at a
 * phone's. The second run finds axe already in the page, warmed up: both schemes cost one load.
 */
async function checkPage(page: Page, path: string): Promise<void> {
  await useScheme(page, 'light');
  await page.setViewportSize({ width: widths[0]!, height: 800 });
  const response = await page.goto(path);
  expect.soft(response?.ok() || path === '/404.html', `${path} loads`).toBe(true);
  await expect.soft(page.locator('html'), path).toHaveAttribute('data-theme', 'light');
  await expect.soft(page.locator('h1'), `${path} has one h1`).toHaveCount(1);
  for (const width of widths) {
    await page.setViewportSize({ width, height: width < 375 ? 640 : 800 });
    await laidOutAt(page, width);
    const { overflow, wide } = await sidewaysScroll(page);
    expect.soft(overflow, `${path} at ${width} px scrolls sideways; sticking out: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
    if (width === axeWidth.light) expect.soft(await axeViolations(page), `${path} at ${width} px in the light scheme`).toEqual([]);
  }
  await page.setViewportSize({ width: axeWidth.dark, height: 800 });
  await laidOutAt(page, axeWidth.dark);
  await useScheme(page, 'dark');
  await expect.soft(page.locator('html'), `${path} follows the system to the dark scheme`).toHaveAttribute('data-theme', 'dark');
  expect.soft(await axeViolations(page), `${path} at ${axeWidth.dark} px in the dark scheme`).toEqual([]);
}

// Each test sweeps a part of the pages on one tab, as a reader going from page to page would: a fresh browser context
// per page costs more than the checks themselves. Each check names its page, so one test reports every page at fault.
const parts = 8;

/** Every guide, the other pages of the built sitemap (read when the test runs) and the 404 page. */
function everyPage(): string[] {
  const others = sitemapPaths().filter((path) => !guides.includes(path));
  expect(others).toContain('/');
  return [...guides, ...others, '/404.html'];
}

for (let part = 0; part < parts; part++) {
  test(`every page, part ${part + 1} of ${parts}: one h1, no sideways scroll at ${widths.join(', ')} px, no axe violations in the light scheme at ${axeWidth.light} px and the dark at ${axeWidth.dark} px`, async ({
    page,
  }) => {
    // About seven pages, each loaded once and checked at three widths and in two schemes: minutes on a busy machine.
    test.setTimeout(300_000);
    const paths = everyPage().filter((_, index) => index % parts === part);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) await checkPage(page, path);
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

  test('the feed is served as Atom and the link-preview images as PNG', async ({ request }) => {
    expect((await request.get('/changes.xml')).headers()['content-type']).toContain('application/atom+xml');
    const image = await request.get('/og/site.png');
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toContain('image/png');
  });
});
