// The rules of round 7's seen misses, each from the real paste: words any tool prints, counted where Claude is named; a
// router passing on the error of a provider that serves Claude; Claude Code's model picker.
import { describe, expect, test } from 'vitest';
import { compileMatcherData } from '../../src/matcher/compile.ts';
import { readMatcherData } from '../../src/matcher/read-data.ts';
import { data, diagnoseText, evidenceWords } from './matcher-helpers.ts';

describe('words any tool prints, where the paste names Claude or Anthropic', () => {
  test('"Rate Limited by Anthropic" is the rate limit, said to be the kind only (PRQELT/Autonomix#8)', () => {
    const text = 'On every request I get the error "Rate Limited by Anthropic"\nThe only requests I have tried are ones from the readme.';
    const diagnosis = diagnoseText(text);
    expect(diagnosis).toMatchObject({ id: 'rate-limited', basis: 'family', confidence: 0.5 });
    expect(evidenceWords(text, diagnosis)).toEqual(['Rate Limited']);
    // Without Claude or Anthropic named, the same words are anyone's.
    expect(diagnoseText('On every request I get the error "Rate Limited"').id).toBeNull();
  });

  test('n8n’s timeout for its Anthropic node is a connection error; its own words alone are not (n8n-io/n8n#32927)', () => {
    const text =
      '{\n  "errorMessage": "The connection timed out, consider setting the \'Retry on Fail\' option in the node settings [item 3]",\n  "errorDetails": {\n    "rawErrorMessage": [\n      "connect ETIMEDOUT 160.79.104.10:443"\n    ]\n  },\n  "n8nDetails": {\n    "nodeName": "Key Points Extraction Prompt",\n    "nodeType": "@n8n/n8n-nodes-langchain.anthropic"';
    expect(diagnoseText(text)).toMatchObject({ id: 'connection-error', basis: 'family' });
    expect(diagnoseText(text.replace('langchain.anthropic', 'langchain.lmChatOllama').replace('160.79.104.10', '10.0.0.7')).id).toBeNull();
  });

  test('the API’s own inbound addresses (160.79.104.0/23) name Anthropic; another address does not', () => {
    expect(diagnoseText('Error: connect ETIMEDOUT 160.79.104.10:443').id).toBe('connection-error');
    expect(diagnoseText('Error: connect ECONNREFUSED 160.79.105.3:443').id).toBe('connection-error');
    expect(diagnoseText('Error: connect ETIMEDOUT 160.79.106.10:443').id).toBeNull();
    expect(diagnoseText('Error: connect ETIMEDOUT 10.79.104.10:443').id).toBeNull();
  });

  test('each kind has its words, and each needs the mark', () => {
    const cases: [string, string][] = [
      ['Claude is overloaded, try again later', 'overloaded'],
      ['Error: Anthropic API key is invalid', 'invalid-api-key'],
      ['Claude API returned 401 Unauthorized', 'invalid-api-key'],
      ['anthropic: 500 Internal Server Error', 'internal-server-error'],
      ['Claude: context window exceeded', 'prompt-too-long'],
      ['Anthropic: model not found (claude-sonnet-9)', 'model-not-found'],
      ['Anthropic request failed: socket hang up', 'connection-error'],
      ['Claude: 429 Too Many Requests', 'rate-limited'],
      ['anthropic rate limit reached, retrying in 30s', 'rate-limited'],
      ['Claude API: 403 Forbidden', 'permission-denied'],
      ['Anthropic call failed: TypeError: fetch failed', 'connection-error'],
      ['claude-sonnet-4-5: 413 Request Entity Too Large', 'request-too-large'],
      ['Anthropic proxy: payload too large', 'request-too-large'],
    ];
    for (const [text, id] of cases) {
      expect(diagnoseText(text), text).toMatchObject({ id, basis: 'family', confidence: 0.5 });
      expect(diagnoseText(text.replace(/claude|anthropic|sonnet|opus|haiku/gi, 'Acme')).id, text).toBeNull();
    }
  });

  test('another provider’s words take the guess away', () => {
    expect(diagnoseText('Claude works, but api.openai.com says: rate limit exceeded').id).toBeNull();
    expect(diagnoseText('Moved from Claude to DeepSeek: 402 Insufficient Balance, then overloaded').id).toBeNull();
  });

  test('a known message still wins over the guess, and stays a message match', () => {
    const text =
      'Anthropic is overloaded: {"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your account\'s rate limit. Please try again later."}}';
    expect(diagnoseText(text)).toMatchObject({ id: 'rate-limited', basis: 'message' });
  });
});

