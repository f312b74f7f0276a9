// readStructure read by read: the exact places it reports (the evidence spans and the envelopes the type check uses),
// the caps that keep a hostile paste linear, and which headers belong to the rejected response. Plain text is passed
// straight in (no escapes to decode), so every index can be counted in the test.
import { describe, expect, test } from 'vitest';
import { readStructure } from '../../src/matcher/structure.ts';

const types = ['invalid_request_error', 'rate_limit_error', 'overloaded_error', 'api_error'];
const read = (plain: string, known: readonly string[] = types) => readStructure(plain, known);
/** The cap on every list a paste can grow (structure.ts's `maxReads`). */
const cap = 256;

describe('error codes', () => {
  test('are read with the span of the whole `error_code: value`, lower-cased, in paste order', () => {
    const plain = 'x {"error_code": "Credits_Required"} y error_code=enforced_spend_limit_reached';
    const { codes } = read(plain);
    expect(codes).toEqual([
      { value: 'credits_required', index: plain.indexOf('error_code'), end: plain.indexOf('Required') + 'Required'.length },
      { value: 'enforced_spend_limit_reached', index: plain.indexOf('error_code='), end: plain.length },
    ]);
  });

  test('an SDK class name reads as its code in snake case, marked as named, with its own span', () => {
    const plain = 'raise EnforcedSpendLimitReachedError(msg)';
    const { codes } = read(plain);
    expect(codes).toEqual([{ value: 'enforced_spend_limit_reached', index: 6, end: 6 + 'EnforcedSpendLimitReachedError'.length, named: true }]);
  });

  test('class names and fields are merged in paste order', () => {
    const { codes } = read('OverloadedThingError then error_code: credits_required');
    expect(codes.map((code) => code.value)).toEqual(['overloaded_thing', 'credits_required']);
  });

  test(`stop at ${cap}, fields and class names together`, () => {
    const fields = read('error_code: some_code '.repeat(cap + 40)).codes;
    expect(fields).toHaveLength(cap);
    expect(fields[cap - 1]!.index).toBe((cap - 1) * 'error_code: some_code '.length);
    const mixed = read(`${'error_code: some_code '.repeat(cap - 1)}${' RateLimitedHereError'.repeat(5)}`).codes;
    expect(mixed).toHaveLength(cap);
    expect(mixed.filter((code) => code.named)).toHaveLength(1);
  });
});

describe('envelopes', () => {
  test("an Anthropic body runs from its `type` key to the first closing brace after its error's type", () => {
    const plain = 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}} tail';
    const start = plain.indexOf('"type":"error"');
    const { envelopes, types: found } = read(plain);
    // Read twice, as the full envelope and as the error object with its type first: the spans may overlap.
    expect(envelopes).toEqual([
      [start, plain.indexOf('}') + 1],
      [plain.indexOf('"error":{'), plain.indexOf('}') + 1],
    ]);
    expect(found).toEqual([
      { value: 'overloaded_error', index: plain.indexOf('overloaded_error'), end: plain.indexOf('overloaded_error') + 16, enveloped: true },
    ]);
  });

  test('an error object with its type first and a `code` or `param` key of its own is no envelope', () => {
    const typeFirst = (keys: string) => `{"error":{"type":"invalid_request_error",${keys}"message":"m"}}`;
    expect(read(typeFirst('"code":"bad",')).envelopes).toEqual([]);
    expect(read(typeFirst('"param":null,')).envelopes).toEqual([]);
    expect(read(typeFirst('')).envelopes).toEqual([[1, typeFirst('').indexOf('}') + 1]]);
    // Keys outside the object, before it or after its closing brace, are another object's.
    const before = '{"code":500,"error":{"type":"api_error","message":"m"}}';
    expect(read(before).envelopes).toEqual([[before.indexOf('"error"'), before.indexOf('}') + 1]]);
    const after = '{"error":{"type":"api_error","message":"m"}} and {"code": 1}';
    expect(read(after).envelopes).toEqual([[1, after.indexOf('}') + 1]]);
    // The full envelope with such a key is another provider's imitation too (OpenAI's Responses API streams its errors so,
    // m1guelpf/swift-openai-responses#7): no envelope, and its span is another API's.
    const full = '{"type":"error","error":{"type":"invalid_request_error","code":null,"message":"m","param":null}}';
    expect(read(full).envelopes).toEqual([]);
    expect(read(full).foreign).toEqual([[1, full.indexOf('}') + 1]]);
    const own = '{"type":"error","error":{"type":"rate_limit_error","message":"m"}}';
    expect(read(own).envelopes).toEqual([
      [1, own.indexOf('}') + 1],
      [own.indexOf('"error":'), own.indexOf('}') + 1],
    ]);
    expect(read(own).foreign).toEqual([]);
  });

  test('a body with no closing brace in reach ends 2,000 chars on, or at the end of the paste', () => {
    const open = '{"type":"error","error":{"type":"api_error","message":"';
    const inner = open.indexOf('"error":{');
    expect(read(`${open}${'x'.repeat(3000)}`).envelopes).toEqual([
      [1, 2001],
      [inner, inner + 2000],
    ]);
    const short = `${open}short`;
    expect(read(short).envelopes).toEqual([
      [1, short.length],
      [inner, short.length],
    ]);
    // A brace exactly 2,000 chars on still ends the body; one char further it is out of reach.
    const within = `${open}${'x'.repeat(2001 - open.length)}}`;
    expect(read(within).envelopes[0]).toEqual([1, 2002]);
    const beyond = `${open}${'x'.repeat(2002 - open.length)}}`;
    expect(read(beyond).envelopes[0]).toEqual([1, 2001]);
  });

  test('the older form with the type first is an envelope too; a type outside every envelope is not enveloped', () => {
    const plain = 'rate_limit_error then {"error": {"type": "rate_limit_error", "message": "slow down"}}';
    const { envelopes, types: found } = read(plain);
    expect(envelopes).toEqual([[plain.indexOf('"error": {'), plain.indexOf('}') + 1]]);
    expect(found.map((type) => type.enveloped)).toEqual([false, true]);
  });

  test(`stop at ${cap}`, () => {
    const body = '{"type":"error","error":{"type":"api_error"}} ';
    expect(read(body.repeat(cap + 10)).envelopes).toHaveLength(cap);
  });
});

