// The regression wall: every wording the catalogue has ever listed stays recognised as its variant, even after it leaves the catalogue.
// The pastes of the project's own corpus are the other half of the wall: matcher-wild.test.ts and matcher-corpus.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { diagnoseText, filled, formatOnly, root } from './matcher-helpers.ts';

/** One wording the catalogue listed at some point, with the variant that explains it now. */
interface LedgerLine {
  id: string;
  text: string;
  /** Where it was first listed: the catalogue field and the commit. */
  from: string;
  /** Variants it belonged to before a move or a merge. */
  was?: string[];
}

const ledgerPath = join(root, 'tests', 'fixtures', 'wordings-ledger.jsonl');
const ledger: LedgerLine[] = readFileSync(ledgerPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as LedgerLine);

/** Every verbatim text the catalogue lists today, undated `messages` and dated `wordings` alike. */
const catalogueTexts = rawVariants.flatMap((variant) =>
  [...new Set([...(variant.messages ?? []), ...(variant.wordings ?? []).map((wording) => wording.text)])].map((text) => ({ id: variant.id, text })),
);

describe('the wordings ledger', () => {
  test('holds every wording of the catalogue under its variant (append the lines this names)', () => {
    const listed = new Set(ledger.map((line) => `${line.id}\t${line.text}`));
    const missing = catalogueTexts
      .filter((entry) => !listed.has(`${entry.id}\t${entry.text}`))
      .map((entry) => JSON.stringify({ id: entry.id, text: entry.text, from: 'catalogue wordings, <today>' }));
    expect(missing).toEqual([]);
  });

  test('lists each text once and names only variants that exist', () => {
    const ids = new Set(rawVariants.map((variant) => variant.id));
    expect(ledger.filter((line) => !ids.has(line.id)).map((line) => line.id)).toEqual([]);
    const texts = ledger.map((line) => line.text);
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });

  test('keeps the wordings that have left the catalogue', () => {
    const now = new Set(catalogueTexts.map((entry) => entry.text));
    expect(ledger.filter((line) => !now.has(line.text)).length).toBeGreaterThan(0);
  });

  for (const line of ledger.filter((entry) => !formatOnly.test(entry.text))) {
    test(`reads "${line.text.slice(0, 60)}…" as ${line.id}`, () => {
      const diagnosis = diagnoseText(filled(line.text));
      expect(diagnosis.id).toBe(line.id);
      expect(diagnosis.evidence.length).toBeGreaterThan(0);
    });
  }
});
