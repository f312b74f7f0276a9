// The readings of stop 33, from seen pastes of round 24 and from the current copy of OpenClaw and Claude Code, each with
// the control that keeps it narrow.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

describe('two results for one tool call', () => {
  test('the API’s wording is the tool-result guide', () => {
    // BerriAI/litellm's adapter test quotes it; a compaction run printed it with its path and id.
    const paste =
      'Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.4.content.1: each tool_use must have a single result. Found multiple `tool_result` blocks with id: toolu_01DG5qbRhgaYeouZz3dtfts6"}}';
    expect(diagnoseText(paste).id).toBe('tool-result-mismatch');
  });

  test('a page’s retelling that lost words and a space still names the blocks', () => {
    // blog.gitcode.com (round 24): "each tool must have a single result. Found multiple\ntool_resultblocks with id: …".
    expect(diagnoseText('"messages.16.content.1: each tool must have a single result. Found multiple\ntool_resultblocks with id: toolu_01"').id).toBe(
      'tool-result-mismatch',
    );
  });

  test('"a single result … found multiple" about something else is not a tool error', () => {
    expect(diagnoseText('Every job must have a single result. Found multiple reports for job 7.').id).toBeNull();
  });
});

describe('a 404 for a model id, keys gone', () => {
  test('"404 model: claude-…" is the model-not-found guide', () => {
    // Stiva/hevyAgent's MODEL_FIX.md, a retired id.
    expect(diagnoseText('**Error:**\n```\n404 model: claude-3-5-sonnet-20241022\n```').id).toBe('model-not-found');
  });

  test.each([
    ['another provider’s model', '404 model: gpt-4o'],
    ['another status', '400 model: claude-3-5-sonnet-20241022'],
  ])('%s is not', (_, paste) => {
    expect(diagnoseText(paste).id).not.toBe('model-not-found');
  });
});

describe('Bedrock’s schema check of a Claude body', () => {
  const head = 'Malformed input request: #: subject must not be valid against schema {"required":["messages"]}';

  test.each([
    [
      'a null temperature (x3n0cr4735/celi#91)',
      `${head}#/temperature: expected type: Number, found: Null, please reformat your input and try again.`,
    ],
    ['no messages at all (promptfoo/promptfoo#2573)', `ValidationException: ${head}#/messages: expected minimum item count: 1, found: 0`],
  ])('with %s is a malformed request', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('invalid-request');
  });

  test('a key Bedrock does not take, on Bedrock, stays the extra-inputs guide', () => {
    const paste = `An error occurred (ValidationException) when calling the InvokeModel operation on bedrock-runtime: ${head}#: extraneous key [stream] is not permitted, please reformat your input and try again.`;
    expect(diagnoseText(paste).id).toBe('extra-inputs-not-permitted');
  });

  test('another schema’s check is not Claude’s', () => {
    expect(diagnoseText('Malformed input request: #: required key [inputText] not found, please reformat your input and try again.').id).toBeNull();
  });
});

describe('GitHub Copilot’s refusal of a model, its message alone', () => {
  test('names Copilot, even with other providers’ models in the same post', () => {
    // yetone/alma-releases#11: every Claude model refused through Copilot in Alma; GPT and Gemini models worked.
    const diagnosis = diagnoseText(
      'Copilot中的Claude所有模型都不能用\n\n提示The requested model is not supported.\n其他GPT5.2, Gemini 3 pro/Gemini 3 flash都可以',
    );
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('GitHub Copilot');
  });
});

