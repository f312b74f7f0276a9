// More lines read from the npm packages people run between themselves and Claude (stop 36): chat apps and agent
// frameworks, gateways and proxies, each with the control that keeps it narrow.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

describe('a tool’s own check that no Anthropic key is set', () => {
  test.each([
    ['elizaOS’s start-up warning', 'ANTHROPIC_API_KEY is not set in environment - Anthropic functionality will be limited'],
    ['elizaOS’s form check', 'Anthropic API key is too short'],
    ['Genkit’s plugin', 'Please pass in the API key or set the ANTHROPIC_API_KEY environment variable'],
    ['VoltAgent’s model string', 'Missing API key for "anthropic". Set process.env.ANTHROPIC_API_KEY.'],
    [
      'token.js’s handler',
      "InputError: No Anthropic API key detected. Please define an 'ANTHROPIC_API_KEY' environment variable or supply the API key using the 'apiKey' parameter.",
    ],
    [
      'elizaOS’s retelling of a 401',
      '[Anthropic] TEXT_LARGE request using claude-sonnet-4-5 failed: Authentication failed. Check the configured Anthropic API key.',
    ],
  ])('%s is the API-key guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('invalid-api-key');
  });

  test.each([
    ['the same check for OpenAI’s key', 'OPENAI_API_KEY is not set in environment - OpenAI functionality will be limited'],
    ['a key that is set but has no credits', 'When the `anthropic_api_key` is valid but has no credits, the action fails'],
  ])('%s is not', (_, paste) => {
    expect(diagnoseText(paste).id).not.toBe('invalid-api-key');
  });
});

describe('elizaOS’s Anthropic plugin', () => {
  test('a Claude login with no token it can read is the expired-login guide', () => {
    const paste =
      '[Anthropic] Could not read Claude OAuth token. Either set CLAUDE_CODE_OAUTH_TOKEN env var (via `claude setup-token`), or ensure Claude Code is authenticated (run `claude auth login`).';
    expect(diagnoseText(paste).id).toBe('oauth-token-expired');
  });

  test('its retelling of a 5xx is the server-error guide, not the model-availability one', () => {
    const paste = '[Anthropic] TEXT_LARGE request using claude-opus-4-5 failed: Anthropic is temporarily unavailable. Retry in a moment.';
    expect(diagnoseText(paste).id).toBe('internal-server-error');
  });
});

describe('Amazon Bedrock’s runtime exceptions as Anthropic’s Bedrock SDK passes them on', () => {
  test.each([
    [
      'a broken stream in Anthropic’s shape',
      '{"type":"error","error":{"type":"modelStreamErrorException","message":"Model stream error"}}',
      'internal-server-error',
    ],
    [
      'a model timeout in Anthropic’s shape',
      '{"type":"error","error":{"type":"modelTimeoutException","message":"Model has timed out in processing the request. Try your request again."}}',
      'internal-server-error',
    ],
    ['a broken stream by name (0.12)', 'APIConnectionError: ModelStreamErrorException', 'internal-server-error'],
    ['a throttle by name (0.26)', 'APIConnectionError: ThrottlingException', 'rate-limited'],
  ])('%s names its guide', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test('the SDK’s own connection error with nothing of Bedrock stays the connection guide', () => {
    expect(diagnoseText('APIConnectionError: Connection error.').id).toBe('connection-error');
  });
});

describe('Portkey’s gateway rewrapping Anthropic’s error in OpenAI’s shape', () => {
  test.each([
    [
      'a 404 for a model id',
      '{"error":{"message":"anthropic error: model: claude-sonnet-4-5-20250930","type":"not_found_error","param":null,"code":null},"provider":"anthropic"}',
      'model-not-found',
    ],
    [
      'a 500',
      '{"error":{"message":"anthropic error: Internal server error","type":"api_error","param":null,"code":null},"provider":"anthropic"}',
      'internal-server-error',
    ],
  ])('%s names its guide', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test('the same wrapper around OpenAI’s 500 names nothing', () => {
    const paste = '{"error":{"message":"openai error: Internal server error","type":"api_error","param":null,"code":null},"provider":"openai"}';
    expect(diagnoseText(paste).id).toBeNull();
  });
});

describe('a tool’s report that names its model after an error prefix', () => {
  test('is not the API’s 404 message (Inngest’s bare "Error: model: claude-…" was left out for this)', () => {
    const paste = 'Error: Model: Claude 3.7 Sonnet (Bedrock)\nProvider: bedrock\nStatus Code: N/A';
    expect(diagnoseText(paste).id).not.toBe('model-not-found');
  });
});

describe('connections and timeouts that tools retell', () => {
  test.each([
    [
      'llm-router’s failed call with a Claude login',
      '{"type":"error","error":{"type":"api_error","message":"Claude Code OAuth API network error: fetch failed"}}',
    ],
    [
      'Claude Code Router’s unreachable Anthropic',
      'API Error: 502 {"error": {"message": "All target providers failed.", "target_providers": ["anthropic"], "attempts": [{"provider": "anthropic", "stage": "upstream_connect", "message": "Failed to reach upstream provider.", "status": 502}]}}',
    ],
    [
      'LangChain’s Bedrock stream for Claude',
      'Error: Bedrock Converse timed out after 30000 ms while waiting for the next chunk. (model: us.anthropic.claude-sonnet-4-5-20250929-v1:0)',
    ],
  ])('%s is the connection guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('connection-error');
  });

  test.each([
    [
      'Claude Code Router’s unreachable DeepSeek',
      'API Error: 502 {"error": {"message": "All target providers failed.", "target_providers": ["deepseek"], "attempts": [{"provider": "deepseek", "stage": "upstream_connect", "message": "Failed to reach upstream provider.", "status": 502}]}}',
    ],
    [
      'LangChain’s Bedrock stream for Llama',
      'Error: Bedrock Converse timed out after 30000 ms while waiting for the next chunk. (model: us.meta.llama3-2-90b-instruct-v1:0)',
    ],
  ])('%s is not', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });
});

