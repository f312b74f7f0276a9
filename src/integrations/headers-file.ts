// The `_headers` file, as pure functions: hosts that read it (Netlify, Cloudflare Pages) and scripts/serve.mjs
// send these headers; the Astro integration beside it only reads the built pages and writes the result.

/** Headers every response should carry. */
const staticHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** Content types that hosts guess without a charset; the Markdown twins and the feed hold non-ASCII text. */
const typedPaths = {
  '/errors/*.md': 'text/markdown; charset=utf-8',
  '/llms.txt': 'text/plain; charset=utf-8',
  '/changes.xml': 'application/atom+xml; charset=utf-8',
} as const;

/** Merges CSP policies into one: the union of each directive's sources, in first-seen order. */
export function mergePolicies(policies: readonly string[], extra: readonly string[] = []): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of [...policies, ...extra]) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** The CSP a built page carries in its `<meta>`, with HTML's quote escape undone; undefined when it has none. */
export function pagePolicy(html: string): string | undefined {
  return metaPolicy.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** The `_headers` text: the pages' merged CSP (plus frame-ancestors) and the hardening headers for all, then content types. */
export function headersFile(policies: readonly string[]): string {
  const csp = mergePolicies(policies, ["frame-ancestors 'none'"]);
  const lines = ['/*', `  Content-Security-Policy: ${csp}`, ...Object.entries(staticHeaders).map(([name, value]) => `  ${name}: ${value}`)];
  for (const [path, type] of Object.entries(typedPaths)) lines.push(path, `  Content-Type: ${type}`);
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` text back: for each path pattern, its headers in order. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      if (at > 0 && rules.length > 0) rules[rules.length - 1]!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a `_headers` path pattern (with `*` wildcards) covers a path. */
export function patternCovers(pattern: string, path: string): boolean {
  const expression = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return expression.test(path);
}

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * A page's CSP `<meta>` with the hash sources it does not need removed: Astro lists every inline script and style
 * of the whole site on every page, and each unused hash is some fifty bytes that do not compress. `hash` is
 * `sha256` in base64 of a text. Hashes of the page's own inline scripts and styles, and all other sources, stay.
 */
export function tightenPolicy(html: string, hash: (text: string) => string): string {
  const used = new Set<string>();
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (/\bsrc=/i.test(attributes!) || /type="application\/(ld\+)?json"/i.test(attributes!)) continue;
    used.add(`'sha256-${hash(body!)}'`);
  }
  for (const [, body] of html.matchAll(inlineStyle)) used.add(`'sha256-${hash(body!)}'`);
  return html.replace(metaPolicyTag, (_tag, before: string, content: string, after: string) => {
    const policy = content
      .replaceAll('&#39;', "'")
      .split(';')
      .map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        if (!name) return '';
        if (name !== 'script-src' && name !== 'style-src') return directive.trim();
        return [name, ...sources.filter((source) => !source.startsWith("'sha256-") || used.has(source))].join(' ');
      })
      .filter(Boolean)
      .join('; ');
    return `${before}${policy.replaceAll("'", '&#39;')}${after}`;
  });
}

const metaPolicyTag = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;
