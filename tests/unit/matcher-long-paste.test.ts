// A paste over the length the matcher reads is read as its two ends: evidence must still point into the whole paste.
import { describe, expect, test } from 'vitest';
import { diagnose, maxInputLength } from '../../src/matcher/diagnose.ts';
import { diagnoseText, evidenceWords } from './matcher-helpers.ts';

const outOfExtraUsage = "You're out of extra usage. Add more at claude.ai/settings/usage and keep going";

describe('a paste longer than the matcher reads', () => {
  test('keeps the evidence of a message that ends exactly where the first half stops', () => {
    const head = `${'.'.repeat(maxInputLength / 2 - outOfExtraUsage.length)}${outOfExtraUsage}`;
    expect(head.length).toBe(maxInputLength / 2);
    const text = `${head}\n${'y'.repeat(600_000)}`;
    const diagnosis = diagnoseText(text);
    expect(diagnosis).toMatchObject({ id: 'out-of-extra-usage', truncated: true });
    expect(evidenceWords(text, diagnosis)).toEqual([outOfExtraUsage]);
  });

  test('a fault on a paste over the limit still says the paste was cut', () => {
    const broken = { variants: null, errorTypes: {}, tools: [], vendors: [] } as unknown as Parameters<typeof diagnose>[1];
    expect(diagnose('x'.repeat(maxInputLength + 1), broken)).toMatchObject({ id: null, truncated: true });
    expect(diagnose('x'.repeat(maxInputLength), broken)).toMatchObject({ id: null, truncated: false });
  });
});
