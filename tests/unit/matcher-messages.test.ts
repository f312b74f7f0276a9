// Telling messages apart in one paste, on a made-up catalogue: words that overlap, two messages on one line or on two,
// generic words next to a message, and another provider's words nearby.
import { describe, expect, test } from 'vitest';
import { compileMatcherData, type VariantSource } from '../../src/matcher/compile.ts';
import { diagnoseUnguarded } from '../../src/matcher/diagnose.ts';
import { diagnoseText, evidenceWords, madeVariant } from './matcher-helpers.ts';

const made = (id: string, phrases: [string, number][]): VariantSource => madeVariant(id, phrases);

const diagnoseWith = (variants: VariantSource[], text: string) => diagnoseUnguarded(text, compileMatcherData(variants, []));

describe('phrases that overlap', () => {
  test('a phrase starting inside a longer one that is not there is still found', () => {
    const variants = [made('weak', [['power failure', 1]]), made('mode', [['failure mode', 3]])];
    const text = 'power failure mode';
    const diagnosis = diagnoseWith(variants, text);
    expect(diagnosis.id).toBe('mode');
    expect(evidenceWords(text, diagnosis)).toEqual(['failure mode']);
  });

  test('a phrase ending where a longer one ends is found too', () => {
    expect(diagnoseWith([made('weak', [['power failure', 1]]), made('failure', [['failure', 3]])], 'power failure').id).toBe('failure');
  });

  test('give one stretch of evidence where they overlap or one holds the other', () => {
    for (const phrases of [
      [
        ['power failure', 2],
        ['failure mode', 2],
      ],
      [
        ['power failure mode', 2],
        ['failure', 2],
      ],
    ] as [string, number][][]) {
      const text = 'the power failure mode';
      expect(evidenceWords(text, diagnoseWith([made('mode', phrases)], text))).toEqual(['power failure mode']);
    }
  });
});

describe('the evidence', () => {
  test('lists each matched stretch in the order of the paste, whatever the order of the phrases', () => {
    const variant = made('gizmo', [
      ['call the repair desk', 2],
      ['gizmo overheated badly', 2],
    ]);
    const text = 'gizmo overheated badly, call the repair desk';
    expect(evidenceWords(text, diagnoseWith([variant], text))).toEqual(['gizmo overheated badly', 'call the repair desk']);
  });
});

describe('two messages', () => {
  const variants = [made('gizmo', [['gizmo overheated badly', 3]]), made('sprocket', [['sprocket melted down now', 3]])];
  const ids = (text: string) => {
    const diagnosis = diagnoseWith(variants, text);
    return [diagnosis.id, ...diagnosis.others];
  };

  test('right next to each other on one line read as one message', () => {
    expect(ids(`gizmo overheated badly ${'q'.repeat(24)} sprocket melted down now`)).toEqual(['gizmo']);
  });

  test('further apart on one line, or on two lines, are two', () => {
    expect(ids(`gizmo overheated badly ${'q'.repeat(25)} sprocket melted down now`)).toEqual(['gizmo', 'sprocket']);
    expect(ids(`sprocket melted down now ${'q'.repeat(25)} gizmo overheated badly`)).toEqual(['gizmo', 'sprocket']);
    expect(ids('gizmo overheated badly\nsprocket melted down now')).toEqual(['gizmo', 'sprocket']);
  });
});

describe('weak words next to a message', () => {
  // A phrase too light to define a message: an error type, a status line.
  const variants = [made('sprocket', [['sprocket melted down now', 3]]), made('weak', [['gizmo error code', 2]])];

  test('on its line, before or after it, belong to it', () => {
    expect(diagnoseWith(variants, `sprocket melted down now ${'q'.repeat(30)} gizmo error code`).others).toEqual([]);
    expect(diagnoseWith(variants, `gizmo error code ${'q'.repeat(30)} sprocket melted down now`).others).toEqual([]);
  });

  test('on another line, are another error', () => {
    expect(diagnoseWith(variants, 'sprocket melted down now\ngizmo error code')).toMatchObject({ id: 'sprocket', others: ['weak'] });
    expect(diagnoseWith(variants, 'gizmo error code\nsprocket melted down now')).toMatchObject({ id: 'sprocket', others: ['weak'] });
  });
});

describe('another provider named in the paste', () => {
  const outOfExtraUsage = "You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";

  test('takes a Claude message close to its own words as part of its error, but not one well apart', () => {
    expect(diagnoseText(`platform.openai.com ${'q'.repeat(100)} ${outOfExtraUsage}`)).toMatchObject({ id: null, facts: { vendor: 'OpenAI' } });
    expect(diagnoseText(`platform.openai.com ${'q'.repeat(130)} ${outOfExtraUsage}`)).toMatchObject({
      id: 'out-of-extra-usage',
      facts: { vendor: 'OpenAI' },
    });
  });

  test('owns an error code on its line, close by, but not one on another line', () => {
    expect(diagnoseText('DeepSeek said {"error_code":"credits_required"}')).toMatchObject({ id: null, facts: { vendor: 'DeepSeek' } });
    expect(diagnoseText('DeepSeek said {"error_code":"credits_required"}').facts.errorCode).toBeUndefined();
    expect(diagnoseText('DeepSeek said\n{"error_code":"credits_required"}')).toMatchObject({
      basis: 'code',
      facts: { errorCode: 'credits_required' },
    });
    expect(diagnoseText(`DeepSeek said ${'q'.repeat(240)} {"error_code":"credits_required"}`)).toMatchObject({ basis: 'code' });
  });
});