describe('OpenClaw’s earlier context line (openclaw-cn 2026.1.31)', () => {
  const line = '⚠️ Context overflow — prompt too large for this model. Try a shorter message or a larger-context model.';

  test('with Claude named it is the prompt-length guide', () => {
    expect(diagnoseText(`${line}\nmodel: anthropic/claude-opus-4-5`).id).toBe('prompt-too-long');
  });

  test('alone it names nothing', () => {
    expect(diagnoseText(line).id).toBeNull();
  });
});

describe('proxies’ and other providers’ own errors in Claude’s words or shapes', () => {
  test.each([
    ['antigravity-claude-proxy’s empty pool', '{"type":"error","error":{"type":"api_error","message":"No accounts available"}}', 'the relay'],
    [
      'its log of a spent pool',
      '[Server] All accounts rate-limited for claude-sonnet-4-5-thinking. Resetting state for optimistic retry.',
      'the relay',
    ],
    ['better-ccflare’s key check', '{"type":"error","error":{"type":"authentication_error","message":"Authentication service error"}}', 'the relay'],
    [
      'llm-router’s spent fallbacks',
      '{"type":"error","error":{"type":"api_error","message":"All providers failed. status=429 category=rate_limit"}}',
      'the relay',
    ],
    [
      'ccs’s proxy timing out',
      'API Error: 504 {"error":{"type":"timeout_error","message":"Request timed out. The upstream server took too long to respond."}}',
      'the relay',
    ],
    [
      'ccs’s proxy unable to connect',
      'API Error: 502 {"error":{"type":"connection_error","message":"Failed to connect to upstream server. Please check your network and ANTHROPIC_BASE_URL configuration."}}',
      'the relay',
    ],
    [
      'ccs’s proxy refusing its token',
      'API Error: 403 {"error":{"type":"permission_error","message":"Access forbidden. Your token may not have permission to access this resource."}}',
      'the relay',
    ],
    [
      'ccs’s dashboard over a spent account',
      'Rate Limited. Switch to a different account or wait for quota reset. Model claude-sonnet-4-5 has exhausted quota.',
      'the relay',
    ],
    [
      'Portkey’s own timeout',
      '{"error":{"message":"Request exceeded the timeout sent in the request: 30000ms","type":"timeout_error","param":null,"code":null}}',
      'the relay',
    ],
    ['Ollama’s local store', 'ResponseError: model "claude-sonnet-4-5" not found, try pulling it first', 'Ollama'],
    ['Dust’s workspace limit', 'DustRateLimitError [rate_limit_error]: You have reached the rate limit for this workspace. (status: 429)', 'Dust'],
    ['Dust’s key check', 'DustAuthenticationError [authentication_error]: The API key provided is invalid. (status: 401)', 'Dust'],
    [
      'Together’s SDK timing out',
      'APIConnectionTimeoutError: Request timed out.\n    at Together.makeRequest (/srv/node_modules/together-ai/src/core.ts:398:15)',
      'Together AI',
    ],
  ])('%s is named as theirs', (_, paste, vendor) => {
    const diagnosis = diagnoseText(paste);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe(vendor);
  });

  test('the Anthropic SDK’s own timeout is still the connection guide', () => {
    const paste =
      'APIConnectionTimeoutError: Request timed out.\n    at Anthropic.makeRequest (/srv/node_modules/@anthropic-ai/sdk/src/core.ts:398:15)';
    expect(diagnoseText(paste).id).toBe('connection-error');
  });
});

