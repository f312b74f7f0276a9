// What a catalogue entry's fields make the matcher do: placeholders, message pieces, error types, tools, providers and
// the structured-field tables, each checked through diagnose on a made-up catalogue.
import { describe, expect, test } from 'vitest';
import { compileMatcherData, type VariantSource } from '../../src/matcher/compile.ts';
import { diagnoseUnguarded } from '../../src/matcher/diagnose.ts';
import { madeVariant } from './matcher-helpers.ts';

const made = (id: string, fields: Partial<VariantSource> = {}, phrase = 'unrelated filler words', weight = 1): VariantSource =>
  madeVariant(id, [[phrase, weight]], fields);

const diagnoseWith = (variants: VariantSource[], text: string, tools: string[] = []) => diagnoseUnguarded(text, compileMatcherData(variants, tools));

describe('a phrase that ends in a placeholder', () => {
  const wrapper = made('refused', {}, 'gizmo refused: <message>', 3);

  test('counts when a message follows it', () => {
    expect(diagnoseWith([wrapper], 'gizmo refused: the widget was far too big today').id).toBe('refused');
  });

  test('does not count on its own or before a word or two', () => {
    expect(diagnoseWith([wrapper], 'gizmo refused').id).toBe(null);
    expect(diagnoseWith([wrapper], 'gizmo refused: ok').id).toBe(null);
  });
});

describe('verbatim messages', () => {
  test('are looked for piece by piece between their placeholders', () => {
    const variant = made('limited', { messages: ['Gizmo limit reached for <model>, try again much later.'] });
    expect(diagnoseWith([variant], 'Gizmo limit reached for Opus 5, try again much later.').id).toBe('limited');
    expect(diagnoseWith([variant], 'please try again much later').id).toBe('limited');
  });

  test('a piece of 12 letters is looked for, one of 11 is too short to tell anything', () => {
    expect(diagnoseWith([made('melted', { messages: ['Gizmos melted.'] })], 'Gizmos melted.').id).toBe('melted');
    expect(diagnoseWith([made('melted', { messages: ['Gizmo melted.'] })], 'Gizmo melted.').id).toBe(null);
  });

  test('a piece between placeholders needs 16 letters: a shorter one is everyday words', () => {
    const template = (piece: string) => made('cut', { messages: [`<tool> ${piece} <n>`] });
    expect(diagnoseWith([template('was cut for this batch')], 'Mixer was cut for this batch 3').id).toBe('cut');
    expect(diagnoseWith([template('for this batch')], 'Mixer for this batch 3').id).toBe(null);
  });

  test('found inside a signal phrase, make that phrase a whole-message match', () => {
    const withMessage = made('dry', { messages: ['The flux capacitor ran dry.'] }, 'the flux capacitor ran dry', 3);
    const phraseOnly = made('dry', {}, 'the flux capacitor ran dry', 3);
    const whole = diagnoseWith([withMessage], 'the flux capacitor ran dry');
    expect(whole.confidence).toBeGreaterThanOrEqual(0.9);
    expect(whole.confidence).toBeGreaterThan(diagnoseWith([phraseOnly], 'the flux capacitor ran dry').confidence);
  });

  test('a phrase with no letters or digits in it matches nothing', () => {
    for (const phrase of ['...', '<message>']) {
      expect(diagnoseWith([made('empty', {}, phrase, 3)], 'anything at all here').id, phrase).toBe(null);
      expect(diagnoseWith([made('empty', {}, phrase, 3)], '').id, phrase).toBe(null);
    }
  });

  test('a variant without signals is never named, whatever its messages', () => {
    const silent: VariantSource = { ...made('silent', { messages: ['The flux capacitor ran dry.'] }) };
    delete silent.signals;
    expect(diagnoseWith([silent], 'The flux capacitor ran dry.').id).toBe(null);
  });
});

describe('error types', () => {
  const capacitor = made('dry', {}, 'flux capacitor ran dry', 3);

  test('give the status of a paste that prints only the type', () => {
    const typed = made('typed', { errorType: 'gizmo_error', status: 418 });
    expect(diagnoseWith([capacitor, typed], 'gizmo_error: flux capacitor ran dry').facts.status).toBe(418);
  });

  test('take the status of the first variant with that type, and need one', () => {
    const first = made('first', { errorType: 'gizmo_error', status: 418 });
    const second = made('second', { errorType: 'gizmo_error', status: 503 });
    expect(diagnoseWith([capacitor, first, second], 'gizmo_error: flux capacitor ran dry').facts.status).toBe(418);
    const untyped = made('untyped', { errorType: 'gizmo_error' });
    expect(diagnoseWith([capacitor, untyped], 'gizmo_error: flux capacitor ran dry').facts.status).toBeUndefined();
  });
});

describe('tools and other providers', () => {
  test('are the names given when compiling', () => {
    const capacitor = made('dry', {}, 'flux capacitor ran dry', 3);
    expect(diagnoseWith([capacitor], 'Gizmo Shell: flux capacitor ran dry', ['Gizmo Shell']).facts.tool).toBe('Gizmo Shell');
    const data = compileMatcherData([capacitor], [], [{ name: 'Acme AI', phrases: ['', 'Acme quota exceeded'], names: [] }]);
    expect(diagnoseUnguarded('Acme quota exceeded', data).facts.vendor).toBe('Acme AI');
    expect(diagnoseUnguarded('flux capacitor ran dry', data).facts.vendor).toBeUndefined();
  });
});

describe('the structured-field tables', () => {
  const code = (errorCode: string) =>
    `API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Something worded anew","details":{"error_code":"${errorCode}"}}}`;

  test('name the first listed variant the catalogue has', () => {
    expect(diagnoseWith([made('member-spend-limit'), made('api-usage-limit')], code('enforced_spend_limit_reached')).id).toBe('member-spend-limit');
    expect(diagnoseWith([made('api-usage-limit')], code('enforced_spend_limit_reached')).id).toBe('api-usage-limit');
  });

  test("read a window's own rejected status as its limit", () => {
    expect(diagnoseWith([made('plan-usage-limit')], '< anthropic-ratelimit-unified-5h-status: rejected')).toMatchObject({
      id: 'plan-usage-limit',
      basis: 'headers',
      facts: { limit: 'five_hour' },
    });
  });

  test('read off only the error types of variants the catalogue has', () => {
    const body = '{"type":"error","error":{"type":"rate_limit_error","message":"Something worded anew"}}';
    expect(diagnoseWith([made('overloaded')], body).facts.errorType).toBeUndefined();
    expect(diagnoseWith([made('rate-limited')], body).facts.errorType).toBe('rate_limit_error');
  });

  test('name a family only when the catalogue has its variant', () => {
    const body = '{"type":"error","error":{"type":"rate_limit_error","message":"Something worded anew"}}';
    expect(diagnoseWith([made('rate-limited')], body)).toMatchObject({ id: 'rate-limited', basis: 'family' });
    expect(diagnoseWith([made('overloaded')], body).id).toBe(null);
  });
});