describe("OpenAI-shaped errors (a `param` key Anthropic's never have)", () => {
  const openAi = '{"error": {"message": "quota", "type": "insufficient_quota", "param": null}}';

  test('run from the nearest `{"error": {` before the param to 160 chars after it', () => {
    const plain = `first {"error": {"kind": 1}} then ${openAi}`;
    const start = plain.lastIndexOf('{"error": {');
    const param = plain.indexOf('"param"');
    expect(read(plain).foreign).toEqual([[start, param + 160]]);
  });

  test('a `code` key marks the object as well, and a second key of the same object carries its run on', () => {
    const plain = `{"error": {"message": "x", "type": "invalid_request_error", "param": null, "code": "bad"}}`;
    expect(read(plain).foreign).toEqual([[0, plain.indexOf('"code"') + 160]]);
    expect(read('{"error": {"message": "x", "code": 7}}').foreign).toEqual([[0, 27 + 160]]);
    expect(read('{"error": {"message": "x", "error_code": 7}}').foreign).toEqual([]);
  });

  test('Anthropic’s full envelope inside an outer object with a `code` key is still an envelope', () => {
    const outer = '{"code":500,"body":{"type":"error","error":{"type":"api_error","message":"m"}}}';
    expect(read(outer).envelopes[0]).toEqual([outer.indexOf('{"type"') + 1, outer.indexOf('}') + 1]);
    expect(read(outer).foreign).toEqual([]);
  });

  test('lookalike envelopes are capped like every other list', () => {
    const lookalike = '{"type":"error","error":{"type":"api_error","code":null,"message":"m"}} ';
    expect(read(lookalike.repeat(cap + 10)).foreign).toHaveLength(cap);
  });

  test('a param before any opener, or more than 2,000 chars after it, marks nothing', () => {
    expect(read('"param": null then {"error": {"message": "x"}}').foreign).toEqual([]);
    expect(read(`{"error": {"message": "${'x'.repeat(2000)}", "param": null}}`).foreign).toEqual([]);
    expect(read(`{"error": {"message": "${'x'.repeat(1900)}", "param": null}}`).foreign).toHaveLength(1);
  });

  test(`stop at ${cap}`, () => {
    expect(read(`${openAi} `.repeat(cap + 10)).foreign).toHaveLength(cap);
  });
});

describe('error types', () => {
  test('only the known ones, as whole words', () => {
    const found = read('api_error xapi_error api_errors rate_limit_error').types;
    expect(found.map((type) => [type.value, type.index])).toEqual([
      ['api_error', 0],
      ['rate_limit_error', 'api_error xapi_error api_errors '.length],
    ]);
    expect(read('api_error', []).types).toEqual([]);
  });

  test("an Anthropic SDK class stands for its status's type, as if in a body, when that type is known", () => {
    const plain = 'anthropic.RateLimitError: slow down';
    expect(read(plain).types).toEqual([{ value: 'rate_limit_error', index: 0, end: 'anthropic.RateLimitError'.length, enveloped: true }]);
    expect(read(plain, ['api_error']).types).toEqual([]);
    expect(read('anthropic.SomethingElseError').types).toEqual([]);
    // OpenAI's SDK has the same class names: without the prefix they say nothing.
    expect(read('openai.RateLimitError').types).toEqual([]);
  });

  test('types from words and from SDK classes are merged in paste order', () => {
    const found = read('anthropic.InternalServerError then rate_limit_error').types;
    expect(found.map((type) => type.value)).toEqual(['api_error', 'rate_limit_error']);
  });

  test(`stop at ${cap}`, () => {
    expect(read('api_error '.repeat(cap + 10)).types).toHaveLength(cap);
    expect(read(`${'api_error '.repeat(cap)}anthropic.RateLimitError`).types).toHaveLength(cap);
  });
});

