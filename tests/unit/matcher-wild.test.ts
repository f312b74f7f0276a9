// Real pastes per variant (tests/fixtures/wild/<id>.jsonl), each with its public source: the matcher must name the variant.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { diagnoseText, root, type CorpusLine } from './matcher-helpers.ts';

const folder = join(root, 'tests', 'fixtures', 'wild');
const files = readdirSync(folder).filter((name) => name.endsWith('.jsonl'));

/** Every fixture line, with the file it came from. */
export const wildPastes = files.flatMap((name) =>
  readFileSync(join(folder, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => ({ file: name, ...(JSON.parse(line) as CorpusLine & { vendor?: string }) })),
);

describe('real pastes per variant', () => {
  test('every fixture file is named for a variant', () => {
    const ids = new Set(rawVariants.map((variant) => variant.id));
    expect(files.map((name) => name.replace(/\.jsonl$/, '')).filter((id) => !ids.has(id) && id !== 'not-claude')).toEqual([]);
  });

  for (const [index, line] of wildPastes.entries()) {
    test(`${line.file} #${index + 1} (${line.source}) is ${line.expect ?? 'not recognised'}`, () => {
      expect(line.source.length).toBeGreaterThan(3);
      const diagnosis = diagnoseText(line.text);
      expect(diagnosis.id).toBe(line.expect);
      if (line.expect !== null) expect(diagnosis.evidence.length).toBeGreaterThan(0);
      // Another provider's error is named as such; prose names nobody.
      if (line.file === 'not-claude.jsonl') expect(diagnosis.facts.vendor).toBe(line.vendor);
    });
  }
});
