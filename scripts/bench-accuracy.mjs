// How often the right guide is named: the project's seen corpus (its fixtures, tuned against) and its unseen corpus
// (tests/fixtures/unseen, never tuned against), through the CLI and through the home page's paste box.
// Run alone: node scripts/bench-accuracy.mjs (CLI only). `npm run bench` adds the paste box. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatTable } from './bench-matcher.mjs';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'tests', 'fixtures');

/** The lines of every .jsonl file in a folder, each with the file it came from. */
function linesOf(paths) {
  return paths.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => ({ ...JSON.parse(line), file: path.slice(root.length + 1) })),
  );
}

const jsonlIn = (folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(folder, name));

/** The two corpora: seen (the public corpus, the real pastes per variant, the seen lines still missed) and unseen. */
function corpora() {
  const publicCorpus = [join(root, '..', 'shared', 'corpus', 'pastes.jsonl'), join(fixtures, 'pastes.jsonl')].find((path) => existsSync(path));
  return {
    seen: linesOf([publicCorpus, ...jsonlIn(join(fixtures, 'wild')), join(fixtures, 'seen-misses.jsonl')]),
    unseen: linesOf(jsonlIn(join(fixtures, 'unseen'))),
  };
}

/** Every line's answer from one run of the CLI in --jsonl mode, as a user of `npm run diagnose` gets it. */
function throughCli(lines) {
  const input = lines.map((line) => JSON.stringify({ text: line.text })).join('\n') + '\n';
  const run = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'src', 'cli', 'diagnose.ts'), '--jsonl'], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const answers = run.stdout
    .trim()
    .split('\n')
    .map((out) => JSON.parse(out).id ?? null);
  if (answers.length !== lines.length) throw new Error(`the CLI answered ${answers.length} of ${lines.length} lines:\n${run.stderr}`);
  return answers;
}

/** Every line's answer from the paste box of an open home page: the box is emptied between lines so no answer is stale. */
async function throughPasteBox(page, lines) {
  const box = page.getByRole('textbox', { name: /Paste your error/ });
  const result = await page.getByRole('region', { name: 'Diagnosis' }).elementHandle();
  const answers = [];
  for (const line of lines) {
    await box.fill('');
    await page.waitForFunction((element) => !element.hasAttribute('data-diagnosis'), result);
    // A blank paste leaves the box idle: it names nothing, as the CLI does.
    if (line.text.trim() === '') {
      answers.push(null);
      continue;
    }
    await box.fill(line.text);
    await page.waitForFunction((element) => element.hasAttribute('data-diagnosis'), result);
    answers.push((await result.getAttribute('data-diagnosis')) || null);
  }
  return answers;
}

/**
 * @typedef {{ text: string, expect: string | null, second?: string | null, settled?: string | null, source?: string }} CorpusLine
 * @typedef {CorpusLine & { got: string | null }} Miss
 */

/**
 * Right answers out of all: a null counts as right when the line expects null. `expected` picks the label a line is
 * scored against, and lines it gives `undefined` for are left out.
 * @param {readonly CorpusLine[]} lines
 * @param {readonly (string | null)[]} answers
 * @param {(line: CorpusLine) => string | null | undefined} [expected]
 * @returns {{ right: number, total: number, misses: Miss[] }}
 */
export function score(lines, answers, expected = (line) => line.expect) {
  let total = 0;
  /** @type {Miss[]} */
  const misses = [];
  lines.forEach((line, index) => {
    const label = expected(line);
    if (label === undefined) return;
    total++;
    if (answers[index] !== label) misses.push({ ...line, expect: label, got: answers[index] });
  });
  return { right: total - misses.length, total, misses };
}

/**
 * The unseen lines' labels as audited (tests/fixtures/unseen/README.md): `second` is a second labeller's, given without
 * seeing the first; `settled`, on the lines where the two differ, is a third reading of the thread.
 */
export const audited = {
  /** @param {CorpusLine} line */
  agreed: (line) => ('second' in line && line.second === line.expect ? line.expect : undefined),
  /** @param {CorpusLine} line */
  settled: (line) => (line.settled !== undefined ? line.settled : line.expect),
};

const percent = ({ right, total }) => `${right}/${total} (${((100 * right) / total).toFixed(1)}%)`;

/** Scores both corpora through the CLI and, when a page with the paste box is given, through the page too. */
export async function benchAccuracy(page) {
  const { seen, unseen } = corpora();
  const scores = (answersSeen, answersUnseen) => ({
    seen: score(seen, answersSeen),
    unseen: score(unseen, answersUnseen),
    agreed: score(unseen, answersUnseen, audited.agreed),
    settled: score(unseen, answersUnseen, audited.settled),
  });
  const result = { cli: scores(throughCli(seen), throughCli(unseen)) };
  if (page) result.pasteBox = scores(await throughPasteBox(page, seen), await throughPasteBox(page, unseen));
  return result;
}

/** The figures as a table, then every unseen miss (the seen ones are the fixtures' tests to name). */
export function formatAccuracy(result) {
  const rows = Object.entries(result).map(([surface, { seen, unseen, agreed, settled }]) => [
    surface === 'cli' ? 'CLI (--jsonl)' : 'paste box',
    percent(seen),
    percent(unseen),
    agreed.total > 0 ? percent(agreed) : '-',
    percent(settled),
  ]);
  const misses = Object.entries(result).flatMap(([surface, { unseen }]) =>
    unseen.misses.map((miss) => `- ${surface}: ${miss.source}: expected ${miss.expect ?? 'null'}, got ${miss.got ?? 'null'}`),
  );
  const header = ['right guide named', 'seen', 'unseen, labels as collected', 'unseen, lines two labellers agree on', 'unseen, disputes settled'];
  return `${formatTable(header, rows)}\n\nUnseen misses (${misses.length}):\n${misses.join('\n') || '- none'}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(formatAccuracy(await benchAccuracy()));
