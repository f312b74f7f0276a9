#!/usr/bin/env node
// The mutation score per folder from Stryker's JSON report(s): detected (killed or timed out) over valid mutants.
// Usage: node scripts/mutation-score.mjs [--min 80] [report.json ...]   (default: reports/mutation/mutation.json)
// Several reports (one per folder run) are merged; a file in more than one report counts from the last given.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
/** The folders the issue asks a score for, each with the files of it that are mutated. */
export const folders = ['src/admin', 'src/credits', 'src/catalogue', 'src/search', 'src/matcher'];
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

/** Counts per folder over the files of the given reports; compile and runtime errors and ignored mutants do not count. */
export function scoresByFolder(reports) {
  const files = new Map();
  for (const report of reports) for (const [path, file] of Object.entries(report.files)) files.set(path.replace(`${root}/`, ''), file);
  const counts = new Map();
  for (const [path, file] of files) {
    const folder = folders.find((prefix) => path.startsWith(`${prefix}/`));
    if (!folder) continue;
    const count = counts.get(folder) ?? { detected: 0, undetected: 0, survivors: [] };
    for (const mutant of file.mutants) {
      if (detected.has(mutant.status)) count.detected += 1;
      else if (undetected.has(mutant.status)) {
        count.undetected += 1;
        count.survivors.push(`${path}:${mutant.location.start.line} ${mutant.mutatorName} ${mutant.status}`);
      }
    }
    counts.set(folder, count);
  }
  return folders
    .filter((folder) => counts.has(folder))
    .map((folder) => {
      const { detected: caught, undetected: missed, survivors } = counts.get(folder);
      return { folder, detected: caught, valid: caught + missed, score: caught + missed === 0 ? 100 : (100 * caught) / (caught + missed), survivors };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const minAt = args.indexOf('--min');
  const min = minAt >= 0 ? Number(args[minAt + 1]) : undefined;
  const paths = args.filter((arg, index) => !arg.startsWith('--') && (minAt < 0 || index !== minAt + 1));
  const listSurvivors = args.includes('--survivors');
  const reports = (paths.length > 0 ? paths : ['reports/mutation/mutation.json']).map((path) => JSON.parse(readFileSync(path, 'utf8')));
  const rows = scoresByFolder(reports);
  for (const row of rows) {
    console.log(`${row.folder.padEnd(14)} ${row.score.toFixed(1).padStart(5)}%  (${row.detected} of ${row.valid} mutants detected)`);
    if (listSurvivors) for (const survivor of row.survivors) console.log(`  ${survivor}`);
  }
  const low = min === undefined ? [] : rows.filter((row) => row.score < min);
  if (low.length > 0) {
    console.error(`Under ${min}%: ${low.map((row) => row.folder).join(', ')}`);
    process.exitCode = 1;
  }
}
