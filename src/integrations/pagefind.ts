import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchIncludeCharacters } from '../search/rank.ts';

/** Elements never worth indexing even inside a `data-pagefind-body`: screen-reader-only text and copy buttons. */
const searchExcludeSelectors = ['.sr-only', 'copy-button', 'script', 'template'];

/** Throws when a Pagefind step reports errors, naming the step and every error. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  - ${errors.join('\n  - ')}`);
}

/** Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written the site. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'llm-request-rejected:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await pagefind.createIndex({
            forceLanguage: 'en',
            // Pagefind still indexes the stripped form too, so `login` finds what `/login` finds.
            includeCharacters: searchIncludeCharacters,
            excludeSelectors: searchExcludeSelectors,
            writePlayground: false,
          });
          check('createIndex', created.errors);
          const { index } = created;
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          check('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages with content to index in ${site}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          check('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
