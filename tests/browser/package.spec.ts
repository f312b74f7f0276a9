// The npm package's module in a browser page: imported by a plain <script type="module">, answering as the site does.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dist, expect, test } from './fixtures.ts';

/** A page of nobody's site that imports the package, served by the test itself. */
const origin = 'http://package.test';
const bundle = 'package/dist/index.js';

const corpus = readFileSync('tests/fixtures/pastes.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);
const pastes = [
  corpus[0]!,
  corpus[corpus.length - 1]!,
  "API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going.",
  'hello world',
];

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Package in a page</title></head>
<body><p>Importing the package…</p>
<script type="module">
  import { diagnose, listVariants, version, dataVersion } from './index.js';
  const pastes = JSON.parse(document.getElementById('pastes').textContent);
  window.packageResult = { version, dataVersion, answers: pastes.map((text) => diagnose(text)), variants: listVariants() };
  document.body.dataset.ready = '';
</script>
<script type="application/json" id="pastes">${JSON.stringify(pastes).replace(/</g, '\\u003c')}</script>
</body></html>`;

interface PackageResult {
  version: string;
  dataVersion: string;
  answers: { id: string | null; url: string | null; evidence: { text: string }[] }[];
  variants: { id: string; title: string; url: string }[];
}

/** Serves the page and the package's bundle; nothing else is reachable on that origin. */
async function servePackage(page: Page): Promise<void> {
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (path === '/index.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: readFileSync(bundle) });
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

test.beforeAll(() => {
  // The bundle from the current sources, as `npm pack` would build it.
  const build = spawnSync(process.execPath, ['package/build.ts'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});

test("the package's module imports in a browser page and answers as the site's paste box does", async ({ page }) => {
  await servePackage(page);
  await page.goto(`${origin}/`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', '');
  const result = (await page.evaluate(() => (window as unknown as { packageResult: unknown }).packageResult)) as PackageResult;

  const site = JSON.parse(readFileSync(`${dist}/variants.json`, 'utf8')) as { variants: { id: string; title: string; url: string }[] };
  expect(result.variants.map(({ id, title, url }) => ({ id, title, path: new URL(url).pathname }))).toEqual(
    site.variants.map(({ id, title, url }) => ({ id, title, path: new URL(url).pathname })),
  );
  expect(result.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(result.dataVersion).toMatch(/^[0-9a-f]{12}$/);

  await page.goto('/');
  const box = page.getByRole('textbox', { name: /Paste your error/ });
  const diagnosis = page.getByRole('region', { name: 'Diagnosis' });
  for (const [index, paste] of pastes.entries()) {
    const answer = result.answers[index]!;
    await box.fill('');
    await expect(diagnosis).not.toHaveAttribute('data-diagnosis');
    await box.fill(paste);
    await expect(diagnosis, paste.slice(0, 60)).toHaveAttribute('data-diagnosis', answer.id ?? '');
    if (answer.id) expect(new URL(answer.url ?? '').pathname).toBe(`/errors/${answer.id}/`);
  }
  expect(result.answers[2]).toMatchObject({
    id: 'out-of-extra-usage',
    evidence: [{ text: "You're out of extra usage. Add more at claude.ai/settings/usage and keep going" }],
  });
});
