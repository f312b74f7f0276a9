import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.ts';

/** Found once, by the same lookup as `npm run browser` and the bench. */
const chromiumPath = findChromium();
const port = Number(process.env.PREVIEW_PORT ?? 4329);
/** The built site under test; parallel work can build elsewhere with DIST_DIR. */
const dist = process.env.DIST_DIR ?? 'dist';

/** Browser tests run against the built site (`dist/`), served by scripts/serve.mjs as a static host would. */
export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  forbidOnly: true,
  // Two: the suite is bound by Chromium's CPU, and a third worker on two cores only makes every wait longer.
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['line']] : [['list']],
  // A test that loads a few pages in turn needs more than one load's time when another build shares the cores.
  timeout: 60_000,
  // A check waits for state, never for time; on a machine busy with other work (a build beside the suite) state can
  // take longer than Playwright's 5 s default to arrive, and a longer limit costs nothing while the checks pass.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    // One browser context per worker, reset between tests (storage, cookies, cache, routes, init scripts, viewport,
    // emulation), instead of a new one per test: a fresh context and its first page cost Chromium about a CPU-second,
    // a quarter of the suite. What the reset leaves (granted permissions, listeners) the fixtures clear (fixtures.ts).
    // A test that needs other context options (no JavaScript, a time zone) still gets a fresh context of its own.
    reuseContext: true,
    launchOptions: { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs },
  },
  webServer: {
    // The same static server as `npm start`: `_headers` applied, trailing-slash redirects, the 404 page.
    command: `node scripts/serve.mjs --host 127.0.0.1 --port ${port} --dir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
