#!/usr/bin/env node
// Finds a Chromium for the browser tests, then runs Playwright against the built site in dist/.
// The lookup is scripts/chromium.ts; when it finds none and we are root with apt, Debian's chromium is installed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

let browser = findChromium();
const canApt = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
if (!browser && canApt) {
  console.log("No Chromium found: installing Debian's chromium with apt-get (one time)…");
  const update = spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      : update;
  if (install.status === 0) browser = findChromium();
}
if (!browser) {
  console.error(
    'No Chromium for the browser tests: install one (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
const dist = process.env.DIST_DIR ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No built site in ${dist}/: run \`npm run build\` first (npm test does this).`);
  process.exit(1);
}

const result = spawnSync('playwright', ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);
