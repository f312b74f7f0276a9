// The site's public address, written once: Astro's canonical links, the CLI's and the package's guide links.
import { searchPageHref } from './search/url.ts';

/** Where the site is deployed; SITE_URL (build, CLI) or the package's `siteUrl` option overrides it. */
export const defaultSiteUrl = 'https://llm-request-rejected.pages.dev';

/** The site to link to: `override` when it is a non-empty string, else the default. Throws on a URL that is not http(s). */
export function siteBase(override?: string): URL {
  const text = override?.trim() || defaultSiteUrl;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new TypeError(`The site address must be an absolute http(s) URL, not ${JSON.stringify(text)}`);
  return url;
}

/** The index of every guide, `/errors/`. */
export const guidesIndexPath = '/errors/';

/** A guide's path on the site, `/errors/<id>/`: every link to a guide is built here. */
export function guidePath(id: string): string {
  return `${guidesIndexPath}${id}/`;
}

/** A guide's Markdown twin, `/errors/<id>.md`. */
export function guideTwinPath(id: string): string {
  return `${guidesIndexPath}${id}.md`;
}

/** A guide's absolute address, `<site origin>/errors/<id>/`, resolved as /variants.json resolves it. */
export function guideUrl(id: string, site?: URL | string): string {
  return new URL(guidePath(id), site instanceof URL ? site : siteBase(site)).href;
}

/** The site's search page for some words, `<site origin>/search/?q=<words>`, or the bare search page. */
export function searchUrl(words: string, site?: string): string {
  return new URL(searchPageHref(words), siteBase(site)).href;
}
