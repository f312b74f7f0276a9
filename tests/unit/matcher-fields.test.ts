// The structured reader at its edges: where an error body ends, which headers belong to the rejected response, which
// objects are another API's, and in what order codes are read.
import { describe, expect, test } from 'vitest';
import { normalise } from '../../src/matcher/normalise.ts';
import { readStructure } from '../../src/matcher/structure.ts';
import { data } from './matcher-helpers.ts';

const structureOf = (text: string) => readStructure(normalise(text).plain, Object.keys(data.fields.types));
const header = (name: string, value: string) => `anthropic-ratelimit-unified-${name}: ${value}`;

describe('error codes', () => {
  test('are read in the order of the paste, SDK class names and fields alike, lowercased', () => {
    const text = 'anthropic.EnforcedSpendLimitReachedError: {"error_code":"credits_required"} and error_code=Account_On_Hold';
    expect(structureOf(text).codes.map((code) => [code.value, code.named ?? false])).toEqual([
      ['enforced_spend_limit_reached', true],
      ['credits_required', false],
      ['account_on_hold', false],
    ]);
  });

  test('a class name with digits splits after them', () => {
    expect(structureOf('Claude4ModelGoneError').codes.map((code) => code.value)).toEqual(['claude4_model_gone']);
  });
});

describe('Anthropic error bodies', () => {
  test('end at their closing brace: a type after it is not inside', () => {
    const types = structureOf('x {"type":"error","error":{"type":"api_error","message":"m"}} then rate_limit_error').types;
    expect(types.map((type) => [type.value, type.enveloped])).toEqual([
      ['api_error', true],
      ['rate_limit_error', false],
    ]);
  });

  test('without a closing brace, reach 2000 chars and no further', () => {
    const text = `{"type":"error","error":{"type":"api_error","message":"${'a'.repeat(1900)} rate_limit_error ${'b'.repeat(200)} overloaded_error`;
    expect(structureOf(text).types.map((type) => [type.value, type.enveloped])).toEqual([
      ['api_error', true],
      ['rate_limit_error', true],
      ['overloaded_error', false],
    ]);
  });

  test('cover the body from where it starts', () => {
    const text = 'x {"type":"error","error":{"type":"api_error","message":"m"}} y';
    const [first] = structureOf(text).envelopes;
    expect(first).toEqual([text.indexOf('{') + 1, text.indexOf('}') + 1]);
  });
});

describe('OpenAI-shaped error objects', () => {
  test('are the object from its opening brace to past its param key', () => {
    const text = '{"error": {"message": "m", "param": null}}';
    const [object] = structureOf(text).foreign;
    expect(object?.[0]).toBe(0);
    expect(object?.[1]).toBeGreaterThan(text.indexOf('"param"'));
  });

  test('need the param key within 2000 chars of the opening, and after it', () => {
    expect(structureOf(`{"error": {"message": "${'a'.repeat(2100)}", "param": null}}`).foreign).toEqual([]);
    expect(structureOf('"param": 1 {"error": {"message": "m"}}').foreign).toEqual([]);
  });

  test('start at the opening nearest before the param key', () => {
    const text = '{"error": {"message": "first"}} {"error": {"message": "second", "param": null}}';
    expect(structureOf(text).foreign.map(([start]) => start)).toEqual([text.lastIndexOf('{"error"')]);
  });
});

describe('the headers of the rejected response', () => {
  test('are read within 3000 chars of its status, whatever the spelling of their names', () => {
    const text = `${header('representative-claim', 'seven_day')}\n${'x'.repeat(3100)}\n${header('status', 'rejected')}\nanthropic_ratelimit_unified_representative_claim: five_hour`;
    expect(structureOf(text).limit?.values.get('representative-claim')?.value).toBe('five_hour');
  });

  test('repeated, give the value nearest the status', () => {
    const text = `${header('representative-claim', 'seven_day')}\n${header('status', 'rejected')}\n${'x'.repeat(100)}\n${header('representative-claim', 'five_hour')}`;
    expect(structureOf(text).limit?.values.get('representative-claim')?.value).toBe('seven_day');
  });

  test('a window status that says rejected is a rejection; the overage status alone is not', () => {
    expect(structureOf(header('5h-status', 'rejected')).limit?.at.value).toBe('rejected');
    expect(structureOf(header('7d_oi-status', 'Rejected')).limit?.at.value).toBe('rejected');
    expect(structureOf(`${header('overage-status', 'rejected')}\n${header('status', 'allowed')}`).limit).toBeNull();
    expect(structureOf(header('fallback-status', 'rejected')).limit).toBeNull();
  });
});
