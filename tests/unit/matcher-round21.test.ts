// The rules of stop 32, each from a real paste and each with the control that keeps it narrow: another provider's model
// id in the error, the API's field refusals when a terminal has wrapped them, a known message inside its type's family
// when a tool's own words beside it are louder, and the relays' own bodies when they are wrapped.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

describe('another provider’s model id in the error', () => {
  // skapadia3214/groq-moa#8: Groq's cap on its Llama model, in the OpenAI SDK's Python repr.
  const groq =
    "BadRequestError: Error code: 400 - {'error': {'message': 'max_tokens for `llama-3.1-8b-instant` must be less than or equal to 8000', 'type': 'invalid_request_error'}}";

  test('a Llama model’s cap is its host’s, not Claude’s malformed request', () => {
    const diagnosis = diagnoseText(groq);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('a Llama model host');
  });

  test('the same body naming a Claude model stays the malformed-request family', () => {
    expect(diagnoseText(groq.replace('llama-3.1-8b-instant', 'claude-haiku-4-5')).id).toBe('invalid-request');
  });

  test.each([
    ['OpenAI', "LLM request rejected: The requested model 'gpt-4o' does not exist."],
    ['Google Gemini', 'LLM request rejected: gemini-2.5-pro does not support the tool_choice field'],
    ['DeepSeek', 'LLM request rejected: deepseek-reasoner does not support this parameter'],
    ['Zhipu (GLM)', 'LLM request rejected: glm-4.6 rejected the request body'],
  ])('OpenClaw’s prefix over a %s model’s refusal names that provider', (vendor, paste) => {
    const diagnosis = diagnoseText(paste);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe(vendor);
  });

  test('an id with "claude" in it is a relay’s name for a Claude model and marks nothing', () => {
    // heyhuynhgiabuu/proxypal#67 names Claude on Antigravity as gemini-claude-opus-4-5-thinking.
    const paste =
      'LLM request rejected: messages.3.content.0: unexpected `tool_use_id` found in `tool_result` blocks (gemini-claude-opus-4-5-thinking)';
    expect(diagnoseText(paste).id).toBe('tool-result-mismatch');
  });

  test('a model id in prose after Claude’s message claims nothing before it', () => {
    expect(diagnoseText('API Error: Repeated 529 Overloaded errors\nIt worked when I switched to gpt-4o for a while.').id).toBe('overloaded');
  });

  test('a model id just before a message takes it, unless Anthropic’s own links are in the paste', () => {
    const paste = 'fallback gpt-4o-mini: Overloaded';
    expect(diagnoseText(`Claude ${paste}`).id).toBeNull();
    expect(diagnoseText(`Claude ${paste} (see https://docs.anthropic.com/en/api/errors)`).id).toBe('overloaded');
  });

  test('a provider’s mark of its own form still claims the message before it, as a model id does not', () => {
    // Kiro's throttle by its request id (kirodotdev/Kiro#9191), right after Claude Code's retry line.
    const kiro =
      'API Error: Repeated 529 Overloaded errors. Too many requests, please wait before trying again. (Request ID: 40259f19-fc5d-4c02-a9a8-727fc42d18b3)';
    expect(diagnoseText(kiro)).toMatchObject({ id: null, facts: { vendor: 'Kiro' } });
    expect(diagnoseText('API Error: Repeated 529 Overloaded errors. It worked when I switched to gpt-4o for a while.').id).toBe('overloaded');
  });

  test('a model id where Anthropic’s own links are is a layer’s word', () => {
    const paste =
      'router fallback=gpt-4o-mini: {"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: 64000 > 32000, which is the maximum allowed number of output tokens for claude-opus-4-20250514"}} see https://docs.claude.com/en/api/errors';
    expect(diagnoseText(paste).id).toBe('max-tokens-too-large');
  });

  test('the provider’s own words name it before a model id it mentions', () => {
    // microsoft/vscode-copilot-release#12839: Copilot's premium allowance, which names the GPT model it falls back to.
    const paste =
      '"You have exceeded your premium request allowance. We have automatically switched you to GPT-4.1 which is included with your plan. [Enable additional paid premium requests] to continue using premium models."';
    expect(diagnoseText(paste).facts.vendor).toBe('GitHub Copilot');
  });

  test("OpenAI's max_completion_tokens advice is OpenAI's, even behind OpenClaw's prefix", () => {
    const paste = "LLM request rejected: Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";
    expect(diagnoseText(paste)).toMatchObject({ id: null, facts: { vendor: 'OpenAI' } });
    expect(diagnoseText('LLM request rejected: Unsupported parameter: max_tokens').id).toBe('invalid-request');
  });
});

