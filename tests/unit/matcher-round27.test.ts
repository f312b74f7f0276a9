// The readings of stop 34, from seen pastes of round 27, each with the control that keeps it narrow.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

describe('another provider’s model on Amazon Bedrock', () => {
  const retired = 'ResourceNotFoundException: This model version has reached the end of its life.';

  test.each([
    ['Amazon Nova (BerriAI/litellm#42053)', 'amazon.nova-sonic-v1:0', 'Amazon (Nova, Titan)'],
    ['Meta Llama under a region prefix', 'us.meta.llama3-70b-instruct-v1:0', 'a Llama model host'],
    ['Cohere', 'cohere.command-r-plus-v1:0', 'Cohere'],
    ['Mistral', 'mistral.mistral-large-2402-v1:0', 'Mistral'],
    ['Stability AI', 'stability.sd3-large-v1:0', 'Stability AI'],
  ])('%s named before Bedrock’s retired-model wording gives no Claude guide', (_, model, vendor) => {
    const diagnosis = diagnoseText(`$ aws bedrock get-foundation-model --model-identifier ${model}\n${retired}`);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe(vendor);
  });

  test('a Claude id there keeps the retired-model guide', () => {
    const diagnosis = diagnoseText(`$ aws bedrock get-foundation-model --model-identifier anthropic.claude-3-sonnet-20240229-v1:0\n${retired}`);
    expect(diagnosis.id).toBe('model-not-found');
    expect(diagnosis.facts.vendor).toBeUndefined();
  });

  test('a domain or a word that only starts like a Bedrock id marks no provider', () => {
    const diagnosis = diagnoseText(`See amazon.com, meta.com and stability.ai; invoked on Bedrock.\n${retired}`);
    expect(diagnosis.id).toBe('model-not-found');
    expect(diagnosis.facts.vendor).toBeUndefined();
  });
});

describe('Bedrock’s legacy-model refusal', () => {
  test.each([
    [
      'through the Converse operation (awslabs/llmeter#35)',
      'An error occurred (ResourceNotFoundException) when calling the Converse operation: Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 15 days. Please upgrade to an active model on Amazon Bedrock',
    ],
    [
      'with the exception name alone (fourTheorem/podwhisperer#24)',
      'ResourceNotFoundException\nAccess denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 30 days. Please upgrade to an active model on Amazon Bedrock',
    ],
  ])('%s is the model-availability guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('model-not-available');
  });

  test('the same words away from any cloud are not', () => {
    expect(diagnoseText('This package is marked by provider as legacy; please upgrade.').id).toBeNull();
  });
});

describe('a browser app without the direct-access header', () => {
  test.each([
    [
      'the API’s 401 body (fishjar/kiss-translator#292)',
      '{"url":"https://api.anthropic.com/v1/messages","status":401,"response":{"type":"error","error":{"type":"authentication_error","message":"CORS requests must set \'anthropic-dangerous-direct-browser-access\' header"},"request_id":"xxx"}}',
    ],
    [
      'the sentence inside Chinese text (NitroRCr/AIaW#41)',
      "添加模型以后，使用会报错，CORS requests must set 'anthropic-dangerous-direct-browser-access' header，疑似缺少请求头",
    ],
  ])('%s is the malformed-request guide, not the key guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('invalid-request');
  });

  test('a 401 authentication_error with another message stays the key guide', () => {
    expect(diagnoseText('{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}').id).toBe('invalid-api-key');
  });

  test('another server’s CORS notice is not Claude’s', () => {
    expect(diagnoseText('Access to fetch has been blocked by CORS policy: No Access-Control-Allow-Origin header').id).toBeNull();
  });
});

describe('a usage meter’s own throttle', () => {
  test('a menu-bar meter’s notice (AThevon/TokenEater#161) names the meter, not a Claude limit', () => {
    const diagnosis = diagnoseText('"Usage API rate limited - will retry in ~6h, or run "claude /login" in Claude Code for a fresh token"');
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('a usage meter');
  });

  test('Claude Code’s own rate-limit line still names the guide', () => {
    expect(diagnoseText('API Error: Rate limit reached').id).toBe('rate-limited');
  });
});

