import { readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCss, reachableScripts } from './page-css.ts';
import { htmlFiles, sha256 } from './built-pages.ts';

/** Prunes each built page's inlined stylesheet to the rules its HTML and scripts can use, keeping its CSP hash true. */
export function pageCss(): AstroIntegration {
  return {
    name: 'page-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
        let before = 0;
        let after = 0;
        for (const file of await htmlFiles(root)) {
          const swaps: [string, string][] = [];
          let html = await readFile(file, 'utf8');
          // What the page can use: its markup (not its own stylesheet, which names every class) and its scripts' text.
          const markup = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
          const used = [markup, ...reachableScripts(html, read).map((path) => read(path) ?? '')].join('\n');
          html = html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_all, open: string, css: string, close: string) => {
            const pruned = pruneCss(css, used);
            before += css.length;
            after += pruned.length;
            swaps.push([sha256(css), sha256(pruned)]);
            return `${open}${pruned}${close}`;
          });
          // The page's CSP names the stylesheet by its hash: name the pruned one instead.
          for (const [from, to] of swaps) html = html.replaceAll(`sha256-${from}`, `sha256-${to}`);
          await writeFile(file, html);
        }
        logger.info(`inlined CSS pruned per page: ${before} → ${after} characters in all`);
      },
    },
  };
}
