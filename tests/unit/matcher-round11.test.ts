// The rules of this stop's seen misses, each from the real paste: a relay's envelope whose message is its HTTP client's
// own ("Request failed with status code 400"), and Zhipu's GLM errors known by their bracketed code and request id.
import { describe, expect, test } from 'vitest';
import { readStructure } from '../../src/matcher/structure.ts';
import { diagnoseText } from './matcher-helpers.ts';

describe('an envelope whose message is axios’s own', () => {
  // justlovemaki/AIClient2API#186 and lbjlaq/Antigravity-Manager#1699: relays to other providers rebuild the body from
  // their HTTP client's exception.
  const relayed = '{"type":"error","error":{"type":"invalid_request_error","message":"Request failed with status code 400"}}';
  const wrapped = 'API Error: 500 {"type":"error","error":{"type":"api_error","message":"Request failed with status code 400"}}';

  test('is read as the relay’s rebuilt envelope', () => {
    const { sorted, envelopes } = readStructure(relayed, ['invalid_request_error']);
    expect(sorted).toEqual([envelopes[0]]);
    expect(relayed.slice(...sorted[0]!)).toBe(relayed.slice(1, -1));
  });

  // The relay's body in the older form (`{"error":{"type":…`) beside the API's envelope, which is found first.
  const older = relayed.slice('{"type":"error",'.length, -1);
  const api = '429 {"type":"error","error":{"type":"rate_limit_error","message":"Number of requests has exceeded your per-minute rate limit"}}';
  test.each([
    ['after', `${older} then ${api}`],
    ['before', `${api} then ${older}`],
  ])('marks only the envelope that holds it, with the API’s %s it', (_, text) => {
    const { sorted } = readStructure(text, ['invalid_request_error', 'rate_limit_error']);
    expect(sorted.map(([start, end]) => text.slice(start, end))).toEqual([older]);
    expect(diagnoseText(text).id).toBe('rate-limited');
  });

  test('names no family from the type the relay chose', () => {
    expect(diagnoseText(relayed).id).toBeNull();
    expect(diagnoseText(wrapped).id).toBeNull();
  });

  test('the same type with the API’s own message still names its family', () => {
    expect(diagnoseText(relayed.replace('Request failed with status code 400', 'Something new went wrong')).id).toBe('invalid-request');
    expect(diagnoseText(wrapped.replace('Request failed with status code 400', 'Internal server error')).id).toBe('internal-server-error');
  });

  test('reports the type it shows all the same', () => {
    expect(diagnoseText(relayed).facts.errorType).toBe('invalid_request_error');
  });
});

describe('Zhipu’s GLM errors, by their form', () => {
  // fancy1108/Clutch#19: Claude Code pointed at GLM prints its overload with GLM's code, message and request id.
  const bracketed =
    '通过 Claude CLI 执行任务失败：CLI 退出码 1: API Error: 529 [1305][该模型当前访问量过大，请您稍后再试][20260630173529f394d74ee3f44c6b]. This is a server-side issue, usually temporary — try again in a moment. If it persists, check your inference gateway (172.21.0.18:8317).';

  test('the bracketed code and request id are GLM’s, so the 529 is not Anthropic’s overload', () => {
    const diagnosis = diagnoseText(bracketed);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('Zhipu (GLM)');
  });

  test('with Anthropic’s request id in its place, the 529 is the overload again', () => {
    // Without the gateway's sentence too: Claude Code names an inference gateway only when it is pointed at one (round 12's tests).
    const own = bracketed.replace('[1305][该模型当前访问量过大，请您稍后再试][20260630173529f394d74ee3f44c6b]', '').replace(/ If it persists.*$/, '');
    expect(diagnoseText(own).id).toBe('overloaded');
  });

  test('a request id of GLM’s form in a JSON body is read as GLM’s mark', () => {
    // ollama/ollama#15839.
    const body = '{"error":{"code":"1211","message":"Unknown Model, please check the model code."},"request_id":"202604280034427ba565263dda44b0"}';
    const { marks } = readStructure(body, []);
    expect(marks.map((mark) => [mark.name, body.slice(mark.index, mark.end)])).toEqual([
      ['Zhipu (GLM)', '"request_id":"202604280034427ba565263dda44b0"'],
    ]);
    expect(readStructure(body.replace('202604280034427ba565263dda44b0', 'req_011CXtegwm1mF5ZQ6rwpSw6Y'), []).marks).toEqual([]);
  });
});

describe('a relay’s own concurrency limit in Anthropic’s 429 type', () => {
  // Wei-Shaw/sub2api#882: sub2api's slot limit per user, pretty-printed.
  const own =
    '报错是\n\n```json\n{\n  "error": {\n    "message": "Concurrency limit exceeded for user, please retry later",\n    "type": "rate_limit_error"\n  }\n}\n```';

  test('is the relay’s, not Claude’s rate limit', () => {
    const diagnosis = diagnoseText(own);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('the relay');
  });

  test('the same body with the API’s message is the rate limit', () => {
    expect(
      diagnoseText(
        own.replace('Concurrency limit exceeded for user, please retry later', 'Number of concurrent connections has exceeded your rate limit'),
      ).id,
    ).toBe('rate-limited');
  });
});
