#!/usr/bin/env node
// Search figures on a built site, served by `astro preview`: what a guide's first load takes from /pagefind/
// (it must be nothing), how long it takes from opening the dialog to the first result over cold runs, and the
// bytes that result costs. Not part of `npm test`: figures, not a pass/fail timing.
//   node scripts/bench-search.mjs [--dist /tmp/x-dist] [--port 4341] [--runs 20] [--query x-api-key] [--json]
//   node scripts/bench-search.mjs --url http://127.0.0.1:4341     (a server that is already running)
// Other scripts: `import { benchSearch, formatSearchBench } from './bench-search.mjs'`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.ts';

const root = resolve(import.meta.dirname, '..');
const defaults = { guide: '/errors/out-of-extra-usage/', query: 'x-api-key', runs: 20 };

/** The nearest-rank percentile of numbers. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Collects every response of a page: transferred bytes (as served) and gzip bytes (as a CDN would send them). */
function recordResponses(page) {
  const entries = [];
  const pending = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const sizes = await request.sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        entries.push({
          path: new URL(request.url()).pathname,
          at: Date.now(),
          transferred: sizes.responseBodySize + sizes.responseHeadersSize,
          gzip: gzipSync(body).length,
        });
      })().catch(() => undefined),
    );
  });
  return { entries, settle: () => Promise.all(pending) };
}

const sum = (entries, field) => entries.reduce((total, entry) => total + entry[field], 0);

/** Opens a guide in a fresh context (cold cache) and returns the page, its context and its response log. */
async function coldGuide(browser, baseURL, guide) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = recordResponses(page);
  await page.goto(new URL(guide, baseURL).href, { waitUntil: 'networkidle' });
  await log.settle();
  return { context, page, log };
}

/**
 * Measures search on a running preview. Pass `browser` to reuse one (it is left open), else Chromium is
 * launched from `executablePath`. Returns plain figures; `formatSearchBench` prints them.
 */
export async function benchSearch(options = {}) {
  const baseURL = options.baseURL ?? options.base;
  if (!baseURL) throw new Error('benchSearch needs baseURL, the address of a running `astro preview`');
  const { guide = defaults.guide, query = defaults.query, runs = defaults.runs } = options;
  const browser =
    options.browser ??
    (await chromium.launch({
      executablePath: options.executablePath ?? findChromium(),
      args: chromiumArgs,
    }));
  try {
    // 1. A guide's first load: nothing from /pagefind/, and what the first view weighs.
    const first = await coldGuide(browser, baseURL, guide);
    const pagefindOnLoad = first.log.entries.filter((entry) => entry.path.startsWith('/pagefind/'));
    const firstLoad = {
      requests: first.log.entries.length,
      transferredBytes: sum(first.log.entries, 'transferred'),
      gzipBytes: sum(first.log.entries, 'gzip'),
      pagefindRequests: pagefindOnLoad.length,
      pagefindBytes: sum(pagefindOnLoad, 'transferred'),
    };
    await first.context.close();

    // 2. Cold runs: open the dialog with `/`, type the query at once, wait for the first result on screen.
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const { context, page, log } = await coldGuide(browser, baseURL, guide);
      const before = log.entries.length;
      await page.evaluate(() => {
        const marks = (window.__searchBench = { opened: 0, shown: 0 });
        window.addEventListener('keydown', (event) => event.key === '/' && !marks.opened && (marks.opened = performance.now()), { capture: true });
        new MutationObserver((_, observer) => {
          if (!document.querySelector('dialog a[data-search-hit]')) return;
          marks.shown = performance.now();
          observer.disconnect();
        }).observe(document.body, { childList: true, subtree: true });
      });
      await page.keyboard.press('/');
      await page.keyboard.insertText(query);
      await page.waitForFunction(() => window.__searchBench.shown > 0, null, { timeout: 15_000 });
      const marks = await page.evaluate(() => window.__searchBench);
      await page.waitForLoadState('networkidle');
      await log.settle();
      const used = log.entries.slice(before);
      samples.push({
        ms: marks.shown - marks.opened,
        transferredBytes: sum(used, 'transferred'),
        gzipBytes: sum(used, 'gzip'),
        requests: used.length,
      });
      await context.close();
    }
    const times = samples.map((sample) => sample.ms);
    return {
      guide,
      query,
      firstLoad,
      openToFirstResult: {
        runs,
        medianMs: percentile(times, 50),
        p95Ms: percentile(times, 95),
        minMs: Math.min(...times),
        maxMs: Math.max(...times),
      },
      toFirstResult: {
        medianRequests: percentile(
          samples.map((sample) => sample.requests),
          50,
        ),
        medianTransferredBytes: percentile(
          samples.map((sample) => sample.transferredBytes),
          50,
        ),
        medianGzipBytes: percentile(
          samples.map((sample) => sample.gzipBytes),
          50,
        ),
      },
    };
  } finally {
    if (!options.browser) await browser.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The figures as a short Markdown table. */
export function formatSearchBench(figures) {
  const { firstLoad, openToFirstResult: time, toFirstResult: cost } = figures;
  return [
    `Guide ${figures.guide}, query "${figures.query}", ${time.runs} cold runs (fresh browser context each).`,
    '',
    '| figure | value |',
    '|---|---|',
    `| requests to /pagefind/ on the guide's first load | ${firstLoad.pagefindRequests} (${firstLoad.pagefindBytes} bytes) |`,
    `| guide's first load, all responses | ${firstLoad.requests} requests, ${kb(firstLoad.transferredBytes)} as served, ${kb(firstLoad.gzipBytes)} gzip |`,
    `| open dialog → first result, median | ${time.medianMs.toFixed(0)} ms |`,
    `| open dialog → first result, p95 | ${time.p95Ms.toFixed(0)} ms (min ${time.minMs.toFixed(0)}, max ${time.maxMs.toFixed(0)}) |`,
    `| bytes to the first result, median | ${cost.medianRequests} requests, ${kb(cost.medianTransferredBytes)} as served, ${kb(cost.medianGzipBytes)} gzip |`,
  ].join('\n');
}

/** Starts the static server (scripts/serve.mjs, as `npm start` uses) on a built directory and resolves when it answers. */
export async function startPreview(dist, port) {
  const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--host', '127.0.0.1', '--port', String(port), '--dir', dist], {
    cwd: root,
    stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(baseURL)).ok) return { baseURL, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill();
  throw new Error(`scripts/serve.mjs did not answer on ${baseURL}`);
}

/** The command line: flags as documented at the top of the file. */
async function main(argv) {
  const flag = (name) => {
    const index = argv.indexOf(`--${name}`);
    return index === -1 ? undefined : argv[index + 1];
  };
  const dist = resolve(flag('dist') ?? process.env.DIST_DIR ?? 'dist');
  const port = Number(flag('port') ?? process.env.PREVIEW_PORT ?? 4329);
  const options = { runs: Number(flag('runs') ?? defaults.runs), query: flag('query') ?? defaults.query, guide: flag('guide') ?? defaults.guide };
  let server;
  if (flag('url')) server = { baseURL: flag('url'), stop: () => undefined };
  else {
    if (!existsSync(join(dist, 'pagefind/pagefind.js')))
      throw new Error(`No built site with a search index in ${dist}: run \`astro build --outDir ${dist}\` first.`);
    server = await startPreview(dist, port);
  }
  try {
    const figures = await benchSearch({ ...options, baseURL: server.baseURL });
    console.log(argv.includes('--json') ? JSON.stringify(figures, null, 2) : formatSearchBench(figures));
    if (figures.firstLoad.pagefindRequests !== 0) process.exitCode = 1;
  } finally {
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
