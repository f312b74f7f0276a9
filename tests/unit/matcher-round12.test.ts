// The rules of stop 30's seen misses, each from the real paste and each with the control that keeps it narrow: Claude
// Code's version refusal quoted by its head, the API's refusal of a prefilled reply, Bedrock's on-demand refusal, and Kimi
// named by its model ids.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

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