describe('a router passing on the error of a provider that serves Claude', () => {
  const nagobot =
    'provider error: request failed: POST "https://openrouter.ai/api/v1/chat/completions": 400 Bad Request {"message":"Provider returned error","code":400,"metadata":{"raw":"{\\"message\\":\\"messages.7.content.2: Invalid signature in thinking block\\"}","provider_name":"Amazon Bedrock","is_byok":false}}';

  test('OpenRouter’s raw Claude message from Amazon Bedrock is Claude’s (linanwx/nagobot#21)', () => {
    expect(diagnoseText(nagobot)).toMatchObject({ id: 'thinking-blocks', basis: 'message' });
  });

  test('from a provider that does not serve Claude, the same body is OpenRouter’s', () => {
    const diagnosis = diagnoseText(nagobot.replace('Amazon Bedrock', 'Nvidia'));
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('OpenRouter');
  });

  test('the router still owns its generic words, even from Anthropic', () => {
    const text =
      'POST "https://openrouter.ai/api/v1/chat/completions": 429 {"message":"Provider returned error","code":429,"metadata":{"raw":"Rate limited upstream","provider_name":"Anthropic"}}';
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('OpenRouter');
  });
});

describe('other providers’ words in Claude’s shapes (round 8)', () => {
  test('a tool set to another provider ("provider：deepseek-v4-pro") makes a Claude-worded message that provider’s (Hmbown/Codewhale#4329)', () => {
    const text =
      'Warn Anthropic API error (HTTP 400 Bad Request invalid_request_error): messages.1:`tool_use` ids were found without `tool_result` blocks immediately after: call_01_sfm5xVspRVRx1TAWyJtV8612. Each `tool_use` block must have a corresponding `tool_result` block in the next message.\nprovider：deepseek-v4-pro';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'DeepSeek' } });
    // Named in prose after the message, the provider claims nothing before it.
    expect(diagnoseText(text.replace('provider：deepseek-v4-pro', 'I also tried deepseek-v4-pro')).id).toBe('tool-result-mismatch');
  });

  test('"Provider: Groq" in a report makes Claude Code’s size line Groq’s (Gitlawb/openclaude#736)', () => {
    const text =
      'Error, Request too large (max 20MB). Double press esc to go back and try with a smaller file."\n\n## Environment\n\n- Provider: Groq\n- Model: llama-3.3-70b-versatile';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'Groq' } });
    expect(diagnoseText(text.replace('Provider: Groq', 'Provider: anthropic')).id).toBe('request-too-large');
  });

  test('Kimi Code’s host and its 401 wording are Kimi’s (earendil-works/pi#7319)', () => {
    const text =
      'With the built-in **kimi-coding** provider (Kimi Code subscription OAuth → `https://api.kimi.com/coding`), Pi intermittently surfaces:\n\nError: 401 {"error":{"type":"authentication_error","message":"The API Key appears to be invalid or may have expired. Please verify your credentials and try again."},"type":"error"}';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'Moonshot (Kimi)' } });
  });

  test('GitHub Copilot’s own codes are Copilot’s (ericc-ch/copilot-api#139, microsoft/vscode-copilot-release#11001)', () => {
    const unsupported =
      " ERROR  HTTP error: { error:\n   { message: 'The requested model is not supported.',\n     code: 'model_not_supported',\n     param: 'model',\n     type: 'invalid_request_error' } }\n\n--> POST /v1/messages?beta=true 400 833ms";
    expect(diagnoseText(unsupported)).toMatchObject({ id: null, facts: { vendor: 'GitHub Copilot' } });
    const limited =
      'Sorry, you have been rate-limited. Please wait a moment before trying again. Learn More\n\nServer Error: Claude Sonnet 4 is currently experiencing high demand. Please try another model for the moment. Error Code: claude4_rate_limit_exceeded';
    expect(diagnoseText(limited)).toMatchObject({ id: null, facts: { vendor: 'GitHub Copilot' } });
  });

  test('DashScope’s invalid_parameter_error behind a router is not Claude’s (musistudio/claude-code-router#1221)', () => {
    const text =
      '{"type":"api_error","message":"{"code":"invalid_parameter_error","param":null,"message":"Input error. Input should be a valid string: input.messages.0.content","type":"invalid_request_error"}"}';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'Alibaba (Qwen)' } });
  });
});