describe('older Claude Code clients’ own lines, read from their npm packages', () => {
  test.each([
    ['the 2.0 status line for a key it cannot use', 'Invalid API key · Run /login', 'invalid-api-key'],
    ['the 2.1 line for a login the API refused', 'Not logged in · Please run /login', 'invalid-api-key'],
    ['1.0’s line after repeated 529s on Opus', 'Repeated server overload with Opus model', 'overloaded'],
    ['2.0’s line for the PDF page cap', 'PDF too large. Please double press esc to edit your message and try again.', 'invalid-request'],
    ['2.0’s line for a locked PDF', 'PDF is password protected. Please double press esc to edit your message and try again.', 'invalid-request'],
    [
      '2.0’s spent window that credits could not take, with credits off',
      'Limit reached · resets 5pm (Europe/Berlin) · /upgrade to Max or turn on /extra-usage',
      'plan-usage-limit',
    ],
    [
      '2.0’s spent window that credits could not take, with credits on',
      'Limit reached · resets 5pm (Europe/Berlin) · add funds to continue with extra usage',
      'out-of-extra-usage',
    ],
    ['a window named in that line', '5-hour limit reached · resets 5pm (Europe/Berlin) · add funds to continue with extra usage', 'plan-usage-limit'],
    [
      'a model’s weekly line with the same advice',
      'Opus weekly limit reached · resets Dec 8, 5pm · /upgrade to Max 20x or turn on /extra-usage',
      'model-limit',
    ],
  ])('%s', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test.each([
    ['a login prompt of another tool', 'Not logged in. Please sign in to continue.'],
    ['another tool’s PDF limit', 'PDF too large: the upload limit is 10 MB.'],
  ])('%s is not a Claude error', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });
});

