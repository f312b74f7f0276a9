// The rules of this stop's seen misses, each from the real paste: an OpenAI-shaped error object (a `code` or `param` key
// beside its type) is another API's, even when it puts its type first as Anthropic's does.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

describe('an error object with a `code` key is another API’s', () => {
  test('an OpenAI-compatible provider’s 401 in OpenClaude names no Claude error (Gitlawb/openclaude#1356)', () => {
    const text = ' 401 {"error":{"message":"API key required","type":"authentication_error","code":"api_key_required"}}\n     Retrying in 1 second… (attempt 4/10)';
    expect(diagnoseText(text).id).toBeNull();
    // The same type and message without the `code` key is read as Anthropic's kind of error.
    expect(diagnoseText(text.replace(',"code":"api_key_required"', '')).id).toBe('invalid-api-key');
  });

  test('a type put first does not make an object with a `code` key Anthropic’s (router-for-me/CLIProxyAPI#5402)', () => {
    const text = 'Response:\n\n```json\n{"error":{"type":"invalid_request_error","code":"model_not_found","message":"unknown provider for model';
    expect(diagnoseText(text).id).toBeNull();
    expect(diagnoseText(text.replace('"code":"model_not_found",', '')).id).toBe('invalid-request');
  });

  test('a key merely ending in "code" (`error_code`) is Anthropic’s own and keeps the body', () => {
    const text = '{"error":{"type":"rate_limit_error","message":"Something new","details":{"error_code":"no_such_code"}}}';
    expect(diagnoseText(text).id).toBe('rate-limited');
  });

  test('Anthropic’s body carried as the message of an OpenAI-shaped layer stays Anthropic’s', () => {
    const text =
      '{"error":{"message":"litellm.RateLimitError: AnthropicException - {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"rate_limit_error\\",\\"message\\":\\"Number of request tokens has exceeded your per-minute rate limit\\"}}","type":null,"param":null,"code":"429"}}';
    expect(diagnoseText(text).id).toBe('rate-limited');
  });
});
