import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Headers every response should carry on hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
const staticHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return Promise.resolve(entry.name.endsWith('.html') ? [path] : []);
    }),
  );
  return nested.flat();
}

/** Merges the per-page CSP <meta> policies into one header policy: the union of each directive's sources. */
function mergePolicies(policies: readonly string[], extra: readonly string[] = []): string {
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

/** Writes `_headers` into the build: the site's CSP as a real header (adding frame-ancestors) plus hardening headers. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const policies = (await Promise.all(files.map((file) => readFile(file, 'utf8'))))
          .map((html) => metaPolicy.exec(html)?.[1]?.replaceAll('&#39;', "'"))
          .filter((policy): policy is string => Boolean(policy));
        if (policies.length !== files.length) throw new Error(`security-headers: ${files.length - policies.length} page(s) have no CSP <meta>`);
        const csp = mergePolicies(policies, ["frame-ancestors 'none'"]);
        const lines = ['/*', `  Content-Security-Policy: ${csp}`, ...Object.entries(staticHeaders).map(([name, value]) => `  ${name}: ${value}`), ''];
        await writeFile(join(root, '_headers'), lines.join('\n'));
        logger.info(`_headers written from ${files.length} pages`);
      },
    },
  };
}
