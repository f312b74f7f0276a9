// Reading the built site (`dist/`, or `$DIST_DIR`) for the checks that need its files but no browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { PublicVariant } from '../../src/catalogue/public.ts';

/** The built site under test, as the browser tests serve it. */
export const dist = process.env['DIST_DIR'] ?? 'dist';

if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}/: run \`npm run build\` first (npm test does).`);

/** A built file's text, by its path under the site's root. */
export function builtText(file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

/** The file `astro build` wrote for a page's URL path: a folder's index.html, or the file named. */
export function fileForPath(path: string): string {
  return path.endsWith('/') ? `${path}index.html` : path;
}

const documents = new Map<string, Document>();

/** A built page as a DOM, as it reads before any script runs (and as it reads without JavaScript). */
export function builtPage(path: string): Document {
  let document = documents.get(path);
  if (!document) {
    document = parseHTML(builtText(fileForPath(path))).document;
    documents.set(path, document);
  }
  return document;
}

/** The path of every page in the built sitemap. */
export function sitemapPaths(): string[] {
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const paths = locations(builtText('sitemap-index.xml')).flatMap((file) => locations(builtText(file)));
  return [...new Set(paths)].sort();
}

/** Every variant as the built /variants.json publishes it. */
export function builtVariants(): PublicVariant[] {
  return (JSON.parse(builtText('variants.json')) as { variants: PublicVariant[] }).variants;
}

/** Text as a reader gets it: whitespace runs made one space, trimmed. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A node's text as a reader gets it. */
export function shownText(node: Node | null | undefined): string {
  return squeezed(node?.textContent ?? '');
}

/** The accessible name of a labelled element: its aria-label, or the text of what aria-labelledby names. */
export function labelOf(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids.map((id) => shownText(element.ownerDocument.getElementById(id))).join(' ');
}

/** The one landmark or region (section, nav, form…) with this name; throws when there is none or more than one. */
export function landmark(scope: Document | Element, selector: string, name: string | RegExp): Element {
  const found = [...scope.querySelectorAll(selector)].filter((element) =>
    typeof name === 'string' ? labelOf(element) === name : name.test(labelOf(element)),
  );
  if (found.length !== 1) throw new Error(`${found.length} ${selector} named ${String(name)}, not one`);
  return found[0]!;
}

/** The section named `name` (a region, as a screen reader lists it). */
export function region(scope: Document | Element, name: string | RegExp): Element {
  return landmark(scope, 'section[aria-label], section[aria-labelledby]', name);
}

/** The links in scope whose text contains `name`, ignoring case, as a link's accessible name is matched. */
export function linksNamed(scope: Document | Element, name: string): HTMLAnchorElement[] {
  return [...scope.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) => shownText(link).toLowerCase().includes(name.toLowerCase()));
}
