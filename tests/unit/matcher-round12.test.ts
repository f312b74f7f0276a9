// The rules of stop 30's seen misses, each from the real paste and each with the control that keeps it narrow: Claude
// Code's version refusal quoted by its head, the API's refusal of a prefilled reply, Bedrock's on-demand refusal, and Kimi
// named by its model ids.
import { describe, expect, test } from 'vitest';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { compileMatcherData } from '../../src/matcher/compile.ts';
import { diagnose } from '../../src/matcher/diagnose.ts';
import { readMatcherData } from '../../src/matcher/read-data.ts';
import { readStructure } from '../../src/matcher/structure.ts';
import { data, diagnoseText } from './matcher-helpers.ts';

describe('Claude Code’s version refusal, quoted by its head', () => {
  // Mng-dev-ai/agentrove#948: the message cut short where the version it needs would follow.
  const quoted = '- Fable 5.1 requires Claude Code 2.1.251+, which is why sessions fail with `Claude Code 2.1.238 does not support this model`';

  test('names the update guide', () => {
    expect(diagnoseText(quoted).id).toBe('client-update-required');
  });

  test('the same words without Claude Code are no version refusal', () => {
    expect(diagnoseText('Error: the endpoint does not support this model, pick another one').id).not.toBe('client-update-required');
  });
});

describe('a prefilled reply refused', () => {
  // cortexkit/magic-context#511: Sonnet 4.6 and later take no prefilled assistant turn.
  const text = '"This model does not support assistant message prefill. The conversation must end with a user message."\n\nSonnet 4.6, Sonnet 5';

  test.each([
    ['the whole message', text],
    ['its first sentence', 'This model does not support assistant message prefill.'],
    ['its second sentence', 'The conversation must end with a user message.'],
  ])('%s names the malformed-request guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('invalid-request');
  });
});

describe('Bedrock’s refusal of a model id without an inference profile', () => {
  // anthropics/claude-code#1293, with Bedrock's curly apostrophe.
  const text =
    'botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the InvokeModel operation: Invocation of model ID anthropic.claude-sonnet-4-20250514-v1:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.';

  test.each([
    ['as Bedrock prints it', text],
    ['with a straight apostrophe', text.replace('’', "'")],
  ])('names the malformed-request guide %s', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('invalid-request');
  });
});

describe('Kimi named by its model ids', () => {
  // anthropics/claude-code#52254: Claude Code pointed at Moonshot, its own model-not-found line naming kimi-k2.6.
  const selected =
    "There's an issue with the selected model (kimi-k2.6). It may not exist or you may not have access to it. Run --model to pick a different model.";

  test('Claude Code’s missing-model line about a Kimi model is Moonshot’s', () => {
    const diagnosis = diagnoseText(selected);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('Moonshot (Kimi)');
  });

  test('the same line about a Claude model is the missing-model guide', () => {
    expect(diagnoseText(selected.replace('kimi-k2.6', 'claude-opus-9')).id).toBe('model-not-found');
  });

  test('Kimi named in prose keeps Anthropic’s own error body', () => {
    const body = 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
    expect(diagnoseText(`Kimi worked fine yesterday, but Claude now fails with ${body}`).id).toBe('overloaded');
  });
});