describe('Claude Code 2.1.337’s new lines (the binary in the Claude Agent SDK 0.3.337)', () => {
  test.each([
    [
      'a Console organization’s empty balance, for its payer',
      'Your organization is out of usage credits for Claude Code · Add credits: https://platform.claude.com/settings/billing',
      'api-credit-too-low',
    ],
    [
      'the same for a reader of unknown role',
      'Out of usage credits for Claude Code · Whoever manages billing can add credits: https://platform.claude.com/settings/billing?action=add_credits',
      'api-credit-too-low',
    ],
    ['a stream cut off when usage credits ran out', 'API Error: Usage credits ran out before the response was finished.', 'out-of-extra-usage'],
    ['its own monthly limit in /usage-credits', 'You’ve hit your monthly limit — raise it below, or it resets next month.', 'spend-limit-reached'],
    [
      'the organization’s cap in /usage-credits',
      "Your organization's usage credit cap is reached for this period. Contact your admin to raise it.",
      'org-spend-limit-reached',
    ],
    ['automatic continue after a spent window', 'Usage limit reached again · set to continue automatically at 3pm', 'plan-usage-limit'],
    [
      'automatic continue given up',
      'Automatic continue stopped · the usage limit now resets more than 24 hours out, so this task will not resume on its own (/rate-limit-options to wait anyway)',
      'plan-usage-limit',
    ],
    ['usage paused for the organization', 'Usage is paused for your organization. For help, please contact support.', 'organization-disabled'],
    ['a goal stopped by that pause', 'Goal paused · usage is paused for your organization', 'organization-disabled'],
    ['a refused login at the policy check', 'Your Claude session has expired. Sign in again to continue (claude auth login).', 'oauth-token-expired'],
    [
      'its /status line for a refused credential',
      "api.anthropic.com rejected this session's credentials (HTTP 401) · Fix: sign in again or check the API key this session uses",
      'invalid-api-key',
    ],
    [
      'no fallback model to compact into after a refusal',
      'Compaction unavailable: the only model allowed after this refusal has a smaller context window · retry, or /model to change models',
      'safety-refusal',
    ],
  ])('%s names its guide', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test('the claude.ai organization’s empty balance stays the add-more guide', () => {
    expect(diagnoseText('Your organization is out of usage credits. Contact your admin to add more.').id).toBe('org-add-more');
  });

  test('an AWS login that expired, in the same binary, is not Claude’s', () => {
    expect(diagnoseText('Your session has expired. Please reauthenticate.').id).toBeNull();
  });
});

describe('wrappers of Claude Code with no login', () => {
  test.each([
    ['the AI SDK’s Claude Code provider', 'AI_LoadAPIKeyError: Authentication failed. Please ensure Claude Code SDK is properly authenticated.'],
    ['claude-max-api-proxy', "Not authenticated\nRun 'claude auth login' to authenticate with your Claude Max account"],
  ])('%s is the API-key guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('invalid-api-key');
  });
});

describe('Factory’s droid retelling any provider’s errors (@factory/cli-linux-x64 0.99.0 and 0.225.2)', () => {
  test.each([
    ['its overload line', 'This LLM provider is currently overloaded. Please switch to a different model and try again.', 'overloaded'],
    ['its high-demand line', 'The service is currently experiencing high demand. Please try again in a moment.', 'rate-limited'],
    ['its context line', 'Context limit exceeded. Please remove some context and try again.', 'prompt-too-long'],
    [
      'its internal-error line',
      'Model provider failed with an internal error. Please switch to a different model and try again.',
      'internal-server-error',
    ],
    [
      'its switch after a refusal',
      'Request blocked by model provider safety checks. Please modify your request and avoid high-risk cyber activity instructions.',
      'safety-refusal',
    ],
    ['its timeout', 'The AI model timed out. Please retry or switch models with /model.', 'connection-error'],
  ])('%s with Claude named names its guide', (_, line, id) => {
    expect(diagnoseText(`${line}\nmodel: claude-sonnet-4-5`).id).toBe(id);
  });

  test.each([
    ['its overload line alone', 'This LLM provider is currently overloaded. Please switch to a different model and try again.'],
    [
      'its switch after another provider’s refusal',
      "gpt-5's safety checks blocked this request. You have been switched to gpt-5-mini to continue this session.",
    ],
  ])('%s names nothing', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });

  test('its switch after Claude’s refusal is the refusal guide', () => {
    const paste = "claude-opus-4-5's safety checks blocked this request. You have been switched to claude-sonnet-4-5 to continue this session.";
    expect(diagnoseText(paste).id).toBe('safety-refusal');
  });

  test('TLS to Anthropic’s host that fails is the connection guide', () => {
    const paste =
      'Unable to establish a secure connection to https://api.anthropic.com. This may be caused by SSL inspection or a certificate configuration issue.';
    expect(diagnoseText(paste).id).toBe('connection-error');
  });

  test('a relay’s weekly quota it quotes is the relay’s', () => {
    const diagnosis = diagnoseText('BYOK Error: 429 Weekly limit exhausted. Your limit will reset at 2026-12-08 00:00 UTC.');
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('the relay');
  });
});

