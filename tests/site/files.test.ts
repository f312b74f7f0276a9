// The built files besides the pages' own text: link-preview images, Markdown twins, llms.txt, the changes page and
// its feed, the claim page's preview, and HTML validity, read from dist/ without a browser.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtPage, builtText, builtVariants, dist, linksNamed, region, shownText } from './built.ts';

const variants = builtVariants();

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1'), `${file} starts with IHDR`).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The content of a page's `<meta>` with this property or name. */
const meta = (path: string, key: string) =>
  builtPage(path).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

describe('link-preview images', () => {
  test('exist at 1200×630 for every guide, the site and the admin request page', () => {
    const ids = [...variants.map((variant) => variant.id), 'site', 'admin-request'];
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      const file = join(dist, 'og', `${id}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file), file).toEqual({ width: 1200, height: 630 });
    }
  });

  test('are what each guide’s og:image points at', () => {
    for (const { id } of variants) expect(new URL(meta(`/errors/${id}/`, 'og:image') ?? '').pathname, id).toBe(`/og/${id}.png`);
  });
});

describe.each(variants.map((variant) => [variant.id, variant] as const))('/errors/%s.md', (id, variant) => {
  test('matches its guide: title, summary, messages, steps', () => {
    const markdown = builtText(`errors/${id}.md`);
    expect(markdown.startsWith(`# ${variant.title}\n`)).toBe(true);
    expect(markdown).toContain(`> ${variant.summary}`);
    for (const message of variant.messages) expect(markdown).toContain(message);
    variant.steps.forEach((step, index) => expect(markdown).toContain(`${index + 1}. **${step.title}**`));
    expect(markdown).not.toMatch(/<\/?Callout/);
    expect(markdown).not.toMatch(/^(import|export) /m);
  });
});

test('/llms.txt has a title and summary and links every guide’s Markdown twin, each of which exists', () => {
  const text = builtText('llms.txt');
  expect(text.startsWith('# LLM request rejected\n\n> ')).toBe(true);
  const links = [...text.matchAll(/\]\(([^)]+\.md)\)/g)].map((match) => new URL(match[1] ?? '').pathname);
  expect(links.sort()).toEqual(variants.map((variant) => `/errors/${variant.id}.md`).sort());
  for (const link of links) expect(existsSync(join(dist, link)), link).toBe(true);
});

describe('the changes page', () => {
  const page = () => builtPage('/changes/');
  const world = () => region(page(), "In Claude's products and the tools");

  test('lists changes in the world, dated, sourced and newest first', () => {
    const dates = [...world().querySelectorAll('li > time')].map((time) => time.getAttribute('datetime') ?? '');
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const item of world().querySelectorAll('li'))
      expect(item.querySelector('a[href]')?.getAttribute('href'), shownText(item)).toMatch(/^https:\/\//);
    expect(shownText(world())).toContain('paused');
    expect(shownText(world())).toContain('usage credits');
  });

  test('offers an Atom feed of itself that lists the same changes', () => {
    expect(page().querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/changes.xml');
    const feed = builtText('changes.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect((feed.match(/<entry>/g) ?? []).length).toBe(variants.length + world().querySelectorAll('li').length);
    for (const variant of variants) expect(feed).toContain(`/errors/${variant.id}/`);
  });

  test('lists every guide with its change line under its review date, newest first', () => {
    expect(shownText(page().querySelector('h1'))).toBe('What changed');
    const dates = [...page().querySelectorAll('h3 time')].map((time) => time.getAttribute('datetime') ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    for (const variant of variants) {
      const entries = page().querySelectorAll(`[data-change="${variant.id}"]`);
      expect(entries, variant.id).toHaveLength(1);
      expect(linksNamed(entries[0]!, variant.title).map((link) => link.getAttribute('href'))).toEqual([`/errors/${variant.id}/`]);
      expect(shownText(entries[0])).toContain(variant.change);
      expect(page().querySelectorAll(`section:has(time[datetime="${variant.reviewed}"]) [data-change="${variant.id}"]`), variant.id).toHaveLength(1);
    }
  });
});

test('the claim page has a link preview for any request, stays out of search engines and the sitemap', () => {
  expect(meta('/admin/claim/', 'og:title')).toMatch(/^A teammate is blocked by a Claude workspace error/);
  expect(meta('/admin/claim/', 'og:description')).toMatch(/claude\.ai\/admin-settings\/usage/);
  expect(meta('/admin/claim/', 'og:image')).toMatch(/\/og\/admin-request\.png$/);
  expect(existsSync(join(dist, 'og', 'admin-request.png'))).toBe(true);
  expect(meta('/admin/claim/', 'robots')).toBe('noindex');
  const sitemap = builtText('sitemap-0.xml');
  expect(sitemap).toContain('/admin/request/');
  expect(sitemap).not.toContain('/admin/claim/');
});

/** Every built HTML file, outside Pagefind's own. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(dist);
  expect(files.length).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});
