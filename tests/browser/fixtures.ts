import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { test as base, expect, type Page } from '@playwright/test';
import type { PublicVariant } from '../../src/catalogue/public.ts';

/** The built site under test (see playwright.config.ts). */
export const dist = process.env.DIST_DIR ?? 'dist';

/**
 * Every browser test fails on an uncaught page error, a console error or a CSP violation, except those a test
 * expects and names with `test.use({ allowedProblems: [...] })` (the browser logs a 404 page's status as an error).
 * It also clears what the reused context keeps between tests and Playwright's reset does not.
 */
export const test = base.extend<{ pageProblems: string[]; allowedProblems: RegExp[] }>({
  allowedProblems: [[], { option: true }],
  pageProblems: [
    async ({ page, context, allowedProblems }, use) => {
      // The context is reused between tests (playwright.config.ts): a permission an earlier test granted is taken back.
      await context.clearPermissions();
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
      // The page is reused too: the listeners the tests add (these, a dialog handler, a request log) go with the test.
      for (const event of ['console', 'pageerror', 'dialog', 'request'] as const) page.removeAllListeners(event);
      const unexpected = problems.filter((problem) => !allowedProblems.some((allowed) => allowed.test(problem)));
      expect(unexpected, 'page errors, console errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The path of every page in the built sitemap; read when a test runs, so tests can be listed without a build. */
export function sitemapPaths(): string[] {
  const index = readFileSync(`${dist}/sitemap-index.xml`, 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const paths = files.flatMap((file) =>
    [...readFileSync(`${dist}${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
  );
  return [...new Set(paths)].sort();
}

let variants: PublicVariant[] | undefined;

/** Every variant as the built /variants.json publishes it; read when a test runs, so tests can be listed without a build. */
export function builtVariants(): PublicVariant[] {
  variants ??= (JSON.parse(readFileSync(`${dist}/variants.json`, 'utf8')) as { variants: PublicVariant[] }).variants;
  return variants;
}

/** The built variant with this id; throws when there is none. */
export function builtVariant(id: string): PublicVariant {
  const found = builtVariants().find((variant) => variant.id === id);
  if (!found) throw new Error(`no variant ${id} in ${dist}/variants.json`);
  return found;
}

/** Shows the page in a colour scheme the way a visitor's system would ask for it. */
export async function useScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
}

/** axe-core's script, read once: put in a page once per load, then run as often as the page changes. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * The rules checked: WCAG 2.2 A and AA. Only violations are reported in full: axe then builds a selector for each
 * node that fails and for one node of each other result, not for every node of a long page that passed.
 */
const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/**
 * Axe violations for WCAG 2.2 A and AA (within `include`, a selector, when given), as short readable lines. Axe is
 * put in the page only when it is not there yet: parsing it costs more than a run, so a page resized in place and
 * checked again pays for it once.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    ([context, options]) =>
      (window as unknown as { axe: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> } }).axe.run(context ?? document, options),
    [include ?? null, axeOptions] as const,
  );
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