describe('the API’s field refusals, wrapped by a terminal', () => {
  test.each([
    // anthropics/claude-code#7370: the field path broken before ".name".
    ['a path broken before a segment', 'messages.75.content.1.tool_use\n  .name: \n  String should have at most 200 characters'],
    // Sanne/incus-spawn#34: the validator's words broken between "Input" and "tag".
    [
      'the validator’s words broken',
      "thinking: Input\n     tag 'adaptive' found using 'type' does not match any of the expected tags:\n     'disabled', 'enabled'",
    ],
  ])('%s still reads as the malformed-request family', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('invalid-request');
  });

  test('a field name the Messages API lacks is not read as one', () => {
    expect(diagnoseText('settings.theme\n  .name: \n  String should have at most 200 characters').id).toBeNull();
  });
});

describe('the API’s own checks, quoted bare', () => {
  test.each([
    ['tool types a model lacks (trycua/cua#343)', "'claude-3-5-sonnet-20240620' does not support tool types: computer_20241022."],
    ['tool_choice without tools (trycua/cua#347)', 'tool_choice may only be specified while providing tools.'],
    ['top_p with thinking (errs.dmxapi.cn)', '`top_p` must be greater than or equal to 0.95 or unset when thinking is enabled.'],
  ])('%s is the malformed-request guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('invalid-request');
  });

  test('a body that is not JSON still needs Claude named: the words are any server’s', () => {
    expect(diagnoseText('The request body is not valid JSON: no low surrogate in string: line 1 column 199773 (char 199772)').id).toBeNull();
  });
});

