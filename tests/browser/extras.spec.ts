import { existsSync, readFileSync } from 'node:fs';
import type { PublicVariant } from '../../src/catalogue/public.ts';
import { billingDiagram } from '../../src/diagrams/billing.ts';
import { organizationDiagram } from '../../src/diagrams/organization.ts';
import { dist, expect, guideIds, test } from './fixtures.ts';

const catalogue = (): PublicVariant[] => (JSON.parse(readFileSync(`${dist}/variants.json`, 'utf8')) as { variants: PublicVariant[] }).variants;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1'), `${file} starts with IHDR`).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('link-preview images', () => {
  test('exist at 1200×630 for every guide, the site and the admin request page', () => {
    const ids = [...guideIds(), 'site', 'admin-request'];
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      const file = `${dist}/og/${id}.png`;
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file), file).toEqual({ width: 1200, height: 630 });
    }
  });

  test('are what each guide’s og:image points at, and are served as images', async ({ page, request }) => {
    for (const id of guideIds()) {
      await page.goto(`/errors/${id}/`);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(new URL(image ?? '').pathname, id).toBe(`/og/${id}.png`);
    }
    const response = await request.get('/og/site.png');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
  });
});

test.describe('Markdown twins', () => {
  for (const variant of catalogue()) {
    test(`/errors/${variant.id}.md matches its guide: title, summary, messages, steps`, async ({ request }) => {
      const response = await request.get(`/errors/${variant.id}.md`);
      expect(response.status()).toBe(200);
      const markdown = await response.text();
      expect(markdown.startsWith(`# ${variant.title}\n`)).toBe(true);
      expect(markdown).toContain(`> ${variant.summary}`);
      for (const message of variant.messages) expect(markdown).toContain(message);
      variant.steps.forEach((step, index) => expect(markdown).toContain(`${index + 1}. **${step.title}**`));
      expect(markdown).not.toMatch(/<\/?Callout/);
      expect(markdown).not.toMatch(/^(import|export) /m);
    });
  }
});

test.describe('/llms.txt', () => {
  test('has a title and summary and links every guide’s Markdown twin, each of which exists', async ({ request }) => {
    const response = await request.get('/llms.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text.startsWith('# LLM request rejected\n\n> ')).toBe(true);
    const links = [...text.matchAll(/\]\(([^)]+\.md)\)/g)].map((match) => new URL(match[1] ?? '').pathname);
    expect(links.sort()).toEqual(
      guideIds()
        .map((id) => `/errors/${id}.md`)
        .sort(),
    );
    for (const link of links) expect(existsSync(`${dist}${link}`), link).toBe(true);
  });
});

test.describe('the changes page', () => {
  test('lists changes in the world, dated, sourced and newest first', async ({ page }) => {
    await page.goto('/changes/');
    const world = page.getByRole('region', { name: "In Claude's products and the tools" });
    const dates = await world.locator('li > time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const item of await world.getByRole('listitem').all()) await expect(item.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(world).toContainText('paused');
    await expect(world).toContainText('usage credits');
  });

  test('offers an Atom feed of itself that lists the same changes', async ({ page, request }) => {
    await page.goto('/changes/');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/changes.xml');
    const response = await request.get('/changes.xml');
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const feed = await response.text();
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect((feed.match(/<entry>/g) ?? []).length).toBe(
      catalogue().length + (await page.getByRole('region', { name: "In Claude's products and the tools" }).getByRole('listitem').count()),
    );
    for (const variant of catalogue()) expect(feed).toContain(`/errors/${variant.id}/`);
  });

  test('lists every guide with its change line under its review date, newest first', async ({ page }) => {
    await page.goto('/changes/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
    const dates = await page.locator('h3 time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const variant of catalogue()) {
      const entry = page.locator(`[data-change="${variant.id}"]`);
      await expect(entry.getByRole('link', { name: variant.title })).toHaveAttribute('href', `/errors/${variant.id}/`);
      await expect(entry).toContainText(variant.change);
      await expect(page.locator(`section:has(time[datetime="${variant.reviewed}"]) [data-change="${variant.id}"]`)).toHaveCount(1);
    }
  });
});

test.describe('diagrams', () => {
  for (const { path, diagram, width } of [
    { path: '/', diagram: billingDiagram, width: 1280 },
    { path: '/credits/', diagram: billingDiagram, width: 375 },
  ]) {
    test(`${diagram.id} on ${path} at ${width} px: one picture shown, named, described by text that says every step`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const figure = page.locator(`figure[data-diagram="${diagram.id}"]`);
      const pictures = figure.getByRole('img', { name: diagram.title });
      await expect(pictures).toHaveCount(1);
      await expect(pictures).toHaveAttribute('data-orientation', width < 768 ? 'narrow' : 'wide');
      const describedBy = (await pictures.getAttribute('aria-describedby'))?.split(' ') ?? [];
      expect(describedBy).toEqual([`${diagram.id}-words`, `${diagram.id}-notes`]);
      const words = page.locator(`[id="${diagram.id}-words"]`);
      const notes = page.locator(`[id="${diagram.id}-notes"]`);
      for (const chain of diagram.chains) await expect(words).toContainText(chain.says);
      for (const note of diagram.notes) await expect(notes).toContainText(note);
      await expect(notes).toBeVisible();
      // Every node's whole title, word for word in order (the drawing may break a title across lines).
      const drawn = (await pictures.textContent()) ?? '';
      for (const node of diagram.chains.flatMap((chain) => chain.nodes)) {
        const words = node.title.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        expect(drawn, node.title).toMatch(new RegExp(words.join('\\s*')));
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  test('the organization flow is drawn on the admin guide, named and said in words', async ({ page }) => {
    await page.goto('/admin/');
    const figure = page.locator(`figure[data-diagram="${organizationDiagram.id}"]`);
    await expect(figure.getByRole('img', { name: organizationDiagram.title })).toHaveCount(1);
    await expect(figure.locator(`[id="${organizationDiagram.id}-words"]`)).toContainText(organizationDiagram.chains[0]?.says ?? '');
  });
});
