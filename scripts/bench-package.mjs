// Package figures: the npm tarball's size, the browser bundle's size (gzip), and one diagnosis through the installed bin.
// Run: node scripts/bench-package.mjs. `npm run bench` prints the same table.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { packAndInstall } from '../package/pack.ts';
import { formatTable } from './bench-matcher.mjs';

const root = resolve(import.meta.dirname, '..');
const paste = "API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall-clock milliseconds of a command, median of `runs`. */
function timeCommand(command, args, runs) {
  const times = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.error) throw result.error;
  }
  return median(times);
}

/** Packs and installs the package in `work`, then measures it. */
export function benchPackage(work = join(root, '.tmp', 'bench', 'package'), runs = 7) {
  rmSync(work, { recursive: true, force: true });
  const installed = packAndInstall(work);
  const bundle = readFileSync(join(installed.packageFolder, 'dist', 'index.js'));
  const node = process.execPath;
  const binMs = timeCommand(node, [installed.bin, paste], runs);
  const nodeMs = timeCommand(node, ['-e', '0'], runs);
  const answer = JSON.parse(execFileSync(node, [installed.bin, '--json', paste], { encoding: 'utf8' }));
  rmSync(work, { recursive: true, force: true });
  return { tarballBytes: installed.tarballBytes, bundleBytes: bundle.length, bundleGzipBytes: gzipSync(bundle).length, binMs, nodeMs, id: answer.id };
}

/** The figures as a plain-text table. */
export function formatPackageBench(figures) {
  const size = (bytes) => `${(bytes / 1024).toFixed(1)} KiB (${bytes.toLocaleString('en-US')} B)`;
  return formatTable(
    ['figure', 'value'],
    [
      ['npm tarball (npm pack)', size(figures.tarballBytes)],
      ['browser bundle dist/index.js', size(figures.bundleBytes)],
      ['browser bundle, gzip', size(figures.bundleGzipBytes)],
      [`one diagnosis through the bin (${figures.id})`, `${figures.binMs.toFixed(0)} ms`],
      ['of which starting Node (node -e 0)', `${figures.nodeMs.toFixed(0)} ms`],
    ],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Package figures (node ${process.version}, median of runs)\n`);
  console.log(formatPackageBench(benchPackage()));
}
