// The rules of stop 31's seen misses (rounds 18 and 19) and its harvest, each from the real paste and each with the
// control that keeps it narrow: a provider set by its model id, Claude Code's retelling of a 404 against the API's own
// message, a typo'd message inside Anthropic's body, and layers' own errors that borrow Claude's words (Codex's and
// Cursor's plan limits, Kimi's, llama.cpp's and a local server's checks, OpenRouter's free models, usage meters).
import { describe, expect, test } from 'vitest';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { compileMatcherData } from '../../src/matcher/compile.ts';
import { readMatcherData } from '../../src/matcher/read-data.ts';
import { diagnoseText, evidenceWords } from './matcher-helpers.ts';

describe('a provider the tool was set to, by its model id', () => {
  // YishenTu/claudian#60: Claude Code pointed at ModelScope's GLM endpoint.
  const configured =
    'Invalid API key · Please run /login\n\n❌ Error: Claude Code process exited with code 1\n\nbase url地址我用的\nhttps://api-inference.modelscope.cn/v1/chat/completions\napi：***\n模型是ZhipuAI/GLM-4.6';

  test('"模型是ZhipuAI/GLM-4.6" makes the whole paste Zhipu’s', () => {
    const diagnosis = diagnoseText(configured);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe('Zhipu (GLM)');
  });

  test.each([
    ['model: ', 'Invalid API key · Please run /login\nmodel: GLM-4.6'],
    ['model=', 'Invalid API key · Please run /login\nmodel=glm-4.6'],
  ])('"%s" before the id does too', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });

  test('the same name in prose after Claude Code’s line claims nothing before it', () => {
    expect(diagnoseText('Invalid API key · Please run /login\nI had used GLM-4.6 the day before.').id).toBe('invalid-api-key');
  });
});

describe('Claude Code’s retelling of a 404 against the API’s own message', () => {
  // anthropics/claude-code#68121, its error log cut to the first entry.
  const retold =
    "⏺ There's an issue with the selected model (claude-fable-5). It may not exist or you may not have access to it. Run /model to pick a different model.\n\n" +
    '[{"error":"Error: 404 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"not_found_error\\",\\"message\\":\\"Claude Fable 5 is not available. Please use Opus 4.8. Learn more: https://www.anthropic.com/news/fable-mythos-access\\"},\\"request_id\\":\\"req_011CbzRzhVfPy6yesub42QVa\\"}"}]';

  test('the body’s message decides: Fable 5 withdrawn from the account', () => {
    const diagnosis = diagnoseText(retold);
    expect(diagnosis.id).toBe('model-not-available');
    expect(evidenceWords(retold, diagnosis).join(' ')).toContain('Claude Fable 5 is not available');
    expect(diagnosis.others).toContain('model-not-found');
  });

  test('the retelling alone, or over the API’s own missing-model body, stays the missing-model guide', () => {
    expect(diagnoseText(retold.split('\n')[0]!).id).toBe('model-not-found');
    const missing = retold.replace(
      'Claude Fable 5 is not available. Please use Opus 4.8. Learn more: https://www.anthropic.com/news/fable-mythos-access',
      'model: claude-fable-5',
    );
    expect(missing).toContain('model: claude-fable-5');
    expect(diagnoseText(missing).id).toBe('model-not-found');
  });

  test('the API’s message decides wherever it is, also when the terminal wrapped the lines', () => {
    const line = retold.split('\n')[0]!;
    expect(diagnoseText(`${line}\nClaude Fable 5 is not available. Please use Opus 4.8. Learn more: https://www.anthropic.com/news`).id).toBe(
      'model-not-available',
    );
    const wrapped = retold.replace(/(.{80})/g, '$1\n     ');
    expect(wrapped.split('\n').length).toBeGreaterThan(5);
    expect(diagnoseText(wrapped).id).toBe('model-not-available');
  });

  test('a message of a variant it does not stand for does not overrule it', () => {
    const line = retold.split('\n')[0]!;
    expect(diagnoseText(`${line}\nprompt is too long: 210034 tokens > 200000 maximum`).id).toBe('model-not-found');
  });

  test('the flag is carried in the served data, and data with a bad flag is refused', () => {
    const compiled = compileMatcherData(rawVariants);
    const phrases = compiled.variants.find((variant) => variant.id === 'model-not-found')!.phrases;
    expect(phrases.flatMap((phrase) => phrase.retells ?? [])).toEqual(['model-not-available', 'model-limit']);
    const json = JSON.parse(JSON.stringify(compiled)) as { variants: { phrases: { retells?: unknown }[] }[] };
    expect(readMatcherData(json)).toBeDefined();
    json.variants[0]!.phrases[0]!.retells = 'model-not-available';
    expect(readMatcherData(json)).toBeUndefined();
  });
});

