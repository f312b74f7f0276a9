// How the matcher weighs evidence, on a made-up catalogue whose weights the test controls: which variant wins, how
// sure the answer is, and what a typo, a printed status or amount, or a second message does to it.
import { describe, expect, test } from 'vitest';
import { compileMatcherData, type VariantSource } from '../../src/matcher/compile.ts';
import { diagnoseUnguarded } from '../../src/matcher/diagnose.ts';
import { squeeze } from '../../src/matcher/normalise.ts';
import { madeVariant } from './matcher-helpers.ts';

/** A made-up variant with one signal phrase. */
function made(id: string, phrase: string, weight: number, signals: Partial<NonNullable<VariantSource['signals']>> = {}): VariantSource {
  const variant = madeVariant(id, [[phrase, weight]]);
  return { ...variant, signals: { ...variant.signals!, ...signals } };
}

const diagnoseWith = (variants: VariantSource[], text: string) => diagnoseUnguarded(text, compileMatcherData(variants, []));

describe('how much evidence is enough', () => {
  test('a phrase of weight 2 alone is enough, one of weight 1 is not', () => {
    expect(diagnoseWith([made('gizmo', 'gizmo overheated badly', 2)], 'the gizmo overheated badly').id).toBe('gizmo');
    expect(diagnoseWith([made('gizmo', 'gizmo overheated badly', 1)], 'the gizmo overheated badly').id).toBe(null);
  });

  test('a phrase too short for typos counts only as whole words', () => {
    const variants = [made('gizmo', 'gizmo broke', 3)];
    expect(diagnoseWith(variants, 'the gizmo brokex').id).toBe(null);
    expect(diagnoseWith(variants, 'xgizmo broke').id).toBe(null);
    expect(diagnoseWith(variants, 'gizmo broke').id).toBe('gizmo');
    expect(diagnoseWith(variants, 'a gizmo broke.').id).toBe('gizmo');
  });
});

describe('typos', () => {
  // Phrases of these squeezed lengths: 15 and 16 letters, 39 and 40 letters.
  const short = 'wombats ate pears';
  const fuzzyFrom = 'wombats ate apples';
  const long = 'the wombats ate all of the plums in our orchards';
  const longer = 'the wombats ate all of the plums in four orchards';
  /** The phrase with its letters at these squeezed positions replaced by "q". */
  const typo = (phrase: string, ...positions: number[]) => {
    let seen = -1;
    return phrase.replace(/[a-z]/g, (letter) => (positions.includes(++seen) ? 'q' : letter));
  };

  test('the phrases have the lengths the test is about', () => {
    expect([short, fuzzyFrom, long, longer].map((phrase) => squeeze(phrase).length)).toEqual([15, 16, 39, 40]);
  });

  test('a 16-letter phrase tolerates one wrong letter, a 15-letter one none', () => {
    expect(diagnoseWith([made('wombat', fuzzyFrom, 3)], typo(fuzzyFrom, 8)).id).toBe('wombat');
    expect(diagnoseWith([made('wombat', short, 3)], typo(short, 8)).id).toBe(null);
  });

  test('a 40-letter phrase tolerates two wrong letters, a 39-letter one only one', () => {
    expect(diagnoseWith([made('wombat', longer, 3)], typo(longer, 5, 30)).id).toBe('wombat');
    expect(diagnoseWith([made('wombat', long, 3)], typo(long, 5, 30)).id).toBe(null);
    expect(diagnoseWith([made('wombat', long, 3)], typo(long, 30)).id).toBe('wombat');
  });

  test('tolerates two letters swapped as one typo', () => {
    expect(diagnoseWith([made('wombat', fuzzyFrom, 3)], 'wombats ate appels').id).toBe('wombat');
  });

  test('the evidence of a typo match covers the mistyped words', () => {
    const text = `note: ${typo(fuzzyFrom, 8)} today`;
    const diagnosis = diagnoseWith([made('wombat', fuzzyFrom, 3)], text);
    expect(diagnosis.evidence.map((span) => text.slice(span.start, span.end))).toEqual([typo(fuzzyFrom, 8)]);
  });
});

describe('typos of each kind', () => {
  const variants = [made('wombat', 'wombats ate apples', 3)];
  const evidenceOf = (text: string) => {
    const diagnosis = diagnoseWith(variants, text);
    return diagnosis.evidence.map((span) => text.slice(span.start, span.end));
  };

  test('a missing letter, an extra letter and a wrong first letter are each found, with the typed words as evidence', () => {
    expect(evidenceOf('note: wombats ate aples today')).toEqual(['wombats ate aples']);
    expect(evidenceOf('note: wombats ate applles today')).toEqual(['wombats ate applles']);
    expect(evidenceOf('note: qombats ate apples today')).toEqual(['qombats ate apples']);
  });

  test('a mistyped phrase that ends in a placeholder still needs a message after it', () => {
    const wrapper = [made('refused', 'gizmo request refused: <message>', 3)];
    expect(diagnoseWith(wrapper, 'gizmo requets refused').id).toBe(null);
    expect(diagnoseWith(wrapper, 'gizmo requets refused: the widget was far too big').id).toBe('refused');
  });
});

