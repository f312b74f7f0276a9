import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** The built site under test (see playwright.config.ts). */
export const dist = process.env.DIST_DIR ?? 'dist';

/**
 * Every browser test fails on an uncaught page error, a console error or a CSP violation, except those a test
 * expects and names with `test.use({ allowedProblems: [...] })` (the browser logs a 404 page's status as an error).
 */
export const test = base.extend<{ pageProblems: string[]; allowedProblems: RegExp[] }>({
  allowedProblems: [[], { option: true }],
  pageProblems: [
    async ({ page, allowedProblems }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      await use(problems);
      const unexpected = problems.filter((problem) => !allowedProblems.some((allowed) => allowed.test(problem)));
      expect(unexpected, 'page errors, console errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The path of every page in the built sitemap. */
export function sitemapPaths(): string[] {
  const index = readFileSync(`${dist}/sitemap-index.xml`, 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const paths = files.flatMap((file) =>
    [...readFileSync(`${dist}${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
  );
  return [...new Set(paths)].sort();
}

/** Every guide's path, from the built catalogue JSON. */
export function guideIds(): string[] {
  const data = JSON.parse(readFileSync(`${dist}/variants.json`, 'utf8')) as { variants: { id: string }[] };
  return data.variants.map((variant) => variant.id);
}

/** Shows the page in a colour scheme the way a visitor's system would ask for it. */
export async function useScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
}

/** Axe violations for WCAG 2.2 A and AA, as short readable lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
