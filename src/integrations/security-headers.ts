import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, pagePolicy, tightenPolicy } from './headers-file.ts';
import { htmlFiles, sha256 } from './built-pages.ts';

/** Writes `_headers` into the build: the site's CSP as a real header (adding frame-ancestors) plus hardening headers. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        // Each page keeps only the hashes of its own inline scripts and styles.
        const pages = await Promise.all(
          files.map(async (file) => {
            const html = tightenPolicy(await readFile(file, 'utf8'), sha256);
            await writeFile(file, html);
            return html;
          }),
        );
        const policies = pages.map(pagePolicy).filter((policy): policy is string => Boolean(policy));
        if (policies.length !== files.length) throw new Error(`security-headers: ${files.length - policies.length} page(s) have no CSP <meta>`);
        await writeFile(join(root, '_headers'), headersFile(policies));
        logger.info(`_headers written from ${files.length} pages`);
      },
    },
  };
}