describe('round 9’s seen misses', () => {
  test('Kimi’s cap on tools, its body wrapped over two lines, is Kimi’s (MoonshotAI/Kimi-K2#90)', () => {
    const text =
      '路由使用kimi2 配置 kimi-for-coding\nclaude code 调用显示:\nAPI Error: 400 {"error":{"type":"invalid_request_error","message":"a max of 128 tools can be \n     supported"},"type":"error"}';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'Moonshot (Kimi)' } });
  });

  test('a relay’s empty account pool dressed as an overload is the relay’s, its body pretty-printed (lbjlaq/Antigravity-Manager#2234)', () => {
    const body = (message: string) =>
      `使用cc调用返回API Error: Repeated 529 Overloaded errors， 实际返回：\n{\n  "type": "error",\n  "error": {\n    "type": "overloaded_error",\n    "message": "${message}"\n  }\n}`;
    expect(diagnoseText(body('No available accounts: All accounts failed or unhealthy.'))).toMatchObject({
      id: null,
      facts: { vendor: 'the relay' },
    });
    expect(diagnoseText(body('Overloaded')).id).toBe('overloaded');
  });

  test('Bedrock’s max-tokens wording is Claude’s only where Bedrock shows (danny-avila/LibreChat#6494)', () => {
    const text =
      '"message": "[handleAbortError] AI response error; aborting request: The maximum tokens you requested exceeds the model limit of 5120. Try again with a maximum tokens value that is lower than 5120.",\n  "name": "ValidationException",';
    expect(diagnoseText(text).id).toBeNull();
    expect(diagnoseText(`${text}\n  "modelId": "anthropic.claude-3-5-haiku-20241022-v1:0"`).id).toBe('max-tokens-too-large');
  });

  test('the disabled organization named in prose, and a deprecated temperature retyped (anthropics/claude-code#5088, pgermishuys/opencode-weave#41)', () => {
    expect(diagnoseText('I discovered one cause of the "organization has been disabled" error that might help some of you.').id).toBe(
      'organization-disabled',
    );
    expect(diagnoseText('The error is:\n\ntemperature is deprecated in this model').id).toBe('temperature-and-top-p');
  });
});

describe('round 10’s seen misses', () => {
  test('a login token refused outright is the expired or revoked login (anthropics/claude-code-action#1614, anthropics/claude-code#84903)', () => {
    const action =
      '"error_status": 401,\n"error": "authentication_failed",\n"terminal_reason": "api_error",\n"result": "Failed to authenticate. API Error: 401 OAuth access token is invalid."';
    expect(diagnoseText(action).id).toBe('oauth-token-expired');
    const bearer = 'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"Invalid bearer token"}}';
    expect(diagnoseText(bearer)).toMatchObject({ id: 'oauth-token-expired', basis: 'message' });
    // A new 401 message still falls to the family, the invalid key.
    expect(diagnoseText(bearer.replace('Invalid bearer token', 'Something new')).id).toBe('invalid-api-key');
  });

  test('Claude Code Review’s skipped review is the organization’s spend limit (anthropics/claude-code#39678)', () => {
    const text =
      "> ⚠️ Code review skipped — your organization's overage spend limit has been reached.\n>\n> Code review is billed via overage credits. To resume reviews, an organization admin can raise the monthly limit at claude.ai/admin-settings/claude-code.";
    expect(diagnoseText(text).id).toBe('org-spend-limit-reached');
  });

  test('Claude 2’s text-completion format refused on Bedrock is a malformed request (build-on-aws/amazon-bedrock-custom-langchain-agent#1)', () => {
    const text =
      'ValueError: Error raised by bedrock service: An error occurred (ValidationException) when calling the InvokeModel operation: Invalid prompt: prompt must start with " Human:" turn, prompt must end with " Assistant:" turn';
    expect(diagnoseText(text).id).toBe('invalid-request');
  });
});

