// Wordings found in public sources by sessions that looked for what the matcher did not know (stop 30, three waves; stop
// 31, two more): the API's own messages as tools quote them bare, Claude's clients' lines, the clouds' refusals of Claude
// models, and relays', tools' and other providers' own errors. Stop 31 added Claude Code's own lines read from the strings
// of its 2.1.332 binary (npm, 24 November 2026), with an example model or time where the template has a slot. Each is
// verbatim, with its source and the date the source shows; the matcher must keep naming them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnoseText, root } from './matcher-helpers.ts';

interface HarvestLine {
  text: string;
  expect: string | null;
  source: string;
  date: string;
}

const lines = readFileSync(join(root, 'tests', 'fixtures', 'wordings-harvest.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as HarvestLine);

describe('harvested wordings', () => {
  // A source file shows a year or no date at all; that is said, not guessed.
  test('each has a source and the date it shows: YYYY, YYYY-MM, YYYY-MM-DD or "undated"', () => {
    expect(lines.length).toBeGreaterThanOrEqual(140);
    for (const line of lines) {
      expect(line.source.length).toBeGreaterThan(3);
      expect(line.date).toMatch(/^(?:\d{4}(?:-\d{2}){0,2}|undated\b.*)$/);
    }
  });

  test.each(lines.map((line) => [line.source, line.expect ?? 'not recognised', line] as const))('%s is %s', (_, __, line) => {
    const diagnosis = diagnoseText(line.text);
    expect(diagnosis.id).toBe(line.expect);
    if (line.expect !== null) expect(diagnosis.evidence.length).toBeGreaterThan(0);
  });
});
