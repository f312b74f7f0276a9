import { describe, expect, test } from 'vitest';
import { variants } from '../../src/catalogue/index.ts';
import { compileMatcherData } from '../../src/matcher/compile.ts';
import { readMatcherData } from '../../src/matcher/read-data.ts';

/** The data as /matcher-data.json serves it: compiled, then through JSON. */
const served = () => JSON.parse(JSON.stringify(compileMatcherData(variants))) as Record<string, unknown>;

describe('readMatcherData', () => {
  test('reads the data the build serves, unchanged', () => {
    const data = served();
    expect(readMatcherData(data)).toBe(data);
  });

  test('refuses what is not matcher data at all', () => {
    for (const json of [null, undefined, 'Not found', 42, [], {}, { variants: [] }])
      expect(readMatcherData(json), JSON.stringify(json)).toBeUndefined();
  });

  test('refuses data missing a part the matcher reads, as an older build would serve', () => {
    for (const part of ['variants', 'errorTypes', 'tools', 'vendors']) {
      const data = Object.fromEntries(Object.entries(served()).filter(([key]) => key !== part));
      expect(readMatcherData(data), part).toBeUndefined();
    }
  });

  test('refuses a variant of another shape: phrases as plain strings, a missing title, a status as text', () => {
    const changes: ((variant: Record<string, unknown>) => void)[] = [
      (variant) => (variant['phrases'] = ['out of extra usage']),
      (variant) => delete variant['title'],
      (variant) => (variant['statuses'] = ['400']),
      (variant) => (variant['amount'] = 'twenty'),
    ];
    for (const change of changes) {
      const data = served();
      const [first] = data['variants'] as Record<string, unknown>[];
      if (first) change(first);
      expect(readMatcherData(data), change.toString()).toBeUndefined();
    }
  });

  test('refuses numbers that are not finite (a NaN weight, an infinite status) and a slot flag that is not true', () => {
    const changes: ((variant: Record<string, unknown>) => void)[] = [
      (variant) => ((variant['phrases'] as Record<string, unknown>[])[0]!['weight'] = Number.NaN),
      (variant) => (variant['statuses'] = [Number.POSITIVE_INFINITY]),
      (variant) => ((variant['phrases'] as Record<string, unknown>[])[0]!['slot'] = 'yes'),
    ];
    for (const change of changes) {
      const data = served();
      const [first] = data['variants'] as Record<string, unknown>[];
      if (first) change(first);
      expect(readMatcherData(data), change.toString()).toBeUndefined();
    }
  });

  test('refuses error types, tools or vendors of another shape', () => {
    const changes: ((data: Record<string, unknown>) => void)[] = [
      (data) => (data['errorTypes'] = { overloadederror: '529' }),
      (data) => (data['tools'] = [{ name: 'Cline' }]),
      (data) => (data['vendors'] = [{ name: 'OpenAI', phrases: 'insufficient_quota' }]),
    ];
    for (const change of changes) {
      const data = served();
      change(data);
      expect(readMatcherData(data), change.toString()).toBeUndefined();
    }
  });
});
