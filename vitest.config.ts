import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The integrations import the package by name; unit tests read it from the repository's sources. */
const packageSource = fileURLToPath(new URL('./src/toolkit/index.ts', import.meta.url));

/** Pagefind's bundle as `astro build` wrote it, where the site's search engine imports it from. */
const pagefindBundle = fileURLToPath(new URL(`./${process.env['DIST_DIR'] ?? 'dist'}/pagefind/pagefind.js`, import.meta.url));

/** The unit tests: pure Node, no build. Also the only project mutation testing runs (vitest.stryker.config.ts). */
export const unitProject = {
  resolve: { alias: { 'llm-request-rejected': packageSource } },
  test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' as const, testTimeout: 20_000 },
};

export default defineConfig({
  test: {
    projects: [
      unitProject,
      // Checks over the built site that need no browser: run after the build (`npm run site`).
      // Search runs there too, on the built Pagefind bundle: the engine's `/pagefind/pagefind.js` is read from dist/.
      {
        resolve: { alias: [{ find: /^\/pagefind\/pagefind\.js$/, replacement: pagefindBundle }] },
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
      },
      // Packs and installs the npm package: run after the unit tests, on its own (`npm run package:test`).
      {
        test: {
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          // Packed and installed once for both files.
          globalSetup: ['tests/package/global-setup.ts'],
          environment: 'node',
          // Each test runs the package's bin or npx several times: minutes on a machine busy with other work.
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
