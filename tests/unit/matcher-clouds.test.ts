// Claude on the clouds (Amazon Bedrock, Google Vertex AI) and the other rules of round 5's seen misses, each from the real paste.
import { describe, expect, test } from 'vitest';
import { compileMatcherData } from '../../src/matcher/compile.ts';
import { readMatcherData } from '../../src/matcher/read-data.ts';
import { data, diagnoseText } from './matcher-helpers.ts';

describe('Amazon Bedrock’s own errors for Claude', () => {
  test('ThrottlingException "Too many tokens, please wait before trying again." is the rate limit (RooCodeInc/Roo-Code#5050)', () => {
    const text =
      'message: Too many tokens, please wait before trying again.\nname: ThrottlingException\n$fault: client\n$metadata: {"httpStatusCode":429,"attempts":3}';
    expect(diagnoseText(text)).toMatchObject({ id: 'rate-limited', basis: 'message' });
    // Worded for requests or for the daily quota, it is the same throttle.
    expect(diagnoseText(text.replace('Too many tokens', 'Too many requests')).id).toBe('rate-limited');
    expect(diagnoseText(text.replace('Too many tokens', 'Too many tokens per day')).id).toBe('rate-limited');
  });

  test('AccessDeniedException "You don’t have access to the model…" is a model the account lacks (andrewyng/aisuite#174)', () => {
    const text =
      "An error occurred (AccessDeniedException) when calling the Converse operation: You don't have access to the model with the specified model ID.";
    expect(diagnoseText(text).id).toBe('model-not-available');
  });

  test('the InvokeModel body over 25,000,000 bytes is a request too large (langchain-ai/langchain-aws#419)', () => {
    const text =
      "ValidationException: An error occurred (ValidationException) when calling the InvokeModel operation: 1 validation error detected: Value at 'body' failed to satisfy constraint: Member must have length less than or equal to 25000000";
    expect(diagnoseText(text).id).toBe('request-too-large');
  });

  test('Converse’s empty message is the empty-block error (cline/cline#9213)', () => {
    const text =
      'undefined: The content field in the Message object at messages.45 is empty. Add a ContentBlock object to the content field and try again.';
    expect(diagnoseText(text).id).toBe('empty-text-block');
  });

  test('the AWS SDK’s "http2 request did not get a response" is a connection error only where Bedrock shows (continuedev/continue#9744)', () => {
    const line = 'Unexpected error: http2 request did not get a response';
    expect(diagnoseText(`Model: Claude 3.7 Sonnet (Bedrock)\nProvider: bedrock\n${line}`).id).toBe('connection-error');
    expect(diagnoseText(`model: anthropic.claude-3-7-sonnet-20250219-v1:0\n${line}`).id).toBe('connection-error');
    // Any AWS service can print it: alone it names no Claude error.
    expect(diagnoseText(line).id).toBeNull();
  });
});

describe('Google Vertex AI: Claude’s quota is Claude’s, Gemini’s is Gemini’s', () => {
  test('RESOURCE_EXHAUSTED with a Claude base model is the rate limit (TheValkyrja/VertexClaudeProxy#5)', () => {
    const text =
      "{'type': 'error', 'error': {'type': 'RESOURCE_EXHAUSTED', 'message': 'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-3-5-sonnet. Please submit a quota increase request.'}}";
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBe('rate-limited');
    expect(diagnosis.facts.vendor).toBeUndefined();
  });

  test('the same quota for a Gemini base model, and Gemini’s "Resource has been exhausted", are Gemini’s (musistudio/claude-code-router#601)', () => {
    const quota =
      '{"error":{"code":429,"message":"Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-1.5-pro. Please submit a quota increase request.","status":"RESOURCE_EXHAUSTED"}}';
    expect(diagnoseText(quota)).toMatchObject({ id: null, facts: { vendor: 'Google Gemini' } });
    const exhausted = '{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}';
    expect(diagnoseText(exhausted)).toMatchObject({ id: null, facts: { vendor: 'Google Gemini' } });
  });
});