describe('an envelope whose message a relay wrote in Chinese, Japanese or Korean', () => {
  test.each([
    [
      'claude-relay-service’s key check (#848)',
      '更新242后,突然报错 {"error":{"type":"permission_error","message":"此 API Key 无权访问 Claude 服务"}}',
    ],
    [
      'a pool at capacity as a 429',
      'API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"当前分组上游负载已饱和，请稍后再试"}}',
    ],
    ['a Japanese message', 'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"トークンが無効です"}}'],
  ])('%s: its type names no guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });

  test.each([
    [
      'Anthropic’s message after a relay’s prefix in Chinese',
      'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"上游错误: prompt is too long: 250000 tokens > 200000 maximum"}}',
      'prompt-too-long',
    ],
    [
      'Anthropic’s own message with Chinese around the body',
      '报错 API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
      'overloaded',
    ],
    [
      'a new English message of the same type',
      'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"The token you sent could not be verified"}}',
      'invalid-api-key',
    ],
  ])('%s still names its guide', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });
});

describe('a tool’s report naming Anthropic as its provider', () => {
  test('does not make another service’s credit notice Anthropic’s', () => {
    const paste =
      'Model: Claude Sonnet 4.5\nProvider: anthropic (continue-proxy)\nStatus Code: 402\n\n{"error":{"message":"You have no credits remaining on your Continue account.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}';
    expect(diagnoseText(paste).id).toBeNull();
  });

  test('does not make the OpenAI-shaped error of that tool’s own proxy Anthropic’s', () => {
    const paste =
      'Provider: anthropic (continue-proxy)\nStatus Code: 500\n{"error":{"message":"Internal error in the proxy","type":"api_error","param":null,"code":null}}';
    expect(diagnoseText(paste).id).toBeNull();
  });
});

describe('Claude Code 2.1.337’s warnings before a limit is reached (its binary)', () => {
  test.each([
    ['a 5-hour window, as a share used', 'Over 90% of your 5-hour limit used · resets 5pm', 'plan-usage-limit'],
    ['a weekly window, as a share used', 'Over 75% of your weekly limit used · resets Mon 9am', 'plan-usage-limit'],
    ['a weekly window, approaching', 'Approaching weekly limit · resets Mon 9am', 'plan-usage-limit'],
    ['the Fable cap, as a share used', 'Over 90% of your Fable limit used', 'model-limit'],
    ['the Opus cap, with its reset', "You've used 90% of your Opus limit · resets Mon 9am", 'model-limit'],
    ['the Sonnet cap, approaching', 'Approaching Sonnet limit · resets Mon 9am', 'model-limit'],
    ['usage credits near their monthly limit', 'Over 90% of your usage credit limit used', 'spend-limit-reached'],
    ['usage credits close to their monthly limit', "You're close to your usage credit limit", 'spend-limit-reached'],
  ])('%s names its guide by its words', (_, paste, id) => {
    const diagnosis = diagnoseText(paste);
    expect(diagnosis.id).toBe(id);
    expect(diagnosis.basis).toBe('message');
  });

  test.each([
    ['Codex’s weekly warning', "⚠ Heads up, you've used over 90% of your weekly limit. Run /status for a breakdown."],
    ['Codex’s 5h warning', "You've used 95% of your 5h limit"],
  ])('%s, worded alike, names no guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });
});

describe('OpenClaw 2026.9.6’s own copy of a refusal (its dist)', () => {
  test.each([
    [
      'its rewording of too many cache_control blocks',
      'LLM request rejected: provider allows at most 4 cache_control blocks; the request contained 5.',
      'too-many-cache-breakpoints',
    ],
    [
      'its rewording of a max_tokens above the model’s',
      'LLM request rejected: configured maxTokens is 64000, above the provider maximum of 32000. Lower maxTokens and try again.',
      'max-tokens-too-large',
    ],
    [
      'a tool call sent without its input',
      'Session history looks corrupted (tool call input missing). Use /new to start a fresh session. If this keeps happening, reset the session or delete the corrupted session transcript.',
      'openclaw-schema-rejected',
    ],
    [
      'the billing pause in its fallback summary',
      'All models failed (1): anthropic/claude-opus-5: Provider anthropic is in cooldown (billing)',
      'openclaw-billing-error',
    ],
  ])('%s names its guide', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test('the same pause for another provider is that provider’s', () => {
    const diagnosis = diagnoseText('Provider openai is in cooldown (billing)');
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('OpenAI');
  });
});