describe('round 11’s seen misses', () => {
  test('a revoked login token, worded with "access", is the expired or revoked login (vm0-ai/vm0#29128, KarpelesLab/teamclaude#136)', () => {
    expect(diagnoseText('Failed to authenticate. API Error: 401 OAuth access token has been revoked.').id).toBe('oauth-token-expired');
    const body = '401 {"type":"error","error":{"type":"authentication_error",\n     "message":"OAuth access token has been revoked"}}';
    expect(diagnoseText(body)).toMatchObject({ id: 'oauth-token-expired', basis: 'message' });
  });

  test('Bedrock’s Converse wording for missing tool results is the tool mismatch (RooCodeInc/Roo-Code#10015)', () => {
    const text =
      'ApiError: undefined: Expected toolResult blocks at messages.8.content for the following Ids: toolu_01HqaicajCMgEJ78exc2Wwmg, toolu_01RaoEkKUYn1rErRxepLQGZD';
    expect(diagnoseText(text).id).toBe('tool-result-mismatch');
  });
});

describe('round 12’s seen misses', () => {
  test('Z.ai’s balance code and DeepSeek’s thinking mode, in Claude’s shapes, are theirs (zai-org/feedback#789, Alishahryar1/free-claude-code#1327)', () => {
    const zai =
      '{"type":"error","error":{"type":"rate_limit_error","code":"1113","message":"[1113][Insufficient balance or no resource package. Please recharge.][20260922232915e8288c66f9ff4aaa]"}';
    expect(diagnoseText(zai)).toMatchObject({ id: null, facts: { vendor: 'Zhipu (GLM)' } });
    const deepseek =
      'Upstream error:\n  {"param":null,"type":"invalid_request_error","code":"invalid_request_error","message":"Error from provider\n  (Console): Upstream request failed: [invalid_request_error] The `reasoning_content` in the thinking mode must\n  be passed back to the API."}';
    expect(diagnoseText(deepseek)).toMatchObject({ id: null, facts: { vendor: 'DeepSeek' } });
  });

  test('Bedrock’s blank ContentBlock is the empty text block where Bedrock shows (BerriAI/litellm#7169)', () => {
    const message = 'The text field in the ContentBlock object at messages.7.content.0 is blank.';
    expect(diagnoseText(`litellm.BadRequestError: BedrockException - {"message":"${message}"}`).id).toBe('empty-text-block');
    expect(diagnoseText(message).id).toBeNull();
  });

  test('"Request size exceeds model context window" with its 413 is the prompt too long (anthropics/claude-code#6358)', () => {
    const text = 'Error: 413 {"type":"error","error":{"type":"invalid_request_error","message":"Request size exceeds model context window"}}';
    expect(diagnoseText(text).id).toBe('prompt-too-long');
  });

  test('Claude Code’s "API Error (Request timed out.)" retry line is a connection that got no answer (anthropics/claude-code#5785)', () => {
    expect(diagnoseText('API Error (Request timed out.) · Retrying in 1 seconds… (attempt 1/10)').id).toBe('connection-error');
  });
});

describe('gateways and Google’s own words', () => {
  test('Cloudflare’s 502 page in front of the API, with Claude named, is a server error (continuedev/continue#12769)', () => {
    const text =
      '**Error Details**\n\nModel: Claude Sonnet 4\nProvider: anthropic\nStatus Code: 502\n\n**Error Output**\n```\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>cloudflare</center>\n</body>\n</html>\n```';
    expect(diagnoseText(text)).toMatchObject({ id: 'internal-server-error', basis: 'family' });
    expect(diagnoseText(text.replace('Claude Sonnet 4', 'Llama 3').replace('anthropic', 'ollama')).id).toBeNull();
  });

  test('Google’s INVALID_ARGUMENT behind a proxy is Google’s, unless a Claude model on Vertex AI is named (badrisnarayanan/antigravity-claude-proxy#346)', () => {
    const text =
      'API Error: 400 invalid_request_error: { "error": { "code": 400, "message": "Request contains an invalid argument.",\n  "status": "INVALID_ARGUMENT" } }';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'Google Gemini' } });
    expect(diagnoseText(`${text}\nmodel: publishers/anthropic/models/claude-sonnet-4`).id).toBe('invalid-request');
  });
});

