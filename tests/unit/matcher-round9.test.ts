// The rules of this stop's seen misses, each from the real paste: an envelope with its keys sorted
// (`{"error":{…},"type":"error"}`) is a relay's rebuilt body, whose type alone names no Claude error; the API's words for
// a body that is not JSON.
import { describe, expect, test } from 'vitest';
import { readStructure } from '../../src/matcher/structure.ts';
import { diagnoseText } from './matcher-helpers.ts';

const types = ['invalid_request_error', 'rate_limit_error', 'api_error'];

describe('an envelope with its keys sorted is a relay’s', () => {
  test('its span is read, from the error key to the closing brace', () => {
    const text = 'API Error: 400 {"error":{"message":"Invalid request","type":"invalid_request_error"},"type":"error"} tail';
    const { sorted, envelopes } = readStructure(text, types);
    expect(sorted).toEqual([[text.indexOf('"error"'), text.indexOf(' tail')]]);
    expect(envelopes).toEqual([]);
  });

  test('the API’s own order is not read as sorted', () => {
    const text = '{"type":"error","error":{"type":"invalid_request_error","message":"Invalid request"}}';
    const { sorted, envelopes } = readStructure(text, types);
    expect(sorted).toEqual([]);
    expect(envelopes).not.toEqual([]);
  });

  test('the type put first inside a sorted envelope does not make it Anthropic’s (MoonshotAI/Kimi-K2.5#5)', () => {
    const text =
      '用 claude code 请求 api 时好时坏 总是报错 400 但是控制台显示\n\nAPI Error: 400 {"error":{"type":"invalid_request_error","message":"Invalid request Error"},"type":"error"}';
    expect(readStructure(text, types).envelopes).toEqual([]);
    expect(diagnoseText(text).id).toBeNull();
    // In the API's own order the same body is Anthropic's kind of error.
    const own = text.replace(
      '{"error":{"type":"invalid_request_error","message":"Invalid request Error"},"type":"error"}',
      '{"type":"error","error":{"type":"invalid_request_error","message":"Invalid request Error"}}',
    );
    expect(diagnoseText(own)).toMatchObject({ id: 'invalid-request', basis: 'family' });
  });

  test('a relay’s own generic 400 names no guide (Wei-Shaw/sub2api#370)', () => {
    const text = '一直返回 API Error: 400 {"error":{"message":"Invalid request","type":"invalid_request_error"},"type":"error"}';
    expect(diagnoseText(text).id).toBeNull();
  });

  test('a known message passed on inside one stays the upstream’s (Wei-Shaw/sub2api#2825)', () => {
    const text =
      'API Error: 400 {"error":{"message":"messages.1.content.0: Invalid `signature` in `thinking` block","type":"upstream_error"},"type":"error"}';
    expect(diagnoseText(text).id).toBe('thinking-blocks');
  });

  test('words of a message’s meaning inside one still tell its kind (Wei-Shaw/sub2api#5985)', () => {
    const text =
      'Claude请求一直被限流{ "error": { "message": "Upstream rate limit exceeded, please retry later", "type": "rate_limit_error" }, "type": "error" }';
    expect(diagnoseText(text)).toMatchObject({ id: 'rate-limited', basis: 'family' });
    // Without those words, the relay's body alone names nothing.
    expect(diagnoseText(text.replace('Upstream rate limit exceeded, please retry later', 'Request failed')).id).toBeNull();
  });

  test('Anthropic’s own link beside it keeps its type Anthropic’s', () => {
    const text = 'POST https://api.anthropic.com/v1/messages\n{"error":{"message":"Invalid request","type":"invalid_request_error"},"type":"error"}';
    expect(diagnoseText(text).id).toBe('invalid-request');
  });
});

describe('a body that is not JSON', () => {
  test('Claude’s answer in gptel names the malformed-request guide as a guess (karthink/gptel#450)', () => {
    const text = 'Querying Claude...\nClaude error: (HTTP/2 400) The request body is not valid JSON: unexpected character: line 1 column 1 (char 0)';
    expect(diagnoseText(text)).toMatchObject({ id: 'invalid-request', basis: 'family', confidence: 0.5 });
    // Where nothing names Claude, the words alone are any server's.
    expect(diagnoseText(text.replace(/Claude/g, 'Server')).id).toBeNull();
  });
});

describe('a relay’s body beside other errors in one paste', () => {
  const relay = '{"error":{"message":"Invalid request","type":"invalid_request_error"},"type":"error"}';

  test('the API’s own body on another line still names its family', () => {
    const own = '{"type":"error","error":{"type":"rate_limit_error","message":"Something new"}}';
    expect(diagnoseText(`${relay}\n${own}`)).toMatchObject({ id: 'rate-limited', basis: 'family' });
    expect(diagnoseText(`${own}\n${relay}`)).toMatchObject({ id: 'rate-limited', basis: 'family' });
  });

  test('Anthropic’s type-first body under another provider’s name is still an envelope, before or after it', () => {
    const layer = 'OpenAI API error: {"error":{"type":"overloaded_error","message":"Something new"}}';
    expect(diagnoseText(layer).id).toBe('overloaded');
    expect(diagnoseText(`${relay}\n${layer}`).id).toBe('overloaded');
    expect(diagnoseText(`${layer}\n${relay}`).id).toBe('overloaded');
  });

  test('the type shown is the relay’s when nothing else names one, and never another provider’s', () => {
    expect(diagnoseText(relay).facts.errorType).toBe('invalid_request_error');
    const groq = 'POST https://api.groq.com/openai/v1/chat/completions 400 invalid_request_error: model not found';
    expect(diagnoseText(groq).facts).toMatchObject({ vendor: 'Groq' });
    expect(diagnoseText(groq).facts.errorType).toBeUndefined();
  });
});
