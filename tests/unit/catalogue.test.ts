import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { variants } from '../../src/catalogue/index.ts';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { CatalogueError, checkGuides, parseCatalogue } from '../../src/catalogue/validate.ts';

/** A valid entry to break one field at a time. */
function validEntry(overrides: Record<string, unknown> = {}) {
  return { ...structuredClone(rawVariants.find((variant) => variant.id === 'out-of-extra-usage')), related: [], ...overrides };
}

describe('the catalogue', () => {
  test('lists every entry file of src/catalogue/variants once, each file named by its id', () => {
    const files = readdirSync('src/catalogue/variants')
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(variants.map((variant) => variant.id).sort()).toEqual(files.sort());
  });

  test('gives every message variant at least one verbatim message and matcher signals', () => {
    for (const variant of variants.filter((entry) => entry.kind === 'message')) {
      expect(variant.messages.length, variant.id).toBeGreaterThan(0);
      expect(variant.signals?.phrases.length, variant.id).toBeGreaterThan(0);
    }
  });

  test('gives every variant a source, a step and a review date that is not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const variant of variants) {
      expect(variant.sources.length, variant.id).toBeGreaterThan(0);
      expect(variant.steps.length, variant.id).toBeGreaterThan(0);
      expect(variant.reviewed <= today, variant.id).toBe(true);
    }
  });

  test('gives each starter-credit tier its own dollar amount', () => {
    const amounts = variants.filter((variant) => variant.id.startsWith('starter-credit-')).map((variant) => variant.signals?.amount);
    expect(amounts).toEqual([20, 100, 200]);
  });
});

describe('parseCatalogue', () => {
  test('accepts the real catalogue', () => {
    expect(parseCatalogue(rawVariants)).toHaveLength(rawVariants.length);
  });

  test('names the variant when it has no source', () => {
    expect(() => parseCatalogue([validEntry({ sources: [] })])).toThrow(/Variant "out-of-extra-usage" is invalid: sources/);
  });

  test('names the variant when a step is empty', () => {
    expect(() => parseCatalogue([validEntry({ steps: [{ title: '  ' }] })])).toThrow(/Variant "out-of-extra-usage" is invalid: steps\.0\.title/);
  });

  test('rejects a message variant without a message', () => {
    expect(() => parseCatalogue([validEntry({ messages: [], wordings: [] })])).toThrow(/"out-of-extra-usage" is invalid: messages/);
  });

  test('rejects an id that is not a slug', () => {
    expect(() => parseCatalogue([validEntry({ id: 'Out Of Usage' })])).toThrow(/"Out Of Usage" is invalid: id/);
  });

  test('rejects an id used twice', () => {
    expect(() => parseCatalogue([validEntry(), validEntry()])).toThrow(/"out-of-extra-usage" is defined twice/);
  });

  test('rejects a related id that does not exist', () => {
    expect(() => parseCatalogue([validEntry({ related: ['no-such-variant'] })])).toThrow(CatalogueError);
    expect(() => parseCatalogue([validEntry({ related: ['no-such-variant'] })])).toThrow(/"out-of-extra-usage" lists related id "no-such-variant"/);
  });

  test('rejects a source that is not an https address', () => {
    expect(() => parseCatalogue([validEntry({ sources: [{ title: 'A page', url: 'javascript:alert(1)' }] })])).toThrow(/sources\.0\.url/);
  });

  test('rejects a review date that is not a date', () => {
    expect(() => parseCatalogue([validEntry({ reviewed: '30/11/2026' })])).toThrow(/reviewed/);
  });

  test('reports every problem at once, each naming its variant', () => {
    const broken = [
      validEntry({ id: 'first', sources: [] }),
      validEntry({ id: 'second', steps: [] }),
      validEntry({ id: 'third', related: ['nowhere'] }),
    ];
    try {
      parseCatalogue(broken);
      expect.unreachable('a broken catalogue must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueError);
      const { problems } = error as CatalogueError;
      expect(problems).toHaveLength(3);
      expect(problems[0]).toMatch(/^Variant "first" is invalid: sources/);
      expect(problems[1]).toMatch(/^Variant "second" is invalid: steps/);
      expect(problems[2]).toMatch(/^Variant "third" lists related id "nowhere"/);
    }
  });
});

describe('checkGuides', () => {
  test('passes when every variant has exactly one guide', () => {
    expect(() => checkGuides(['a', 'b'], ['b', 'a'])).not.toThrow();
  });

  test('names the variant that has no guide', () => {
    expect(() => checkGuides(['a', 'b'], ['a'])).toThrow(/Variant "b" has no guide/);
  });

  test('names the guide that has no variant', () => {
    expect(() => checkGuides(['a'], ['a', 'stray'])).toThrow(/Guide "stray" names no variant/);
  });

  test('names every missing and extra guide at once', () => {
    expect(() => checkGuides(['a', 'b', 'c'], ['a', 'x', 'y'])).toThrow(
      /Variant "b" has no guide[\s\S]*Variant "c" has no guide[\s\S]*Guide "x" names no variant[\s\S]*Guide "y" names no variant/,
    );
  });

  test('holds for the real guides in content/guides', () => {
    const guideIds = readdirSync('content/guides')
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => file.replace(/\.mdx$/, ''));
    expect(() =>
      checkGuides(
        variants.map((variant) => variant.id),
        guideIds,
      ),
    ).not.toThrow();
  });
});
