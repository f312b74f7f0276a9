// The one place that finds Chromium, for the browser tests, their runner and the bench alike.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a quiet headless run: no background traffic or updates, no GPU, no small /dev/shm in containers. */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

/** Playwright's own download, when one was installed. */
function playwrightOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The Chromium to launch: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else Playwright's download; undefined if none exists. */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env['CHROMIUM_PATH'];
  if (fromEnvironment && existsSync(fromEnvironment)) return fromEnvironment;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return playwrightOwn();
}
