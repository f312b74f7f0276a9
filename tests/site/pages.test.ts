// Every built page's links, headings and footer, read from dist/ without a browser.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPage, builtText, builtVariants, dist, fileForPath, shownText, sitemapPaths } from './built.ts';

const paths = [...sitemapPaths(), '/404.html'];
const guides = builtVariants().map((variant) => variant.id);

/** The built file a link leads to, or undefined for a link off the site. */
function builtFile(href: string, from: string): string | undefined {
  const url = new URL(href, `http://site.test${from}`);
  if (url.host !== 'site.test') return undefined;
  return join(dist, fileForPath(decodeURIComponent(url.pathname)));
}

test('the sitemap lists the home page, every guide and the admin guide', () => {
  for (const id of guides) expect(paths).toContain(`/errors/${id}/`);
  expect(paths).toContain('/');
  expect(paths).toContain('/errors/');
  expect(paths).toContain('/admin/');
});

describe.each(paths)('page %s', (path) => {
  test('has one h1', () => {
    expect(builtPage(path).querySelectorAll('h1')).toHaveLength(1);
  });

  test('links only to pages and anchors that exist', () => {
    for (const link of builtPage(path).querySelectorAll('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      const file = builtFile(href, path);
      if (!file) continue;
      expect(existsSync(file), `${href} on ${path}`).toBe(true);
      const hash = new URL(href, `http://site.test${path}`).hash.slice(1);
      // Fragments holding key=value pairs are data for a page's script (the admin request link), not anchors.
      if (!hash || hash.includes('=')) continue;
      expect(builtText(file.slice(dist.length)), `anchor #${hash} of ${href} on ${path}`).toContain(`id="${decodeURIComponent(hash)}"`);
    }
  });

  test('says in the footer that the site is independent of Anthropic', () => {
    // The page's footer landmark: a footer that is not inside an article or section of the page.
    const footers = [...builtPage(path).querySelectorAll('footer')].filter((footer) => !footer.closest('main, article, section, aside, nav'));
    expect(footers).toHaveLength(1);
    expect(shownText(footers[0])).toContain('not made by, endorsed by or affiliated with Anthropic');
  });
});

describe.each(guides)('the %s guide’s sections', (id) => {
  test('every h2 has a "#" link to its own id, no two h2 say the same, and "On this page" lists them in order', () => {
    const page = builtPage(`/errors/${id}/`);
    const headings = [...page.querySelectorAll('main h2')].map((heading) => {
      // The link sits beside the heading (so the heading's name is its own words), in their shared wrapper.
      const anchor = heading.parentElement?.querySelector(':scope > a.heading-anchor') ?? null;
      return {
        id: heading.id,
        text: shownText(heading),
        href: anchor?.getAttribute('href') ?? null,
        label: anchor ? shownText(anchor).replace('#', '').trim() : null,
      };
    });
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
    const contents = page.querySelectorAll('nav[aria-label="On this page"]');
    if (sections.length >= 6) {
      expect(contents).toHaveLength(1);
      const targets = [...(contents[0]?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href'));
      expect(targets).toEqual(sections.map((heading) => `#${heading.id}`));
    } else {
      expect(contents).toHaveLength(0);
    }
  });
});

test('"On this page" leads to the steps', () => {
  const contents = builtPage('/errors/out-of-extra-usage/').querySelector('nav[aria-label="On this page"]');
  const fix = [...(contents?.querySelectorAll('a') ?? [])].filter((link) => shownText(link) === 'How to fix it');
  expect(fix.map((link) => link.getAttribute('href'))).toEqual(['#fix']);
});