describe('OpenClaw’s own copy for a provider’s failure (openclaw 2026.9.6, its user-copy module)', () => {
  const claude = 'model: anthropic/claude-sonnet-4-6\n';

  test.each([
    ['⚠️ Context overflow — prompt too large for this model. Try a shorter message or a larger-context model.', 'prompt-too-long'],
    ['Context overflow: this conversation is too large for the model. Use /new to start a fresh session.', 'prompt-too-long'],
    ['⚠️ Context is too large and auto-compaction could not recover this turn.', 'prompt-too-long'],
    ['LLM request failed: provider returned an internal error.', 'internal-server-error'],
    [
      '⚠️ The model provider returned a temporary internal error before replying. Try again in a moment, or switch to another model if it keeps happening.',
      'internal-server-error',
    ],
    [
      '⚠️ The model provider returned HTTP 429 before replying. This can mean rate limiting, exhausted quota, or an account balance/billing issue.',
      'rate-limited',
    ],
    ['Message ordering conflict - please try again. If this persists, use /new to start a fresh session.', 'invalid-request'],
  ])('%j, with Claude named, is %s', (copy, id) => {
    expect(diagnoseText(claude + copy).id).toBe(id);
  });

  test.each([
    'LLM request failed: provider returned an internal error.',
    '⚠️ The model provider returned HTTP 429 before replying. This can mean rate limiting, exhausted quota, or an account balance/billing issue.',
    'Context overflow: this conversation is too large for the model. Use /new to start a fresh session.',
  ])('%j names no guide when no Claude model is in sight: OpenClaw says it for every provider', (copy) => {
    expect(diagnoseText(copy).id).toBeNull();
    expect(diagnoseText('model: openai/gpt-5.2\n' + copy).id).toBeNull();
  });
});

describe('Claude Code’s own login lines (its 2.1.332 binary)', () => {
  test.each([
    [
      'OAuth 401: the login this session is using was refused. The login saved on this machine was not used because it may be a different account. Sign in again in the app that started this session, or run /login.',
      'oauth-token-expired',
    ],
    [
      'OAuth 401: keeping the user-supplied CLAUDE_CODE_OAUTH_TOKEN instead of adopting the stored credential. Mint a fresh token with `claude setup-token` and restart with it, or unset the variable and run /login.',
      'oauth-token-expired',
    ],
    [
      "OAuth access token could not be refreshed: can't save to the macOS Keychain. Unlock it, run claude outside any sandbox, retry, or sign in again",
      'oauth-refresh-failed',
    ],
    ['OAuth account is on hold', 'organization-disabled'],
  ])('%j is %s', (line, id) => {
    expect(diagnoseText(line).id).toBe(id);
  });

  test('an access token refreshed fine is no failure', () => {
    expect(diagnoseText('OAuth access token refreshed; next refresh in 55 minutes').id).toBeNull();
  });
});

describe('a 403 "Invalid model"', () => {
  test.each([
    ['chathub-dev/chathub#1052', 'Claude Error: {"type":"error","error":{"type":"permission_error","message":"Invalid model"}}'],
    ['ai-shifu/ChatALL#631', '403\n{"error":{"type":"permission_error","message":"Invalid model","code":"model_not_allowed"}}'],
  ])('is a model the account may not use (%s)', (_, paste) => {
    expect(diagnoseText(paste).id).toBe('model-not-available');
  });

  test('another type’s "Invalid model" is not', () => {
    expect(diagnoseText('{"error":{"type":"invalid_request_error","message":"Invalid model"}}').id).not.toBe('model-not-available');
  });
});