describe('wordings of this round’s seen pastes', () => {
  test.each([
    // anthropics/claude-code#67382: Claude Code printing the 529's message alone.
    ['overloaded', "**Errors**\n```json\n'message': 'API Error: Overloaded'\n```"],
    // pixelsock/directus-mcp#9: Claude Desktop with a conversation over the window.
    ['prompt-too-long', '"Claude hit the maximum length for this conversation. Please start a new conversation to continue chatting with Claude."'],
    // danny-avila/LibreChat#932: the API's older validator.
    [
      'extra-inputs-not-permitted',
      'Something went wrong. Here\'s the specific error message we encountered: {"error":{"type":"invalid_request_error","message":"maxOutputTokens: extra fields not permitted"}}',
    ],
    // BerriAI/litellm#2314: a Claude 3 model sent the text-completions body through Bedrock.
    [
      'invalid-request',
      '> botocore.exceptions.EventStreamError: An error occurred (validationException) when calling the InvokeModelWithResponseStream operation: "claude-3-sonnet-20240229" is not supported on this API. Please use the Messages API instead.',
    ],
    // anthropics/claude-code#84444: the safeguards pause described in prose, Claude named by its Fable 5 model.
    [
      'safety-refusal',
      'When Fable 5\'s safeguards flag a message and the session enters the pause/auto-retry loop ("Session paused … Waiting for API response · will retry in 2m 21s")',
    ],
  ])('%s', (id, text) => {
    expect(diagnoseText(text).id).toBe(id);
  });

  test('“Fable” without its number names no Claude model', () => {
    expect(diagnoseText('The Fable compiler safeguards flag a message as unsafe').id).toBeNull();
  });
});

describe('new-api’s own failures', () => {
  // QuantumNous/new-api#6915 and makecindy/cindy#2792: the relay's channel routing and its word filter, shown by Claude Code.
  const tail = '. This is a server-side issue, usually temporary — try again in a moment.';
  test.each([
    ['no channel for the model', `API Error: 503 No available channel for model claude-opus-5 under group default (distributor)${tail}`],
    ['its word filter', `API Error: 500 sensitive_words_detected${tail}`],
  ])('%s is the relay’s, not Anthropic’s', (_, text) => {
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('the relay');
  });
});

describe('a guess from words against the printed status', () => {
  // BerriAI/litellm#10435: LiteLLM's own 500 about its configuration, worded like a missing model.
  const text =
    '{"error":{"message":"Anthropic messages provider config not found for model: anthropic.claude-3-7-sonnet-20250219-v1:0","type":"None","param":"None","code":"500"}}';

  test('gives way to a status of another family', () => {
    expect(diagnoseText(text).id).toBeNull();
  });

  test('a cue with no status printed still guesses, and one for a guide with no status of its own ignores it', () => {
    expect(diagnoseText(text.replace(',"code":"500"', '')).id).toBe('model-not-found');
    // Refusals come with a 200 or a 400 alike: the safeguards guide lists no status, so a printed one does not overrule it.
    expect(diagnoseText('Claude: HTTP 400 — the safeguards flagged this request').id).toBe('safety-refusal');
  });

  test('stands with the status of its own family', () => {
    expect(diagnoseText(text.replace('"code":"500"', '"code":"404"')).id).toBe('model-not-found');
  });
});

describe('the head of the max_tokens refusal, quoted alone', () => {
  // anthropics/claude-code#18810: an issue title that keeps only the field, the value sent and the cap.
  const title = '[BUG] max_tokens: 64001 > 64000 error on Opus 4.5 - broken since v2.1.9';

  test('names the max_tokens guide, with the head as its evidence', () => {
    const diagnosis = diagnoseText(title);
    expect(diagnosis.id).toBe('max-tokens-too-large');
    expect(diagnosis.evidence.map(({ start, end }) => title.slice(start, end))).toEqual(['max_tokens: 64001 > 64000']);
  });

  test('is read off the decoded paste by field, with the value sent above the cap', () => {
    const text = 'x max_tokens: 64001 > 64000, budget_tokens: 10 > 5 and max_tokens: 100 > 4096';
    expect(readStructure(text, []).caps.map(({ value, index, end }) => [value, text.slice(index, end)])).toEqual([
      ['max_tokens', 'max_tokens: 64001 > 64000'],
      ['budget_tokens', 'budget_tokens: 10 > 5'],
    ]);
  });

  test.each([
    ['a value under the cap', '[BUG] max_tokens: 4096 > 64000 error'],
    ['a field the catalogue gives no guide', 'timeout_ms: 64001 > 64000 error'],
    ['a longer name that ends in the field', 'my.max_tokens: 64001 > 64000 error'],
  ])('%s names no guide', (_, text) => {
    expect(diagnoseText(text).id).toBeNull();
  });

  test('served data from before the table cannot be read', () => {
    const { caps: _caps, ...olderFields } = data.fields;
    expect(readMatcherData({ ...data, fields: olderFields })).toBeUndefined();
    expect(readMatcherData({ ...data, fields: undefined })).toBeUndefined();
    expect(readMatcherData(data)).toBe(data);
  });
});

