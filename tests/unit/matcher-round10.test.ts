// The rules of this stop's seen misses, each from the real paste: Claude on Vertex AI named by its request id inside
// Google's own error object, Vertex AI's refusal of a model the project has not enabled, and a relay's rebuilt envelope
// whose body carries the upstream's error, braces and all.
import { describe, expect, test } from 'vitest';
import { readStructure } from '../../src/matcher/structure.ts';
import { diagnoseText } from './matcher-helpers.ts';

// heyhuynhgiabuu/proxypal#67: Claude Code through a proxy to Antigravity, whose Vertex AI upstream answered in Google's
// shape with Anthropic's body inside, wrapped by the terminal in the middle of its type.
const vertexWrapped = String.raw`⎿ API Error: 400 {"error":{"message":"Error from provider(antigravity,gemini-claude-opus-4-5-thinking: 400): {\n
    \"error\": {\n    \"code\": 400,\n    \"message\": \"{\\\"type\\\":\\\"error\\\",\\\"error\\\":{\\\"type\\\":\\\"inv
    alid_request_error\\\",\\\"message\\\":\\\"messages.7.content.0.text.text: Field
    required\\\"},\\\"request_id\\\":\\\"req_vrtx_011CWTZRniEXXzVNKNSRTjMM\\\"}\",\n    \"status\":
    \"INVALID_ARGUMENT\"\n  }\n}`;

describe('Claude on Vertex AI, named by its request id', () => {
  test('a refused field inside Google’s error object is Claude’s bad request', () => {
    expect(diagnoseText(vertexWrapped).id).toBe('invalid-request');
  });

  test('without the request id, Google’s object and the Gemini name keep it another provider’s', () => {
    expect(diagnoseText(vertexWrapped.replace('req_vrtx_', 'req_')).id).toBeNull();
  });
});

describe('Vertex AI’s refusal of a model the project has not enabled', () => {
  // liushuangls/go-anthropic#63.
  const text = String.raw`{
  "error": {
    "code": 400,
    "message": "Project ${'`XXX`'} is not allowed to use Publisher Model ${'`projects/XXX/locations/us-central1/publishers/anthropic/models/claude-3-5-sonnet-v2@20241022`'}",
    "status": "FAILED_PRECONDITION"
  }
}`;

  test('is the model not being available to the account, not a model id that does not exist', () => {
    expect(diagnoseText(text)).toMatchObject({ id: 'model-not-available', basis: 'message' });
  });

  test('counts only where the model is Claude’s on the cloud', () => {
    expect(
      diagnoseText(text.replace('publishers/anthropic/models/claude-3-5-sonnet-v2@20241022', 'publishers/google/models/gemini-2.5-pro')).id,
    ).not.toBe('model-not-available');
  });
});

describe('a relay’s envelope whose body holds the upstream’s error', () => {
  // lbjlaq/Antigravity-Manager#777: the relay's type, last before its closing "type":"error", is not the error.
  const text = String.raw` 429 {"error":{"message":"All 1 attempts failed. Last error: HTTP 400: {\n  \"error\": {\n    \"code\": 400,\n
     \"message\": \"{\\\"type\\\":\\\"error\\\",\\\"error\\\":{\\\"type\\\":\\\"invalid_request_error\\\",\\\"message\\\"
     :\\\"messages.3.content.0: Invalid ${'`signature`'} in ${'`thinking`'}
     block\\\"},\\\"request_id\\\":\\\"req_vrtx_011CXCSAksXpXNhF3riBeUzp\\\"}\",\n    \"status\": \"INVALID_ARGUMENT\"\n
      }\n}\n","type":"overloaded_error"},"type":"error"}`;

  test('its tail is read as sorted even though the whole cannot be', () => {
    const { sorted } = readStructure(text, ['overloaded_error']);
    expect(sorted).toHaveLength(1);
    const [start, end] = sorted[0]!;
    expect(text.slice(start, end)).toBe('"type":"overloaded_error"},"type":"error"}');
  });

  test('the upstream’s message names the guide, not the relay’s type', () => {
    expect(diagnoseText(text).id).toBe('thinking-blocks');
  });

  test('with no message of the upstream’s, the relay’s type names nothing', () => {
    const bare =
      ' 429 {"error":{"message":"All 1 attempts failed. Last error: HTTP 400: {\\"status\\": 400}","type":"overloaded_error"},"type":"error"}';
    expect(diagnoseText(bare).id).toBeNull();
    // In the API's own order the same type is Anthropic's overload.
    expect(diagnoseText('529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}').id).toBe('overloaded');
  });
});

describe('Bedrock’s count of tool results against tool calls', () => {
  // maxnowack/anthropic-proxy#5: Claude through OpenRouter to Amazon Bedrock, more results than calls.
  const text = String.raw`  ⎿  API Error: 400 {"error":"{\"error\":{\"message\":\"Provider returned 
     error\",\"code\":400,\"metadata\":{\"raw\":\"{\\\"message\\\":\\\"The number of 
     toolResult blocks at messages.4.content exceeds the number of toolUse blocks of 
     previous turn.\\\"}\",\"provider_name\":\"Amazon 
     Bedrock\"}},\"user_id\":\"user_2m17fqmm2tL3UEVCpAlvfXvsXx5\"}"}`;

  test('is a tool result without its call where Bedrock shows', () => {
    expect(diagnoseText(text).id).toBe('tool-result-mismatch');
  });

  test('is nothing of Claude’s where no cloud serving Claude shows', () => {
    expect(
      diagnoseText('400: The number of toolResult blocks at messages.4.content exceeds the number of toolUse blocks of previous turn.').id,
    ).toBeNull();
  });
});

describe('an API key’s per-minute limit spent, in the response headers', () => {
  // anthropics/anthropic-sdk-typescript#357: the headers of a 429, as Node prints them.
  const text = `{
    'anthropic-ratelimit-requests-limit': '5',
    'anthropic-ratelimit-requests-remaining': '0',
    'anthropic-ratelimit-requests-reset': '2024-03-26T20:00:00Z',
    'anthropic-ratelimit-tokens-limit': '25000',
    'anthropic-ratelimit-tokens-remaining': '16000',
    connection: 'keep-alive'
}`;

  test('a limit at 0 is the rate limit, as a family match', () => {
    expect(diagnoseText(text)).toMatchObject({ id: 'rate-limited', basis: 'family' });
    expect(readStructure(text, ['rate_limit_error']).types.map((reading) => reading.value)).toEqual(['rate_limit_error']);
  });

  test('in curl’s form too', () => {
    expect(diagnoseText('< HTTP/2 429\n< anthropic-ratelimit-input-tokens-remaining: 0\n< retry-after: 12').id).toBe('rate-limited');
  });

  test('limits with room left, or a count that only starts with 0, name nothing', () => {
    expect(diagnoseText(text.replace("remaining': '0'", "remaining': '3'")).id).toBeNull();
    expect(diagnoseText(text.replace("remaining': '0'", "remaining': '0.5'")).id).toBeNull();
  });
});