describe('other tools’ own sentences for any provider’s failure', () => {
  const claude = 'Model: claude-sonnet-4-5\n';

  // Roo Code's and Kilo Code's status table (their webview-ui/src/i18n/locales/*/chat.json), aider's exceptions table and
  // token-limit notice, n8n's status text, Continue's stream error, Dify's credential error, goose's network error, opencode's
  // retry line.
  test.each([
    ["Too many requests. You're being rate-limited by the provider. Please wait a bit before your next API call.", 'rate-limited'],
    ['Demasiadas solicitudes. Te estás viendo limitado por el proveedor. Por favor espera un poco antes de tu próxima llamada API.', 'rate-limited'],
    ['The API provider has rate limited you. Try again later or check your quotas.', 'rate-limited'],
    ['The service is receiving too many requests from you', 'rate-limited'],
    ['This likely means your Chat model usage has been rate limited by the model provider.', 'rate-limited'],
    ["Couldn't authenticate with provider. Please check your API key configuration.", 'invalid-api-key'],
    ['Impossibile autenticare con il provider. Verifica la configurazione della tua chiave API.', 'invalid-api-key'],
    ['Incorrect model credentials provided, please check and try again.', 'invalid-api-key'],
    ['Unauthorized. Your API key is valid, but the provider refused to complete this request.', 'permission-denied'],
    ["Provider server error. Something is wrong on the provider side, there's nothing wrong with your request.", 'internal-server-error'],
    ['Erro do servidor do provedor. Algo está errado do lado do provedor, não há nada de errado com sua solicitação.', 'internal-server-error'],
    ['Sağlayıcı sunucu hatası. Sağlayıcı tarafında bir sorun var, isteğinizde sorun yok.', 'internal-server-error'],
    ["The provider couldn't process the request as made. Stop the task and try a different approach.", 'invalid-request'],
    ['Der Anbieter konnte die Anfrage nicht wie gestellt verarbeiten. Beende die Aufgabe und versuche einen anderen Ansatz.', 'invalid-request'],
    ['Connection error. Make sure you have a working internet connection.', 'connection-error'],
    ['Erreur de connexion. Assurez-vous que vous avez une connexion Internet fonctionnelle.', 'connection-error'],
    ['Could not connect to the provider — check your network connection and try again.', 'connection-error'],
    ['Provider is overloaded [retrying in 8s attempt #2]', 'overloaded'],
    [
      'Model claude-3-5-sonnet-20241022 has hit a token limit! Token counts below are approximate.\n\nInput tokens: ~201,000 of 200,000 -- possibly exhausted context window!',
      'prompt-too-long',
    ],
  ])('%j, with Claude named, is %s', (copy, id) => {
    expect(diagnoseText(claude + copy).id).toBe(id);
  });

  test.each([
    "Too many requests. You're being rate-limited by the provider. Please wait a bit before your next API call.",
    'Unauthorized. Your API key is valid, but the provider refused to complete this request.',
    "Provider server error. Something is wrong on the provider side, there's nothing wrong with your request.",
    'Provider is overloaded [retrying in 8s attempt #2]',
    'Model gpt-4o has hit a token limit! Token counts below are approximate.\n\nInput tokens: ~129,000 of 128,000 -- possibly exhausted context window!',
  ])('%j with another provider’s model names no guide: the tool says it for every provider', (copy) => {
    expect(diagnoseText('Model: gpt-5.2\n' + copy).id).toBeNull();
  });
});

describe('cloud and client wordings that need their context', () => {
  test.each([
    [
      'Bedrock Converse for a Claude model (BerriAI/litellm#36499)',
      'litellm.BadRequestError: BedrockException - {"message":"A text block must be included when using documents. Add a text block and retry your request."} model=bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'invalid-request',
    ],
    [
      'Vertex AI’s 403 for a Claude model (anthropics/anthropic-sdk-typescript#807)',
      'API Error: The caller does not have permission (model: claude-sonnet-4-6)',
      'permission-denied',
    ],
    [
      'Claude Code’s Files API client (its 2.1.195 source)',
      'Claude Code: upload to /v1/files failed. Authentication failed: invalid or missing API key',
      'invalid-api-key',
    ],
  ])('%s', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test.each([
    [
      'the document rule with no cloud or Claude in sight',
      'A text block must be included when using documents. Add a text block and retry your request.',
    ],
    ['Google’s 403 for a Gemini model', 'API Error: The caller does not have permission (model: gemini-2.5-pro)'],
    ['another tool’s missing key', 'Authentication failed: invalid or missing API key'],
  ])('%s names no guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });
});
