#!/usr/bin/env node
// Byte budgets on the built site (part of npm test), from budgets.mjs: a guide's first view and the home page's.
// A first view is the page's HTML (its CSS is inlined) plus every script it loads at once: module scripts and their
// static imports; dynamic imports and fetched data load on use and are not counted. Bytes are exact, unlike times.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets } from './budgets.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The scripts a page loads at once: its module scripts and, transitively, their static imports. */
export function firstViewScripts(html, readScript) {
  const seen = new Set();
  const queue = [...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  while (queue.length > 0) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readScript(path);
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(new URL(match[1], `https://site${path}`).pathname);
    }
  }
  return [...seen];
}

function firstView(page) {
  const html = readFileSync(join(dist, page));
  const scripts = firstViewScripts(html.toString('utf8'), (path) => readFileSync(join(dist, path), 'utf8'));
  return gz(html) + scripts.reduce((sum, path) => sum + gz(readFileSync(join(dist, path))), 0);
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run the build first.`);
  process.exit(2);
}
const pages = [
  ['home', 'index.html'],
  ...readdirSync(join(dist, 'errors'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'errors', entry.name, 'index.html')))
    .map((entry) => ['guide', join('errors', entry.name, 'index.html')]),
];
let over = 0;
let largestGuide = ['', 0];
for (const [kind, page] of pages) {
  const bytes = firstView(page);
  if (kind === 'guide' && page !== join('errors', 'index.html') && bytes > largestGuide[1]) largestGuide = [page, bytes];
  const budget = page === join('errors', 'index.html') ? budgets.home : budgets[kind];
  if (bytes > budget) {
    over++;
    console.error(`over budget: /${page.replace(/index\.html$/, '')} first view is ${bytes} B gzip, budget ${budget} B`);
  }
}
const home = firstView('index.html');
console.log(
  `budgets: home ${home} B of ${budgets.home}; largest guide ${largestGuide[1]} B of ${budgets.guide} (/${largestGuide[0].replace(/index\.html$/, '')}); ${pages.length} pages checked`,
);
process.exit(over > 0 ? 1 : 0);
