import { describe, expect, test } from 'vitest';
import { starterCredit } from '../../src/catalogue/builders/starter-credit.ts';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { CatalogueError, guideProblems, parseCatalogue } from '../../src/catalogue/validate.ts';

/** A valid entry to break one field at a time. */
function validEntry(overrides: Record<string, unknown> = {}) {
  return { ...structuredClone(rawVariants.find((variant) => variant.id === 'out-of-extra-usage')), related: [], ...overrides };
}

/** The problems a catalogue is refused for, or an empty list when it is accepted. */
function problemsOf(inputs: readonly unknown[]): readonly string[] {
  try {
    parseCatalogue(inputs);
    return [];
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
}

const wording = (firstSeen: string, lastSeen?: string) => ({
  text: "You're out of extra usage. Add more at claude.ai/settings/usage and keep going.",
  surface: 'Anthropic API',
  firstSeen,
  ...(lastSeen ? { lastSeen } : {}),
  source: { title: 'A dated page', url: 'https://example.com/page', claim: 'Shows the wording on that day.', read: '2026-12-04' },
});

describe('sources', () => {
  test('an http:// source is refused: only https addresses are cited', () => {
    expect(
      problemsOf([validEntry({ sources: [{ title: 'A page', url: 'http://example.com/page', claim: 'What the page says.', read: '2026-12-04' }] })]),
    ).toEqual([expect.stringMatching(/^Variant "out-of-extra-usage" is invalid: sources\.0\.url: /)]);
    expect(
      problemsOf([validEntry({ sources: [{ title: 'A page', url: 'https://example.com/page', claim: 'What the page says.', read: '2026-12-04' }] })]),
    ).toEqual([]);
  });
});

describe('wording dates', () => {
  test('a last sighting before the first is refused, and the same day or later is accepted', () => {
    expect(problemsOf([validEntry({ wordings: [wording('2026-05-10', '2026-05-09')] })])).toEqual([
      'Variant "out-of-extra-usage" is invalid: wordings.0.lastSeen: is before firstSeen',
    ]);
    expect(problemsOf([validEntry({ wordings: [wording('2026-05-10', '2026-05-10')] })])).toEqual([]);
    expect(problemsOf([validEntry({ wordings: [wording('2026-05-10', '2026-06-01')] })])).toEqual([]);
  });

  test('compares a month with a day at the month’s precision', () => {
    expect(problemsOf([validEntry({ wordings: [wording('2026-05', '2026-05-01')] })])).toEqual([]);
    expect(problemsOf([validEntry({ wordings: [wording('2026-05-20', '2026-05')] })])).toEqual([]);
    expect(problemsOf([validEntry({ wordings: [wording('2026-05-20', '2026-04')] })])).toEqual([
      'Variant "out-of-extra-usage" is invalid: wordings.0.lastSeen: is before firstSeen',
    ]);
  });

  test('names the wording at fault by its place', () => {
    const problems = problemsOf([validEntry({ wordings: [wording('2026-05'), wording('2026-05-10', '2026-05-01')] })]);
    expect(problems).toEqual(['Variant "out-of-extra-usage" is invalid: wordings.1.lastSeen: is before firstSeen']);
  });
});

describe('messages and signals', () => {
  test('a message variant needs signals, and a situation does not', () => {
    expect(problemsOf([validEntry({ signals: undefined })])).toEqual([
      'Variant "out-of-extra-usage" is invalid: signals: a message variant needs signals for the matcher',
    ]);
    expect(problemsOf([validEntry({ kind: 'situation', signals: undefined, messages: [], wordings: [] })])).toEqual([]);
  });

  test('a message variant needs a message or a wording, and either one is enough', () => {
    expect(problemsOf([validEntry({ messages: [], wordings: [] })])).toEqual([
      'Variant "out-of-extra-usage" is invalid: messages: a message variant needs at least one verbatim message',
    ]);
    expect(problemsOf([validEntry({ messages: ['Some verbatim message'], wordings: [] })])).toEqual([]);
    expect(problemsOf([validEntry({ messages: [], wordings: [wording('2026-05')] })])).toEqual([]);
  });

  test('lists every verbatim text once: the undated messages first, then each wording', () => {
    const [variant] = parseCatalogue([
      validEntry({
        messages: ['First undated message', "You're out of extra usage. Add more at claude.ai/settings/usage and keep going."],
        wordings: [wording('2026-05'), { ...wording('2026-06'), text: 'A newer wording' }],
      }),
    ]);
    expect(variant?.messages).toEqual([
      'First undated message',
      "You're out of extra usage. Add more at claude.ai/settings/usage and keep going.",
      'A newer wording',
    ]);
  });
});

describe('the catalogue’s problems', () => {
  test('name an entry without an id by its place', () => {
    expect(problemsOf([validEntry(), { title: 'no id' }])).toEqual([expect.stringMatching(/^Variant "entry #2" is invalid: /)]);
    expect(problemsOf([null])).toEqual([expect.stringMatching(/^Variant "entry #1" is invalid: \(entry\): /)]);
  });

  test('refuse a phrase retelling an unknown variant or its own', () => {
    const retelling = (retells: string[]) => {
      const entry = validEntry();
      return validEntry({ signals: { ...entry.signals, phrases: [{ phrase: 'a client retelling', weight: 3, retells }] } });
    };
    expect(problemsOf([retelling(['no-such-variant'])])).toEqual([
      'Variant "out-of-extra-usage" has a phrase retelling "no-such-variant", which is no other variant',
    ]);
    expect(problemsOf([retelling(['out-of-extra-usage'])])).toEqual([
      'Variant "out-of-extra-usage" has a phrase retelling "out-of-extra-usage", which is no other variant',
    ]);
    expect(problemsOf([retelling(['broken-one']), validEntry({ id: 'broken-one' })])).toEqual([]);
  });

  test('refuse a variant that lists itself as related', () => {
    expect(problemsOf([validEntry({ related: ['out-of-extra-usage'] })])).toEqual(['Variant "out-of-extra-usage" lists itself as related']);
  });

  test('accept a related id whose own entry is invalid, since the id exists', () => {
    const problems = problemsOf([validEntry({ related: ['broken-one'] }), validEntry({ id: 'broken-one', sources: [] })]);
    expect(problems).toEqual([expect.stringMatching(/^Variant "broken-one" is invalid: sources/)]);
  });

  test('join every issue of one entry in a single sentence', () => {
    expect(problemsOf([validEntry({ sources: [], steps: [] })])).toEqual([
      expect.stringMatching(/^Variant "out-of-extra-usage" is invalid: steps: .+; sources: .+$/),
    ]);
  });

  test('read as one sentence when there is one, and as a list when there are several', () => {
    expect(new CatalogueError(['Only this']).message).toBe('Only this');
    expect(new CatalogueError(['First', 'Second']).message).toBe('2 problems in the catalogue:\n- First\n- Second');
    expect(new CatalogueError(['First']).name).toBe('CatalogueError');
  });

  test('keep the parsed variants in the order given', () => {
    expect(parseCatalogue([validEntry({ id: 'b-entry' }), validEntry({ id: 'a-entry' })]).map((variant) => variant.id)).toEqual([
      'b-entry',
      'a-entry',
    ]);
  });
});

describe('guideProblems', () => {
  test('says what to add for a variant without a guide and a guide without a variant', () => {
    expect(guideProblems(['alpha', 'beta'], ['beta', 'gamma'])).toEqual([
      'Variant "alpha" has no guide: add content/guides/alpha.mdx',
      'Guide "gamma" names no variant: add src/catalogue/variants/gamma.ts or remove the guide',
    ]);
    expect(guideProblems(['alpha'], ['alpha'])).toEqual([]);
  });
});

describe('the starter-credit builder', () => {
  test('writes each tier’s amount and plan into its id, title, wording, summary, cause and signals', () => {
    const tier = starterCredit(100);
    expect(tier.id).toBe('starter-credit-100');
    expect(tier.title).toBe('$100 starter-credit message (offer closed April 2026)');
    expect(tier.wordings[0]?.text).toBe(
      "Third-party apps now draw from your extra usage, not your plan limits. We've added a $100 credit to get you started. Claim it at claude.ai/settings/usage and keep going.",
    );
    expect(tier.wordings[0]).toMatchObject({ firstSeen: '2026-04-09', lastSeen: '2026-04-14', legacy: true });
    expect(tier.summary).toContain('one-time $100 credit');
    expect(tier.cause).toContain('a month of the Max 5x plan, $100');
    expect(tier.signals.amount).toBe(100);
    expect(starterCredit(20).cause).toContain('a month of the Pro plan, $20');
    expect(starterCredit(200).cause).toContain('a month of the Max 20x plan, $200');
  });

  test('gives each tier its own dated source for its wording, also among the sources', () => {
    for (const amount of [20, 100, 200] as const) {
      const tier = starterCredit(amount);
      expect(tier.wordings[0]?.source.url).toMatch(/^https:\/\/github\.com\//);
      expect(tier.sources).toContainEqual(tier.wordings[0]?.source);
    }
    expect(new Set([20, 100, 200].map((amount) => starterCredit(amount as 20 | 100 | 200).wordings[0]?.source.url)).size).toBe(3);
  });

  test('builds entries the catalogue accepts', () => {
    expect(problemsOf([20, 100, 200].map((amount) => ({ ...starterCredit(amount as 20 | 100 | 200), related: [] })))).toEqual([]);
  });
});
