import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rawVariants } from '../catalogue/raw.ts';
import { CatalogueError, guideProblems, parseCatalogue } from '../catalogue/validate.ts';

/** The catalogue and its guides checked once, before any route is built: every problem reported together. */
export function catalogueCheck(): AstroIntegration {
  return {
    name: 'catalogue-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const guides = readdirSync(join(fileURLToPath(config.root), 'content', 'guides'))
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => name.slice(0, -'.mdx'.length));
        const problems: string[] = [];
        try {
          parseCatalogue(rawVariants);
        } catch (error) {
          if (!(error instanceof CatalogueError)) throw error;
          problems.push(...error.problems);
        }
        problems.push(
          ...guideProblems(
            rawVariants.map((variant) => variant.id),
            guides,
          ),
        );
        if (problems.length > 0) throw new CatalogueError(problems);
        logger.info(`${rawVariants.length} variants and their guides check out`);
      },
    },
  };
}