describe('errors that are a layer’s own, by the words Claude Code or the layer adds', () => {
  test('Claude Code naming an inference gateway makes a repeated 529 the gateway’s (AnyiWang/OpenCovibe#176)', () => {
    const line = 'API Error: Repeated 529 Overloaded errors. The API is at capacity — this is usually temporary. Try again in a moment.';
    const viaGateway = diagnoseText(`${line} If it persists, check your inference gateway (127.0.0.1:15721).`);
    expect(viaGateway.id).toBeNull();
    expect(viaGateway.facts.vendor).toBe('your inference gateway');
    expect(diagnoseText(`${line} If it persists, check status.claude.com.`).id).toBe('overloaded');
  });

  test('Anthropic’s own body passed on by the gateway stays Anthropic’s', () => {
    const body =
      '{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your organization\'s rate limit of 450,000 input tokens per minute"}}';
    const text = `API Error: 429 ${body}. If it persists, check your inference gateway (litellm.corp:4000).`;
    expect(diagnoseText(text).id).toBe('rate-limited');
  });

  test('Kiro’s throttle carries its own request id; Bedrock’s words alone stay the rate limit (kirodotdev/Kiro#9191)', () => {
    const words = 'Too many requests, please wait before trying again.';
    const kiro = diagnoseText(`${words} (Request ID: 40259f19-fc5d-4c02-a9a8-727fc42d18b3)`);
    expect(kiro.id).toBeNull();
    expect(kiro.facts.vendor).toBe('Kiro');
    expect(diagnoseText(`429 {"type":"error","error":{"type":"rate_limit_error","message":"${words}"},"request_id":"req_011CZ"}`).id).toBe(
      'rate-limited',
    );
  });

  test('an MCP server’s timeout is the server’s, not a Claude connection error (ezyang/codemcp#51)', () => {
    const diagnosis = diagnoseText('Failed to call tool codedmcp: Error: MCP error -32001: Request timed out.');
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('an MCP server');
  });

  test('Bedrock’s 503 for too many connections is the overload (anthropics/claude-code#562)', () => {
    expect(diagnoseText('API Error (503 Too many connections, please wait before trying again.) · Retrying in 1 seconds…').id).toBe('overloaded');
  });
});

describe('the hit tables kept between calls', () => {
  test('a paste’s hits do not carry into the next paste, in either order', () => {
    const overloaded = 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
    const plain = 'Everything went fine today, nothing to report.';
    expect(diagnoseText(overloaded).id).toBe('overloaded');
    expect(diagnoseText(plain)).toMatchObject({ id: null, evidence: [] });
    expect(diagnoseText(overloaded).id).toBe('overloaded');
    expect(diagnoseText('x').id).toBeNull();
  });

  test('data with another pattern count gets tables of its own size', () => {
    const fewer = compileMatcherData(rawVariants.filter((variant) => variant.id !== 'overloaded'));
    const text = 'prompt is too long: 210000 tokens > 200000 maximum';
    expect(diagnose(text, fewer).id).toBe('prompt-too-long');
    expect(diagnoseText(text).id).toBe('prompt-too-long');
    expect(diagnose('API Error: Overloaded', fewer).id).toBeNull();
    expect(diagnoseText('API Error: Overloaded').id).toBe('overloaded');
  });
});
