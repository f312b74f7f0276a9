#!/usr/bin/env node
// `npm test`: every check of the project. The stages before the browser tests run two at a time (most of them use
// one core), each one's output printed whole when it ends; the browser tests run last, alone, once all else passed.
// Usage: npm test                 all stages
//        npm test -- lint unit    only those stages (a stage's prerequisites are not added)
// TEST_JOBS sets how many stages run at once (default: the machine's cores, at most 2).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * The npm scripts run, in the order they start (the slow ones first), and what each needs to have passed before it.
 * The build writes .astro/ (generated types) and dist/, which astro check, the typed lint and the unit tests read, so
 * they wait for it; the package test builds its own files in package/dist/.
 */
const stages = [
  { name: 'build', after: [] },
  { name: 'package:test', after: [] },
  { name: 'lint', after: ['build'] },
  // The build has just generated .astro/'s types: checking does not write them again under the lint's feet.
  { name: 'check', after: ['build'], args: ['--noSync'] },
  { name: 'unit', after: ['build'] },
  { name: 'format:check', after: [] },
  { name: 'unused', after: [] },
  { name: 'site', after: ['build'] },
  { name: 'budgets', after: ['build'] },
];
const last = 'browser';

const asked = process.argv.slice(2);
const known = [...stages.map((stage) => stage.name), last];
const unknown = asked.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`No such stage: ${unknown.join(', ')}. Stages: ${known.join(', ')}.`);
  process.exit(2);
}
const chosen = (name) => asked.length === 0 || asked.includes(name);
const jobs = Math.max(1, Number(process.env.TEST_JOBS) || Math.min(2, availableParallelism()));
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Runs `npm run <name> -- <args>`, its output kept until it ends; resolves to whether it passed. */
function runQuietly(name, args = []) {
  return new Promise((resolve) => {
    const begun = Date.now();
    console.log(`▶ ${name}`);
    const child = spawn('npm', ['run', name, ...(args.length > 0 ? ['--', ...args] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const passed = code === 0;
      const text = Buffer.concat(output).toString('utf8').trimEnd();
      console.log(`\n── ${name}: ${passed ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds(begun)} ──`);
      if (text) console.log(text);
      resolve(passed);
    });
  });
}

/** Runs the chosen stages, at most `jobs` at once, each when what it needs has passed; returns the failed ones. */
async function runStages() {
  const waiting = stages.filter((stage) => chosen(stage.name));
  const passed = new Set(stages.filter((stage) => !chosen(stage.name)).map((stage) => stage.name));
  const failed = new Set();
  const running = new Set();
  await new Promise((done) => {
    const next = () => {
      // A stage whose prerequisite failed is not run: it fails with it.
      for (const stage of [...waiting]) {
        if (stage.after.some((name) => failed.has(name))) {
          waiting.splice(waiting.indexOf(stage), 1);
          failed.add(stage.name);
          console.log(`✗ ${stage.name}: not run, ${stage.after.filter((name) => failed.has(name)).join(', ')} failed`);
        }
      }
      while (running.size < jobs) {
        const ready = waiting.find((stage) => stage.after.every((name) => passed.has(name)));
        if (!ready) break;
        waiting.splice(waiting.indexOf(ready), 1);
        running.add(ready.name);
        void runQuietly(ready.name, ready.args).then((ok) => {
          running.delete(ready.name);
          (ok ? passed : failed).add(ready.name);
          next();
        });
      }
      if (running.size === 0) done();
    };
    next();
  });
  return [...failed];
}

const failed = await runStages();
if (failed.length > 0) {
  console.error(`\nnpm test failed after ${seconds(started)}: ${failed.join(', ')}${chosen(last) ? ' (browser tests not run)' : ''}.`);
  process.exit(1);
}
console.log(`\nAll stages before the browser passed in ${seconds(started)}.`);
if (chosen(last)) {
  // Alone and streamed: the browser tests use both cores, and their reporter prints as they go.
  const browser = spawn('npm', ['run', last], { stdio: 'inherit' });
  const code = await new Promise((resolve) => browser.on('close', (exit) => resolve(exit ?? 1)));
  console.log(`\nnpm test ${code === 0 ? 'passed' : 'failed'} in ${seconds(started)}.`);
  process.exit(code);
}