describe('a known message inside its type’s family, beside a tool’s louder words', () => {
  // Aider-AI/aider#2439: LiteLLM's wrong class name and Aider's retry text around Vertex AI's refusal of a beta header.
  const aider =
    'litellm.InternalServerError: VertexAIException InternalServerError - b\'{"type":"error","error":{"type":"invalid_request_error","message":"Unexpected value(s) `pdfs-2024-09-25` for \nthe `anthropic-beta` header. Please consult our documentation at docs.anthropic.com or try again without the header."}}\'\nThe API provider\'s servers are down or overloaded.\nRetrying in 0.2 seconds...';

  test('the beta refusal names the extra-inputs guide, not only its family', () => {
    expect(diagnoseText(aider).id).toBe('extra-inputs-not-permitted');
  });

  test('a message the catalogue has never seen leaves the family’s own guide', () => {
    const other = aider.replace(/Unexpected value\(s\)[^"]+header\./, 'Something new about the request.');
    expect(diagnoseText(other)).toMatchObject({ id: 'invalid-request', basis: 'family' });
  });
});

describe('a relay’s own body, wrapped', () => {
  // justlovemaki/AIClient2API#186: the relay's axios message in Anthropic's envelope.
  const relay = '{"type":"error","error":{"type":"invalid_request_error","message":"Request failed with status code 400"}}';

  test.each([
    ['as pasted', relay],
    ['with no-break spaces', relay.replace(/ /g, '\u00a0')],
    ['hard-wrapped between words', relay.replace('with status', 'with\n     status')],
  ])('%s it names no Claude error', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });

  test('Kiro’s throttle with its request id, wrapped, is still Kiro’s', () => {
    // kirodotdev/Kiro#9191.
    const paste = 'Too many requests, please wait before\n     trying again. (Request ID: 40259f19-fc5d-4c02-a9a8-727fc42d18b3)';
    expect(diagnoseText(paste)).toMatchObject({ id: null, facts: { vendor: 'Kiro' } });
  });
});

describe('round 21’s seen misses', () => {
  test('the API’s monthly spend-limit 429 is the spend-limit guide, not a rate limit (earendil-works/pi#9849)', () => {
    const paste = "## Error\n```\n429 rate_limit_error: This request would exceed your account's monthly spend limit. Please try again later.\n```";
    expect(diagnoseText(paste).id).toBe('spend-limit-reached');
    expect(diagnoseText(paste.replace('monthly spend limit', 'rate limit')).id).toBe('rate-limited');
  });

  test('a gateway with no route for the model is the model-not-found guide (maximhq/bifrost#4540)', () => {
    const paste =
      "Your gateway couldn't serve anthropic/claude-3-haiku. This model may not be configured on your gateway, or access may be restricted.";
    expect(diagnoseText(paste).id).toBe('model-not-found');
  });

  test('a wrapper script’s own time limit is not a connection error (terryso/claude-auto-resume#11)', () => {
    const paste =
      'Executing Claude CLI command...\n[ERROR] Claude CLI operation timed out after 30 seconds.\n[HINT] This may indicate network issues or Claude service problems.';
    expect(diagnoseText(paste)).toMatchObject({ id: null, facts: { vendor: 'a wrapper script' } });
    expect(diagnoseText('Claude Code: API Error: Request timed out. Retrying in 5 seconds…').id).toBe('connection-error');
  });

  describe('Bedrock’s checks of a Claude body', () => {
    // aws/aws-sdk-net#3384: the .NET client sent a Claude body with PascalCase keys.
    const net =
      "Amazon.BedrockRuntime.Model.ValidationException: 'Malformed input request: #: required key [prompt] not found#: required key [max_tokens_to_sample] not found#: extraneous key [Messages] is not permitted#: extraneous key [MaxTokens] is not permitted, please reformat your input and try again.'";

    test('a body missing what Claude needs is malformed as a whole, beyond its extraneous keys', () => {
      expect(diagnoseText(net).id).toBe('invalid-request');
    });

    test('an extraneous key alone stays the extra-inputs guide', () => {
      expect(
        diagnoseText(
          'Amazon.BedrockRuntime.Model.ValidationException: extraneous key [stream] is not permitted, please reformat your input and try again.',
        ).id,
      ).toBe('extra-inputs-not-permitted');
    });

    test('the same keys with nothing showing Bedrock name nothing', () => {
      expect(diagnoseText('Malformed input request: #: required key [max_tokens_to_sample] not found').id).toBeNull();
    });

    test('a cache point after a thinking block is the malformed-request guide (anomalyco/opencode#36517)', () => {
      expect(
        diagnoseText(
          'ValidationException: Cache point cannot be inserted after reasoning block.\nPlease remove the invalid cache point and try again.',
        ).id,
      ).toBe('invalid-request');
    });
  });
});

describe('a router named in prose', () => {
  // SillyTavern/SillyTavern#4095: Claude behind OpenRouter, served by Bedrock or Vertex AI.
  const paste =
    'Attempting to send a message via openrouter api using either Google or Amazon as the provider would return an invalid request error message\nsystem.7.cache_control.ephemeral.ttl: Extra inputs are not permitted';

  test('owns no known Claude message: the provider behind it said it', () => {
    expect(diagnoseText(paste).id).toBe('extra-inputs-not-permitted');
  });

  test('a provider’s name that is not a router still does', () => {
    expect(diagnoseText(paste.replace('openrouter', 'deepseek')).id).toBeNull();
  });

  test('the router’s own words stay its own', () => {
    expect(diagnoseText('OpenRouter: This request requires more credits, or fewer max_tokens. You requested up to 64000 tokens.').id).toBeNull();
  });
});

describe('an error quoted line by line, as Markdown does', () => {
  // songquanpeng/one-api#1168: the relay's own OpenAI-shaped body, pretty-printed, then quoted in an issue.
  const relay =
    '{\n\t"error": {\n\t\t"message": "Invalid URL (POST /v1/messages)",\n\t\t"type": "invalid_request_error",\n\t\t"param": "",\n\t\t"code": ""\n\t}\n}';
  const quote = (text: string) =>
    text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');

  test('a relay’s own body stays the relay’s when quoted', () => {
    expect(diagnoseText(relay).id).toBeNull();
    expect(diagnoseText(quote(relay)).id).toBeNull();
  });

  test('Anthropic’s body quoted the same way still names its guide', () => {
    const own = '{\n  "type": "error",\n  "error": {\n    "type": "overloaded_error",\n    "message": "Overloaded"\n  }\n}';
    expect(diagnoseText(quote(own)).id).toBe('overloaded');
  });
});

describe('round 22’s seen misses', () => {
  test('OpenAI’s streamed error in Anthropic’s shape, told by its code and param keys (m1guelpf/swift-openai-responses#7)', () => {
    const openai =
      '"data: {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"code\\":null,\\"message\\":\\"[REDACTED].\\",\\"param\\":null}}"';
    expect(diagnoseText(openai).id).toBeNull();
    const anthropic = '"data: {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"[REDACTED].\\"}}"';
    expect(diagnoseText(anthropic).id).toBe('invalid-request');
  });

  test('Google’s JSON parser, relayed in Anthropic’s shape, is Google’s (Draculabo/AntigravityManager#123)', () => {
    const paste =
      '500 {"type":"error","error":{"type":"api_error","message":"Invalid JSON payload received. Unknown name \\"sessionId\\": Cannot find field."}}';
    expect(diagnoseText(paste)).toMatchObject({ id: null, facts: { vendor: 'Google Gemini' } });
    expect(
      diagnoseText(paste.replace('Invalid JSON payload received. Unknown name \\"sessionId\\": Cannot find field.', 'Internal server error')).id,
    ).toBe('internal-server-error');
  });

  test('a field path right after Claude Code’s "API Error: 400" is a malformed request (maximhq/bifrost#3383)', () => {
    expect(diagnoseText('⎿  API Error: 400 tools.4.model: anthropic/claude-opus-4-7').id).toBe('invalid-request');
    expect(diagnoseText('⎿  API Error: 400 settings.4.model: anthropic/claude-opus-4-7').id).toBeNull();
    expect(diagnoseText('⎿  API Error: 500 tools.4.model: anthropic/claude-opus-4-7').id).not.toBe('invalid-request');
  });

  test('Claude Code’s "subtype": "api_error" is its category, not the API’s type: the cause decides', () => {
    const record =
      '{\n    "subtype": "api_error",\n    "cause": {"code":"ECONNRESET","path":"https://api.anthropic.com/v1/messages?beta=true","errno":0},\n    "retryInMs": 503.10\n  }';
    expect(diagnoseText(record).id).toBe('connection-error');
    expect(diagnoseText('{"type": "api_error", "message": "Internal server error"}').id).toBe('internal-server-error');
  });

  test('the newer models’ refusal of a prefill is the malformed-request guide (benchr.org)', () => {
    expect(diagnoseText('"Prefilling assistant messages is not supported for this model."').id).toBe('invalid-request');
  });

  test('claude.ai’s older message-limit banner is the plan guide where Claude is named (arsturn.com)', () => {
    expect(diagnoseText('deep in a debugging session with Claude… then "You\'ve reached your message limit."').id).toBe('plan-usage-limit');
    expect(diagnoseText('"You\'ve reached your message limit."').id).toBeNull();
  });

  test('Cursor’s own per-model rate limit is Cursor’s (dredyson.com)', () => {
    const paste = 'Cursor IDE and Claude 4 when that annoying message popped up: ‘You’ve hit the rate limit on this model.’';
    expect(diagnoseText(paste)).toMatchObject({ id: null, facts: { vendor: 'Cursor' } });
  });
});

describe('round 23’s seen miss', () => {
  test('a thinking block replayed without its text is the thinking-blocks guide, as one without its signature is', () => {
    const paste =
      'invalid_request_error: { "error": { "code": 400, "message": "{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"messages.71.content.0.thinking.thinking: Field required\\"}}", "status": "INVALID_ARGUMENT" } } (HTTP Status: 400)';
    expect(diagnoseText(paste).id).toBe('thinking-blocks');
    expect(diagnoseText(paste.replace('thinking.thinking', 'text.text')).id).toBe('invalid-request');
  });
});

describe('a message a log split over timestamped lines', () => {
  // anthropics/claude-code#63474's refusal as Claude Code wrapped it, then as a log that stamps every line prints it.
  const wrapped =
    'API Error: 400 messages.1.content.14: `thinking` or `redacted_thinking` blocks\n     in the latest assistant message cannot be modified. These blocks must remain as\n     they were in the original response.';
  const stamp = (text: string) =>
    text
      .split('\n')
      .map((line) => `2026-11-30T10:21:07.123Z [ERROR] ${line}`)
      .join('\n');

  test('still names its guide', () => {
    expect(diagnoseText(wrapped).id).toBe('thinking-blocks');
    expect(diagnoseText(stamp(wrapped)).id).toBe('thinking-blocks');
  });

  test('and as Docker Compose prints a service’s log', () => {
    const compose = wrapped
      .split('\n')
      .map((line) => `librechat-api-1  | ${line}`)
      .join('\n');
    expect(diagnoseText(compose).id).toBe('thinking-blocks');
  });

  test('a relay’s own pretty-printed body stays the relay’s', () => {
    // songquanpeng/one-api#1168.
    const relay =
      '{\n\t"error": {\n\t\t"message": "Invalid URL (POST /v1/messages)",\n\t\t"type": "invalid_request_error",\n\t\t"param": "",\n\t\t"code": ""\n\t}\n}';
    expect(diagnoseText(stamp(relay)).id).toBeNull();
  });
});

describe('a body as a web page prints it', () => {
  // songquanpeng/one-api#1168's relay body, and Anthropic's own, with the quotes curled and a zero-width space inside a word.
  const curl = (text: string) => {
    let open = false;
    return text.replace(/"/g, () => {
      open = !open;
      return open ? '\u201c' : '\u201d';
    });
  };

  test('a relay’s OpenAI-shaped body stays the relay’s', () => {
    const relay = '{"error":{"message":"Invalid URL (POST /v1/messages)","type":"invalid_request_error","param":"","code":""}}';
    expect(diagnoseText(curl(relay)).id).toBeNull();
  });

  test('Anthropic’s body still names its family, its type broken up or not', () => {
    const own = '{"type":"error","error":{"type":"rate_limit_error","message":"Something new"}}';
    expect(diagnoseText(curl(own)).id).toBe('rate-limited');
    const broken = '{"type":"error","error":{"type":"not_\u200bfound_\u200berror","message":"Something new"}}';
    expect(diagnoseText(broken).id).toBe('model-not-found');
  });
});