describe('Claude Code’s retry line names no error of its own', () => {
  test('a 429 inside "API Error (…) · Retrying in 1 seconds…" is the rate limit, not a connection error (anthropics/claude-code#77)', () => {
    const text = 'API Error (429 Too many tokens, please wait before trying again.) · Retrying in 1 seconds… (attempt 1/10)';
    expect(diagnoseText(text).id).toBe('rate-limited');
    expect(diagnoseText(text).others).not.toContain('connection-error');
  });

  test('another provider’s error in the retry line stays theirs (musistudio/claude-code-router#601)', () => {
    const text =
      'API Error (429 {"error":{"message":"Error from provider(429): {\\"error\\": {\\"code\\": 429, \\"message\\": \\"Resource has been exhausted (e.g. check quota).\\", \\"status\\": \\"RESOURCE_EXHAUSTED\\"}}"}}) · Retrying in 1 seconds… (attempt 1/10)';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'Google Gemini' } });
  });

  test('the connection error it retries is still the connection error (anthropics/claude-code#6596)', () => {
    expect(diagnoseText('API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10)').id).toBe('connection-error');
  });
});

describe('more wordings of known errors', () => {
  test.each([
    [
      'tailcallhq/forgecode#1195',
      'messages.11.content.0: When thinking is disabled, an `assistant` message in the final position cannot contain `thinking`. To use thinking blocks, enable `thinking` in your request.',
      'thinking-blocks',
    ],
    [
      'anthropics/claude-code#20705',
      'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.51.content.0: If an assistant message contains any thinking blocks, the first block must be thinking or redacted_thinking. Found text."}}',
      'thinking-blocks',
    ],
    [
      'Aider-AI/aider#957',
      'Unexpected error: litellm.InternalServerError: AnthropicException - Overloaded. Handle with `litellm.InternalServerError`.',
      'overloaded',
    ],
    [
      'zed-industries/zed#55395',
      'The API key for Anthropic is invalid or has expired. Update your key via the Agent Panel settings to continue.',
      'invalid-api-key',
    ],
  ])('%s', (_source, text, id) => {
    expect(diagnoseText(text).id).toBe(id);
  });
});

describe('two errors in one paste', () => {
  test('the one printed first leads and the later one is also listed (aliasrobotics/cai#182)', () => {
    const empty =
      'Error: litellm.BadRequestError: AnthropicException - {"type":"error","error":{"type":"invalid_request_error","message":"messages: text content blocks must be non-empty"}}';
    const orphan =
      'Error: litellm.BadRequestError: AnthropicException - {"type":"error","error":{"type":"invalid_request_error","message":"messages.7: `tool_use` ids were found without\n`tool_result` blocks immediately after: toolu_017j2qpxhyCwxP7CKs2TporP. Each `tool_use` block must have a corresponding `tool_result` block in the next message."}}';
    expect(diagnoseText(`${empty}\n${orphan}`)).toMatchObject({ id: 'empty-text-block', others: ['tool-result-mismatch'] });
    expect(diagnoseText(`${orphan}\n${empty}`)).toMatchObject({ id: 'tool-result-mismatch', others: ['empty-text-block'] });
  });
});

describe('the cloud marks in served data', () => {
  test('compile squeezed, and data without them cannot be read', () => {
    expect(data.cloudMarks.models).toContain('anthropicclaude');
    expect(data.cloudMarks.surfaces).toContain('bedrock');
    const { cloudMarks: _cloudMarks, ...older } = compileMatcherData([]);
    expect(readMatcherData({ ...data, cloudMarks: undefined })).toBeUndefined();
    expect(readMatcherData(older)).toBeUndefined();
  });

  test('a phrase flagged onCloud other than true is refused', () => {
    const [variant, ...rest] = data.variants;
    const bad = { ...variant!, phrases: [{ text: 'abc', weight: 1, onCloud: 'yes' }] };
    expect(readMatcherData({ ...data, variants: [bad, ...rest] })).toBeUndefined();
    expect(readMatcherData(data)).toBe(data);
  });
});