describe('how sure', () => {
  const capacitor: VariantSource = { ...made('capacitor', 'flux capacitor ran dry', 3), messages: ['The flux capacitor ran dry.'] };

  test('the whole known message word for word is surer than its phrase alone, which is surer than the phrase with a typo', () => {
    const whole = diagnoseWith([capacitor], 'The flux capacitor ran dry.').confidence;
    const phrase = diagnoseWith([capacitor], 'flux capacitor ran dry').confidence;
    const typo = diagnoseWith([capacitor], 'flux capacitr ran dry').confidence;
    expect(whole).toBeGreaterThanOrEqual(0.9);
    expect(phrase).toBeLessThan(whole);
    expect(typo).toBeLessThan(phrase);
    expect(typo).toBeGreaterThan(0);
  });

  test('more of the message found is surer', () => {
    const two: VariantSource = {
      ...made('gizmo', 'gizmo overheated badly', 2),
      signals: {
        phrases: [
          { phrase: 'gizmo overheated badly', weight: 2 },
          { phrase: 'call the repair desk', weight: 2 },
        ],
        specificity: 3,
      },
    };
    const one = diagnoseWith([two], 'gizmo overheated badly');
    const both = diagnoseWith([two], 'gizmo overheated badly, call the repair desk');
    expect(one.id).toBe('gizmo');
    expect(both.confidence).toBeGreaterThan(one.confidence);
  });

  test('is rounded to hundredths and never certain', () => {
    const diagnosis = diagnoseWith([capacitor], 'API Error: 400 The flux capacitor ran dry.');
    expect(diagnosis.confidence).toBeLessThan(1);
    expect(Math.round(diagnosis.confidence * 100)).toBeCloseTo(diagnosis.confidence * 100, 9);
  });

  test('a second message as strong, on another line, makes each less sure', () => {
    const variants = [made('gizmo', 'gizmo overheated badly', 3), made('sprocket', 'sprocket melted down now', 3)];
    const alone = diagnoseWith(variants, 'gizmo overheated badly');
    const pair = diagnoseWith(variants, 'gizmo overheated badly\nsprocket melted down now');
    expect(pair).toMatchObject({ id: 'gizmo', others: ['sprocket'] });
    expect(pair.confidence).toBeLessThan(alone.confidence);
  });

  test('a weaker second message leaves the first as sure as alone', () => {
    const variants = [made('gizmo', 'gizmo overheated badly', 3), made('sprocket', 'sprocket melted down now', 2)];
    const alone = diagnoseWith(variants, 'gizmo overheated badly');
    const pair = diagnoseWith(variants, 'gizmo overheated badly\nsprocket melted down now');
    expect(pair).toMatchObject({ id: 'gizmo', others: ['sprocket'] });
    expect(pair.confidence).toBe(alone.confidence);
  });

  test('a generic wrapper alone asks for more and stays an even bet at most', () => {
    const wrapper = made('wrapper', 'gizmo request refused', 6, { specificity: 0 });
    const diagnosis = diagnoseWith([wrapper], 'gizmo request refused');
    expect(diagnosis).toMatchObject({ id: 'wrapper', needsMore: true });
    expect(diagnosis.confidence).toBeLessThanOrEqual(0.5);
    expect(diagnosis.confidence).toBeGreaterThan(0);
  });
});

describe('which of two look-alikes', () => {
  test('a printed status picks the variant that comes with it', () => {
    const variants = [made('busy', 'gizmo overheated badly', 3, { statuses: [429] }), made('down', 'gizmo overheated badly', 3, { statuses: [503] })];
    expect(diagnoseWith(variants, 'API Error: 503 gizmo overheated badly').id).toBe('down');
    expect(diagnoseWith(variants, 'API Error: 429 gizmo overheated badly').id).toBe('busy');
  });

  test('with nothing else to tell them apart, the more specific one, then the first in the catalogue', () => {
    const broad = made('broad', 'gizmo overheated badly', 3, { specificity: 2 });
    const narrow = made('narrow', 'gizmo overheated badly', 3, { specificity: 4 });
    expect(diagnoseWith([broad, narrow], 'gizmo overheated badly').id).toBe('narrow');
    expect(diagnoseWith([narrow, broad], 'gizmo overheated badly').id).toBe('narrow');
    const first = made('first', 'gizmo overheated badly', 3);
    const second = made('second', 'gizmo overheated badly', 3);
    expect(diagnoseWith([first, second], 'gizmo overheated badly').id).toBe('first');
    expect(diagnoseWith([second, first], 'gizmo overheated badly').id).toBe('second');
  });

  test('an amount next to the message picks its tier; one further than 80 chars away does not', () => {
    const tiers = [made('tier-5', 'gizmo overheated badly', 3, { amount: 5 }), made('tier-9', 'gizmo overheated badly', 3, { amount: 9 })];
    const near = diagnoseWith(tiers, `gizmo overheated badly${' '.repeat(80)}$9`);
    expect(near).toMatchObject({ id: 'tier-9', others: [] });
    expect(near.evidence).toHaveLength(2);
    const far = diagnoseWith(tiers, `gizmo overheated badly${' '.repeat(81)}$9`);
    expect(far).toMatchObject({ id: 'tier-5', others: ['tier-9'] });
    expect(far.confidence).toBeLessThan(near.confidence);
  });

  test('an amount printed before the message counts the same way', () => {
    const tiers = [made('tier-5', 'gizmo overheated badly', 3, { amount: 5 }), made('tier-9', 'gizmo overheated badly', 3, { amount: 9 })];
    expect(diagnoseWith(tiers, `$9${' '.repeat(80)}gizmo overheated badly`).id).toBe('tier-9');
    expect(diagnoseWith(tiers, `$9${' '.repeat(81)}gizmo overheated badly`).id).toBe('tier-5');
  });
});