describe('Claude Code 2.1.190 and 2.1.260’s own lines, read from their binaries', () => {
  test.each([
    ['the automatic pause', 'Usage limit reached · continuing automatically when it resets · esc to cancel', 'plan-usage-limit'],
    ['the short pause', 'Usage limit reached · continuing shortly · esc to cancel', 'plan-usage-limit'],
    ['the wrap-up', 'Usage limit reached · finishing up', 'plan-usage-limit'],
    ['the grace before credits', 'Usage limit reached · a little extra on us, then your credits', 'plan-usage-limit'],
    ['the second stop', 'Usage limit reached again after you continued · continuing automatically', 'plan-usage-limit'],
    ['the end of lower-priority mode', 'Lower-priority mode ended · you have reached your weekly usage limit', 'plan-usage-limit'],
    ['the warning before the window ends', 'Approaching your 5-hour usage limit — Claude will wrap up the current step.', 'plan-usage-limit'],
    ['the session banner', 'Approaching session limit · resets 5pm · /extra-usage to request more', 'plan-usage-limit'],
    ['long context without credits', 'Extra usage is required for long context', 'long-context-needs-credits'],
    ['a login the API no longer takes', 'OAuth token expired/revoked', 'oauth-token-expired'],
    ['another process renewing the login', 'Another Claude Code process is refreshing the OAuth token. Retry in a moment.', 'oauth-refresh-failed'],
    ['2.1.100’s prompt-too-long line', 'Context limit reached · /compact or /clear to continue', 'prompt-too-long'],
    ['the same with compacting off', 'Context limit reached · /clear to continue', 'prompt-too-long'],
    ['fast mode’s own limit', 'Fast limit reached and temporarily disabled · resets in 12m', 'fast-mode-needs-credits'],
    ['fast mode out of room', 'Fast mode overloaded and is temporarily unavailable · resets in 3m', 'overloaded'],
  ])('%s', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test.each([
    ['a notice that the window reset', 'Usage limit reset · continuing automatically'],
    ['a notice that credits took over', 'You’re now using usage credits · Your session limit resets 5pm'],
    ['another app’s context notice', 'Context limit reached for this document. Split it into parts.'],
  ])('%s names no guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });
});

describe('more of Claude Code’s own lines across versions (2.0.10, 2.1.100 to 2.1.300)', () => {
  test.each([
    ['2.0’s spent credits cap', 'Spending cap reached ∙ resets Jan 1', 'spend-limit-reached'],
    ['2.0’s line for a Team member', 'Limit reached – contact an admin to keep working', 'plan-usage-limit'],
    ['2.0’s session line for a Team member', 'Session limit reached ∙ contact an admin to keep working', 'plan-usage-limit'],
    ['2.0’s Opus line alone', 'Opus limit reached', 'model-limit'],
    ['2.1’s locked PDF', 'PDF is password protected. Try using a CLI tool to extract or convert the PDF.', 'invalid-request'],
    ['2.1’s unreadable PDF', 'The PDF file was not valid. Double press esc to go back and try again with a different file.', 'invalid-request'],
    ['a token from the environment it cannot use', 'Invalid auth token · Fix external auth token', 'invalid-api-key'],
    ['a named profile whose login lapsed', 'Anthropic profile login expired · Re-authenticate your Anthropic profile', 'oauth-refresh-failed'],
    ['2.1.300’s overload line', 'Fable is experiencing high load. Switch to Sonnet.', 'overloaded'],
    ['2.1.220’s line after the machine slept', 'Connection interrupted by system sleep', 'connection-error'],
    ['2.1.325’s line for a cut stream', 'Connection closed before the response finished', 'connection-error'],
    ['2.1.325’s line after sleep', 'Connection lost while your computer was asleep', 'connection-error'],
    ['2.1.325’s sign-in line', 'Authentication required · Sign in again to continue', 'invalid-api-key'],
    ['2.1.280’s /goal paused by a 429', 'Goal paused · the request was rate limited · send a message to retry', 'rate-limited'],
    [
      '2.1.280’s line with no credential to send',
      "Couldn't attach credentials to the request · Fix: sign in, set the API key this session should use, or check your workload-identity setup",
      'invalid-api-key',
    ],
  ])('%s', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test('the gateway’s own failed sign-in upstream is the gateway’s, not a Claude error', () => {
    const diagnosis = diagnoseText(
      'Authentication error · The gateway could not authenticate with its upstream provider — contact your gateway administrator',
    );
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('your inference gateway');
  });

  test.each([
    ['a budget tool’s cap', 'Budget alert — spending cap reached for Groceries'],
    ['another server’s load notice', 'The server is experiencing high load. Switch to the mirror.'],
    ['another app’s admin notice', 'Your trial has ended. Contact an admin to keep working.'],
    ['another product’s weekly limit', 'You have reached your weekly usage limit.'],
  ])('%s names no guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });
});

describe('OpenClaw’s older copy for any provider’s failure (its 2026.2 to 2026.8 releases)', () => {
  const lines: [string, string, string][] = [
    ['an endpoint it cannot reach', 'LLM request failed: the provider endpoint is unreachable from this host.', 'connection-error'],
    ['a 401', 'Authentication failed at the provider. Re-authenticate and verify your provider credentials and account access.', 'invalid-api-key'],
    [
      'a history the provider refuses',
      'Session history or replay state is invalid. Use /new to start a fresh session and try again.',
      'invalid-request',
    ],
  ];

  test.each(lines)('%s, with Claude named, is its guide', (_, line, id) => {
    expect(diagnoseText(`Model: anthropic/claude-sonnet-4-6\n${line}`).id).toBe(id);
  });

  test.each(lines)('%s, with another provider’s model, is not', (_, line) => {
    expect(diagnoseText(`Model: openai/gpt-5.5\n${line}`).id).toBeNull();
  });
});

describe('the TypeScript SDK’s own errors (@anthropic-ai/sdk 1.17.0)', () => {
  test.each([
    ['a stream cut before its end', 'AnthropicError: The stream ended before message_stop.', 'connection-error'],
    [
      'a login refresh that cannot reach the token endpoint',
      'Error: User OAuth refresh failed to reach token endpoint (the reason is left out because the URL may hold a password)',
      'oauth-refresh-failed',
    ],
  ])('%s', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test('another library’s stream that ended early is not Claude’s', () => {
    expect(diagnoseText('Error: The stream ended before the response was complete.').id).toBeNull();
  });
});