describe('layers’ own errors in Claude’s words', () => {
  test.each([
    [
      'Codex’s plan limit, which shares Claude Code’s words (link-assistant/hive-mind#719)',
      '{"type":"error","message":"You\'ve hit your usage limit. To get more access now, send a request to your admin or try again at 12:16 PM."}',
      'OpenAI',
    ],
    [
      'Codex’s limit with ChatGPT’s pricing link (openai/codex#3899)',
      "■ You've hit your usage limit. Upgrade to Pro (https://openai.com/chatgpt/pricing) or try again in 5 days 22 hours 11 minutes.",
      'OpenAI',
    ],
    [
      'Kimi’s check of a thinking turn (openclaw/openclaw#16952)',
      'LLM request rejected: thinking is enabled but reasoning_content is missing in assistant tool call message at index {N}',
      'Moonshot (Kimi)',
    ],
    [
      'an OpenRouter free model behind Claude Code’s auto mode (alexazhou/gt_ai_gateway#14)',
      '  ⎿  Error: tencent/hy3:free is temporarily unavailable, so auto mode cannot\n     determine the safety of Agent right now. Wait briefly and then try this\n     action again.',
      'OpenRouter',
    ],
    [
      'a local server’s context check (jundot/omlx#26)',
      'API Error: 400 {"detail":"Prompt too long: 32799 tokens exceeds max context window of 32768 tokens"}',
      'a local model server',
    ],
    [
      'a usage meter polling Claude’s usage endpoint (bozdemir/claude-usage-widget#11)',
      '{"error":{"type":"rate_limit_error","message":"Rate limited. Please try again later."}}',
      'a usage meter',
    ],
    [
      'GitHub Copilot’s cap on a Claude model (microsoft/vscode#253790)',
      'Server Error: Sorry, you have exceeded your Copilot token usage for Claude Sonnet 4, try switching to another model. Error Code: rate_limited',
      'GitHub Copilot',
    ],
  ])('%s names no Claude guide', (_, paste, vendor) => {
    const diagnosis = diagnoseText(paste);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe(vendor);
  });

  test.each([
    ['Claude Code’s plan line alone', "You've hit your usage limit.", 'plan-usage-limit'],
    [
      'the API’s own 429',
      '429 {"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your account\'s rate limit. Please try again later."}}',
      'rate-limited',
    ],
    ['the API’s own context refusal', 'API Error: 400 prompt is too long: 210034 tokens > 200000 maximum', 'prompt-too-long'],
  ])('%s keeps its guide', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });

  test('auto mode naming a model without ":free" is not put down to OpenRouter', () => {
    const diagnosis = diagnoseText('Error: claude-opus-4-7 is temporarily unavailable, so auto mode cannot determine the safety of Agent right now.');
    expect(diagnosis.facts.vendor).toBeUndefined();
    expect(diagnosis.id).not.toBeNull();
  });
});

