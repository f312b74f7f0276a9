// The Content-Security-Policy pieces shared by astro.config.mjs (the <meta> policy) and the _headers file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The one inline script: it sets the theme before first paint, so it cannot wait for a bundled file. */
const themeInit = readFileSync(new URL('./elements/theme-init.js', import.meta.url), 'utf8').trim();

/** Its hash, allowed by script-src. */
export const themeInitHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(themeInit).digest('base64')}`);

/** Directives other than script-src and style-src, which Astro fills with hashes. */
export const cspDirectives = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);
