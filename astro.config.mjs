// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { cspDirectives, themeInitHash } from './src/csp.mjs';

/** Where the site is deployed; set SITE_URL when building for a real host (see README, "Deploy"). */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/admin/claim/') })],
  security: {
    csp: {
      directives: cspDirectives,
      // Pagefind compiles its WebAssembly search engine; nothing else needs more than 'self'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});