describe('a defining phrase found with a typo, inside Anthropic’s body', () => {
  // NoeFabris/opencode-antigravity-auth#117: the thread turned "`thinking`" into a tab and "hinking".
  const body =
    '{"type":"error","error":{"type":"invalid_request_error","message":"messages.1.content.0: Invalid signature in \thinking block"},"request_id":"req_vrtx_011CWpLh8PPnqe4M5SJohbvR"}';

  test('names its message’s guide, not only the family of the error type', () => {
    const diagnosis = diagnoseText(body);
    expect(diagnosis.id).toBe('thinking-blocks');
    expect(diagnosis.basis).toBe('message');
    expect(evidenceWords(body, diagnosis).join(' ')).toContain('hinking block');
  });

  test('with a confidence below the same message word for word', () => {
    const exact = diagnoseText(body.replace('\thinking', 'thinking'));
    expect(exact.id).toBe('thinking-blocks');
    expect(diagnoseText(body).confidence).toBeLessThan(exact.confidence);
  });

  test('a new message in the same body stays a family match', () => {
    const diagnosis = diagnoseText(body.replace('Invalid signature in \thinking block', 'Something new about this request'));
    expect(diagnosis.id).toBe('invalid-request');
    expect(diagnosis.basis).toBe('family');
  });
});

describe('other products’ own limits in Claude Code’s words', () => {
  test.each([
    [
      'Codex sending the user to ChatGPT’s pages (openai/codex#47047)',
      '■ You’ve hit your usage limit. Upgrade to Pro (https://chatgpt.com/explore/pro), visit\nhttps://chatgpt.com/codex/settings/usage to purchase more credits or try again at 2:51 PM.',
      'OpenAI',
    ],
    [
      'Cursor’s plan (kingparks/cursor-vip#524)',
      "You've hit your usage limit\nGet Cursor Pro for more Agents use, unlimited Tab, and more.",
      'Cursor',
    ],
    [
      'llama.cpp’s context check (Josh-XT/AGiXT#76)',
      '2023-04-25 05:23:47 llama_generate: **error: prompt is too long (2249 tokens, max 1996)**',
      'llama.cpp',
    ],
    [
      'ScrapeGraphAI’s token-table warning (ScrapeGraphAI/Scrapegraph-ai#813)',
      'Model anthropic/claude-3-5-haiku-latest not found,\n                    using default token size (8192)',
      'ScrapeGraphAI',
    ],
  ])('%s names no Claude guide', (_, paste, vendor) => {
    const diagnosis = diagnoseText(paste);
    expect(diagnosis.id).toBeNull();
    expect(diagnosis.facts.vendor).toBe(vendor);
  });

  test.each([
    ['Claude Code’s own line without them', "You've hit your usage limit", 'plan-usage-limit'],
    ['the API’s context refusal', 'prompt is too long: 2249 tokens > 1996 maximum', 'prompt-too-long'],
    [
      'the API’s 404 for a model',
      '404 {"type":"error","error":{"type":"not_found_error","message":"model: claude-3-5-haiku-latest"}}',
      'model-not-found',
    ],
  ])('%s keeps its guide', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });
});

describe('Bedrock’s own words for a Claude request', () => {
  // Aider-AI/aider#2359, the last lines of the traceback.
  const unavailable =
    "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://bedrock-runtime.us-west-2.amazonaws.com/model/us.anthropic.claude-3-5-sonnet-20241022-v2:0/converse'";
  // boto/boto3#4218: `anthropic_version` set to the model id.
  const version =
    'botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the InvokeModel operation: Invalid API version: claude-3-sonnet-20240229-v1:0';

  test('a 503 for a Claude model on Bedrock is the overload', () => {
    expect(diagnoseText(unavailable).id).toBe('overloaded');
  });

  test('a wrong anthropic_version is a malformed request', () => {
    expect(diagnoseText(version).id).toBe('invalid-request');
  });

  test.each([
    [
      'a 503 from a relay of another provider',
      'unexpected status 503 Service Unavailable: Service temporarily unavailable, url: http://localhost:8080/v1/responses',
    ],
    ['another API’s version check', 'Error: Invalid API version: 2019-01-01'],
  ])('%s, with no cloud in sight, names no guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });
});