describe('the unified headers', () => {
  const header = (name: string, value: string) => `anthropic-ratelimit-unified-${name}: ${value}\n`;

  test('none rejected: no limit, whatever else is there', () => {
    expect(read(header('status', 'allowed') + header('representative-claim', 'five_hour')).limit).toBeNull();
    expect(read(header('overage-status', 'rejected')).limit).toBeNull();
  });

  test('a window status (`5h-status`, `7d_oi-status`) rejects as the overall status does', () => {
    for (const name of ['status', '5h-status', '7d_oi-status', '7d-opus-status']) {
      const plain = header(name, 'rejected');
      expect(read(plain).limit?.at, name).toEqual({ value: 'rejected', index: 0, end: plain.length - 1 });
    }
    expect(read(header('x5h-status', 'rejected')).limit).toBeNull();
  });

  test('names read with `-` for `_`, lower-cased, values lower-cased', () => {
    const limit = read(header('STATUS', 'Rejected') + header('Representative_Claim', 'Five_Hour')).limit;
    expect([...(limit?.values.keys() ?? [])]).toEqual(['status', 'representative-claim']);
    expect(limit?.values.get('representative-claim')?.value).toBe('five_hour');
  });

  test('the last rejected response is the one read, with the headers within 3,000 chars of its status', () => {
    const first = header('status', 'rejected') + header('representative-claim', 'seven_day');
    const gap = 'x'.repeat(3100);
    const second = header('representative-claim', 'five_hour') + header('status', 'rejected') + header('reset', '1767225600');
    const plain = `${first}${gap}\n${second}`;
    const limit = read(plain).limit!;
    expect(limit.at.index).toBe(plain.lastIndexOf('anthropic-ratelimit-unified-status'));
    expect(limit.values.get('representative-claim')?.value).toBe('five_hour');
    expect(limit.values.get('reset')?.value).toBe('1767225600');
  });

  test('of a header given twice near the status, the nearer one counts, on either side', () => {
    const before = `${header('representative-claim', 'seven_day')}${'y'.repeat(50)}\n${header('representative-claim', 'five_hour')}`;
    const plain = `${before}${header('status', 'rejected')}${'z'.repeat(500)}\n${header('representative-claim', 'seven_day_opus')}`;
    expect(read(plain).limit?.values.get('representative-claim')?.value).toBe('five_hour');
    const after = `${header('representative-claim', 'seven_day')}${'y'.repeat(500)}\n${header('status', 'rejected')}${header('representative-claim', 'five_hour')}`;
    expect(read(after).limit?.values.get('representative-claim')?.value).toBe('five_hour');
  });

  test('a header exactly 3,000 chars from the status still belongs to its response; one char more does not', () => {
    const status = header('status', 'rejected');
    const near = `${status}${'p'.repeat(2999 - status.length)}\n${header('reset', '1')}`;
    expect(read(near).limit?.values.get('reset')?.value).toBe('1');
    const far = `${status}${'p'.repeat(3000 - status.length)}\n${header('reset', '1')}`;
    expect(read(far).limit?.values.has('reset')).toBe(false);
  });

  test(`stop at ${cap}: a rejection after that many headers is not read`, () => {
    const many = header('reset', '1').repeat(cap);
    expect(read(`${many}${header('status', 'rejected')}`).limit).toBeNull();
    expect(read(`${header('reset', '1').repeat(cap - 1)}${header('status', 'rejected')}`).limit).not.toBeNull();
  });
});

describe('another provider’s model ids', () => {
  test('mark the id where it stands, with its provider', () => {
    const plain = 'max_tokens for `llama-3.1-8b-instant` must be at most 8000; gpt-4o-mini and deepseek-chat too';
    expect(read(plain).marks).toEqual([
      { name: 'a Llama model host', value: 'llama-3.1-8b-instant', index: 16, end: 36, model: true },
      { name: 'OpenAI', value: 'gpt-4o-mini', index: plain.indexOf('gpt'), end: plain.indexOf('gpt') + 11, model: true },
      { name: 'DeepSeek', value: 'deepseek-chat', index: plain.indexOf('deep'), end: plain.indexOf('deep') + 13, model: true },
    ]);
  });

  test('need the family’s own version or kind after its name, and a whole id', () => {
    expect(read('gemini-claude-opus-4-5-thinking, my-gpt-4o, llama-index, glm-x').marks).toEqual([]);
  });

  test('are capped like every other list', () => {
    expect(read('gpt-4o '.repeat(cap + 10)).marks).toHaveLength(cap);
  });
});