describe('a request field refused in the validator’s words', () => {
  test('a Messages API field path before "Field required" is a bad request, with or without its body (anthropics/claude-code#31026)', () => {
    const bare = 'messages.3.content.0.tool_result.content.0.type: Field required';
    expect(diagnoseText(`Error: ${bare}`)).toMatchObject({ id: 'invalid-request', basis: 'family', facts: { errorType: 'invalid_request_error' } });
    const body = `API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"{\\"message\\":\\"${bare}\\"}"},"`;
    expect(diagnoseText(body).id).toBe('invalid-request');
  });

  test('the refusal is the evidence, and another provider named in prose elsewhere does not take it away', () => {
    const text = 'Moving this agent from OpenAI to Claude.\nNow every call fails:\nmessages.1.content.0.text: Field required';
    const diagnosis = diagnoseText(text);
    expect(diagnosis).toMatchObject({ id: 'invalid-request', basis: 'family' });
    expect(evidenceWords(text, diagnosis)).toEqual(['messages.1.content.0.text: Field required']);
  });

  test('the validator’s other words count too, on any top-level field', () => {
    for (const text of [
      'max_tokens: Input should be a valid integer',
      "system.0.cache_control.ttl: Input should be '5m' or '1h'",
      "tool_choice.type: Input tag 'none' found using 'type' does not match any of the expected tags",
      'messages.0.content: List should have at least 1 item after validation',
    ])
      expect(diagnoseText(text).id, text).toBe('invalid-request');
  });

  test('a field the Messages API does not have, or another validator’s form, is not the API’s', () => {
    // FastAPI's own 422 ("body.text") and an app's own schema are not Claude's.
    expect(diagnoseText('body.text: Field required').id).toBeNull();
    expect(diagnoseText('questions.0.text: Field required').id).toBeNull();
    // The path must be a field's whole name, not the end of another word.
    expect(diagnoseText('custom_messages.0.text: Field required').id).toBeNull();
    // DashScope words it the other way round, message first.
    expect(diagnoseText('Input error. Input should be a valid string: input.messages.0.content').id).toBeNull();
  });

  test('a known wording still wins: a thinking block without its signature (anthropics/claude-code#26542)', () => {
    expect(diagnoseText('messages.1.content.0.thinking.signature: Field required')).toMatchObject({ id: 'thinking-blocks', basis: 'message' });
  });
});

describe('Claude Code’s model picker', () => {
  test('"No, keep my current model" beside the usage-credits choice is the model that needs credits (anthropics/claude-code#82429)', () => {
    const text =
      '**Steps to reproduce**\n1. Run `/model` in the CLI\n2. Select Fable 5 (`claude-fable-5`)\n3. CLI shows a prompt:\n   ```\n   1. Manage usage credits on claude.ai\n   ❯ 2. No, keep my current model\n   ```';
    expect(diagnoseText(text).id).toBe('model-limit');
  });
});

describe('the new data in served data', () => {
  test('compiled squeezed, flags passed through, and data without the marks cannot be read', () => {
    expect(data.claudeMarks).toEqual(['anthropic', 'claude', 'opus', 'sonnet', 'haiku', 'fable5']);
    expect(data.anthropicMarks).toContain('16079104');
    const openRouter = data.vendors.find((vendor) => vendor.name === 'OpenRouter');
    expect(openRouter?.upstream).toContain('providernameamazonbedrock');
    const guesses = data.variants.flatMap((variant) => variant.phrases.filter((phrase) => phrase.onClaude));
    expect(guesses.length).toBeGreaterThan(5);
    expect(guesses.every((phrase) => phrase.weight < 3)).toBe(true);
    const { claudeMarks: _claudeMarks, ...older } = compileMatcherData([]);
    expect(readMatcherData(older)).toBeUndefined();
    expect(readMatcherData(data)).toBe(data);
  });

  test('an onClaude flag other than true, or upstream words that are not strings, are refused', () => {
    const [variant, ...rest] = data.variants;
    const bad = { ...variant!, phrases: [{ text: 'abc', weight: 1, onClaude: 1 }] };
    expect(readMatcherData({ ...data, variants: [bad, ...rest] })).toBeUndefined();
    const vendors = data.vendors.map((vendor) => (vendor.name === 'OpenRouter' ? { ...vendor, upstream: [3] } : vendor));
    expect(readMatcherData({ ...data, vendors })).toBeUndefined();
  });
});
