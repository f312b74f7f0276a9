// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { cspDirectives, themeInitHash } from './src/csp.mjs';
import { catalogueCheck } from './src/integrations/catalogue-check.ts';
import { pageCss } from './src/integrations/page-css-integration.ts';
import pagefind from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { defaultSiteUrl } from './src/site.ts';

/** Where the site is deployed: the public address, or SITE_URL when building for another host (see README, "Deploy"). */
const site = process.env.SITE_URL || defaultSiteUrl;

export default defineConfig({
  site,
  output: 'static',
  // Prism marks code with classes; Shiki's inline styles would break under the CSP.
  markdown: { syntaxHighlight: 'prism' },
  trailingSlash: 'always',
  // One small stylesheet: inlined, it saves a render-blocking request on every first visit.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [catalogueCheck(), mdx(), sitemap({ filter: (page) => !page.includes('/admin/claim/') }), pageCss(), pagefind(), securityHeaders()],
  security: {
    csp: {
      directives: [...cspDirectives],
      // Pagefind compiles its WebAssembly search engine; nothing else needs more than 'self'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
