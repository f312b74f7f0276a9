// The rules of this stop's seen misses, each from the real paste: an OpenAI-shaped error object (a `code` or `param` key
// beside its type) is another API's, even when it puts its type first as Anthropic's does; cues, the words a wording
// nobody has listed yet is likely to keep.
import { describe, expect, test } from 'vitest';
import { compileMatcherData, type VariantSource } from '../../src/matcher/compile.ts';
import { diagnoseUnguarded } from '../../src/matcher/diagnose.ts';
import { diagnoseText, madeVariant } from './matcher-helpers.ts';

describe('an error object with a `code` key is another API’s', () => {
  test('an OpenAI-compatible provider’s 401 in OpenClaude names no Claude error (Gitlawb/openclaude#1356)', () => {
    const text =
      ' 401 {"error":{"message":"API key required","type":"authentication_error","code":"api_key_required"}}\n     Retrying in 1 second… (attempt 4/10)';
    expect(diagnoseText(text).id).toBeNull();
    // The same type and message without the `code` key is read as Anthropic's kind of error.
    expect(diagnoseText(text.replace(',"code":"api_key_required"', '')).id).toBe('invalid-api-key');
  });

  test('a type put first does not make an object with a `code` key Anthropic’s (router-for-me/CLIProxyAPI#5402)', () => {
    const text = 'Response:\n\n```json\n{"error":{"type":"invalid_request_error","code":"model_not_found","message":"unknown provider for model';
    expect(diagnoseText(text).id).toBeNull();
    // Without the key, and with a message of no relay's (CLIProxyAPI's own words are now known as the relay's), the type names its family.
    expect(diagnoseText(text.replace('"code":"model_not_found",', '').replace('unknown provider for model', 'a message nobody listed')).id).toBe(
      'invalid-request',
    );
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

describe('cues: words a new wording keeps, found together', () => {
  const cued = (cues: string[][], fields: Partial<VariantSource> = {}) =>
    madeVariant('gizmo-jammed', [['the gizmo jammed hard', 3]], {
      status: 418,
      errorType: 'gizmo_error',
      ...fields,
      signals: { phrases: [{ phrase: 'the gizmo jammed hard', weight: 3 }], specificity: 3, statuses: [418], cues },
    });
  const typed = madeVariant('gizmo-family', [['gizmo_error', 1]], { status: 418, errorType: 'gizmo_error' });
  const withCue = [cued([['gizmo|widget', 'jammed|stuck', 'claude']]), typed];
  const run = (text: string, variants: VariantSource[] = withCue) => diagnoseUnguarded(text, compileMatcherData(variants));

  test('all its words close together, in any order, name the variant as a guess', () => {
    expect(run('Claude says: the widget got stuck again')).toMatchObject({ id: 'gizmo-jammed', basis: 'family', confidence: 0.5 });
    expect(run('stuck widget, said Claude')).toMatchObject({ id: 'gizmo-jammed', basis: 'family' });
  });

  test('a word missing, or one too far from the first, names nothing', () => {
    expect(run('Claude says: the widget is fine').id).toBeNull();
    expect(run(`Claude says the widget ${'and then a great many other words '.repeat(3)} got stuck`).id).toBeNull();
  });

  test('words are whole words: a word inside another is not the word', () => {
    expect(run('Claude says: the widgetry unstuckable').id).toBeNull();
  });

  test('count only where Claude or Anthropic is named', () => {
    const variants = [cued([['gizmo|widget', 'jammed|stuck']]), typed];
    expect(run('Anthropic: the widget got stuck', variants).id).toBe('gizmo-jammed');
    expect(run('the widget got stuck', variants).id).toBeNull();
  });

  test('refine an error type whose message is new to a variant of the same status', () => {
    // The type table names real guides, so the family here is the real rate-limit one.
    const family = madeVariant('rate-limited', [['rate_limit_error', 1]], { status: 429, errorType: 'rate_limit_error' });
    const jammed = (status: number, cues: string[][]) =>
      madeVariant('gizmo-jammed', [['the gizmo jammed hard', 3]], {
        signals: { phrases: [{ phrase: 'the gizmo jammed hard', weight: 3 }], specificity: 3, statuses: [status], cues },
      });
    const text = '{"type":"error","error":{"type":"rate_limit_error","message":"Widget stuck in the tray, says Claude"}}';
    expect(run(text, [jammed(429, [['widget', 'stuck']]), family])).toMatchObject({ id: 'gizmo-jammed', basis: 'family' });
    // Without a cue the type's own guide stands.
    expect(run(text, [jammed(429, []), family])).toMatchObject({ id: 'rate-limited', basis: 'family' });
    // A cue of a variant with another status does not take the type's family.
    expect(run(text, [jammed(503, [['widget', 'stuck']]), family])).toMatchObject({ id: 'rate-limited', basis: 'family' });
  });

  test('the evidence is the cue’s words themselves', () => {
    const text = 'Claude says: the widget got stuck';
    const diagnosis = run(text);
    expect(diagnosis.evidence.map(({ start, end }) => text.slice(start, end))).toEqual(['Claude', 'widget', 'stuck']);
  });

  test('each word may lie 60 letters and digits from the first word, not 61', () => {
    const variants = [cued([['widget', 'stuck']]), typed];
    // Squeezed, only letters and digits count: 'x'.repeat(n) puts the words n apart.
    const apart = (n: number) => `Claude: widget ${'x'.repeat(n)} stuck`;
    expect(run(apart(60 - 'stuck'.length), variants).id).toBe('gizmo-jammed');
    expect(run(apart(61 - 'stuck'.length), variants).id).toBeNull();
    const before = (n: number) => `Claude: stuck ${'x'.repeat(n)} widget`;
    expect(run(before(60 - 'stuck'.length), variants).id).toBe('gizmo-jammed');
    expect(run(before(61 - 'stuck'.length), variants).id).toBeNull();
  });

  test('a variant whose own phrases already reach the threshold gains nothing from its cue', () => {
    const variant = madeVariant('gizmo-jammed', [['gizmo jammed', 2]], {
      signals: { phrases: [{ phrase: 'gizmo jammed', weight: 2 }], specificity: 3, cues: [['widget', 'stuck']] },
    });
    const text = 'Claude: gizmo jammed, widget stuck';
    expect(run(text, [variant]).evidence.map(({ start, end }) => text.slice(start, end))).toEqual(['gizmo jammed']);
  });

  test('only a cued candidate takes an error type’s family, not any candidate of its status', () => {
    const family = madeVariant('rate-limited', [['rate_limit_error', 1]], { status: 429, errorType: 'rate_limit_error' });
    const worded = madeVariant('gizmo-slow', [['gizmo slowed', 2]], {
      signals: { phrases: [{ phrase: 'gizmo slowed', weight: 2 }], specificity: 3, statuses: [429] },
    });
    const text = '{"type":"error","error":{"type":"rate_limit_error","message":"gizmo slowed down, says Claude"}}';
    expect(run(text, [worded, family])).toMatchObject({ id: 'rate-limited', basis: 'family' });
  });

  test('a known message beats a cue', () => {
    const other = madeVariant('widget-stuck', [['widget stuck in the tray', 3]]);
    expect(run('Claude: widget stuck in the tray', [...withCue, other])).toMatchObject({ id: 'widget-stuck', basis: 'message' });
  });
});

describe('cues where an error type sits in Anthropic’s body', () => {
  test('tell the type’s family apart with no Claude named', () => {
    const body = (type: string, message: string) => `{"type":"error","error":{"type":"${type}","message":"${message}"}}`;
    expect(diagnoseText(`401 ${body('authentication_error', 'This OAuth token was revoked by the server')}`)).toMatchObject({
      id: 'oauth-token-expired',
      basis: 'family',
    });
    expect(diagnoseText(`400 ${body('invalid_request_error', 'Your organization is out of usage credits for this month')}`).id).toBe('org-add-more');
    // The same words with no body and no Claude named are anyone's.
    expect(diagnoseText('This OAuth token was revoked by the server').id).toBeNull();
  });
});

describe('cues in the catalogue, on real pastes', () => {
  test('a retired model, in a new wording, is the model-not-available guide (Wei-Shaw/sub2api#504)', () => {
    const text = '⏺ Claude Opus 4.5 is no longer available. Please switch to Claude Opus 4.6.';
    expect(diagnoseText(text)).toMatchObject({ id: 'model-not-available', basis: 'family' });
    // Another maker's model, in the same words, is not Claude's.
    expect(diagnoseText(text.replace(/Claude Opus/g, 'Nova Pro')).id).toBeNull();
  });

  test('OpenAI’s answer for a model it does not serve is OpenAI’s, even for a Claude id (Shopify/roast#13)', () => {
    const text = ':body => { "error" => { "message" => "The model anthropic:claude-3-7-sonnet does not exist or you do not have access to it ..."';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'OpenAI' } });
  });

  test('a GLM provider named in Claude Code’s own wrapper is Zhipu’s (op7418/CodePilot#151)', () => {
    const text =
      '**Error:** Claude Code process exited with an error (Provider: GLM (CN)). This is often caused by:\n• Invalid or missing API Key\n• Incorrect Base URL configuration';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'Zhipu (GLM)' } });
  });

  test('the rate-limit headers’ overage reason (org_level_disabled) is not a disabled organization (anthropics/claude-code#41506)', () => {
    const text =
      'anthropic-ratelimit-unified-overage-status: rejected\nanthropic-ratelimit-unified-overage-disabled-reason: org_level_disabled\nanthropic-ratelimit-unified-status: allowed';
    expect(diagnoseText(text).id).not.toBe('organization-disabled');
  });
});

describe('Claude’s model families name Claude', () => {
  test('"Opus", "Sonnet" and "Haiku" let words any tool prints count, as "Claude" does', () => {
    for (const name of ['Opus 4.5', 'Sonnet 4', 'Haiku 4.5', 'Claude']) {
      expect(diagnoseText(`${name}: 429 Too Many Requests`).id, name).toBe('rate-limited');
    }
    expect(diagnoseText('Llama 4: 429 Too Many Requests').id).toBeNull();
  });
});

describe('FastAPI’s validation list is not Anthropic’s', () => {
  test('Mistral’s "Extra inputs are not permitted" in its `detail` list names no Claude guide (partITech/php-mistral#76)', () => {
    const text =
      '`{\\"object\\":\\"Error\\",\\"detail\\":[{\\"type\\":\\"extra_forbidden\\",\\"loc\\":[\\"body\\",\\"tools\\"],\\"msg\\":\\"Extra inputs are not permitted\\",\\"input\\":[]}],\\"type\\":\\"invalid_request_error\\",\\"code\\":3001}"`';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'a FastAPI-based server' } });
    // Anthropic's own wording of the same refusal is one message naming the field.
    expect(diagnoseText('400 invalid_request_error: tools.0.custom.defer_loading: Extra inputs are not permitted').id).toBe(
      'extra-inputs-not-permitted',
    );
  });
});

describe('round 13’s seen misses', () => {
  test('Claude Code’s "Invalid API key · Please run /login" is the invalid key, not the expired login (anthropics/claude-code#6270)', () => {
    const text = 'I do NOT use an API key with my plan, and I have never entered an API key.\n\nInvalid API key · Please run /login';
    expect(diagnoseText(text)).toMatchObject({ id: 'invalid-api-key', basis: 'message' });
  });

  test('a refused field in another wording is the extra-inputs guide, by its cue (langchain-ai/langchain#31208)', () => {
    const text =
      "core.agent - Warning - Anthropic model error: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'messages.1.content.1.tool_use.index: Additional input is not allowed'}}";
    expect(diagnoseText(text)).toMatchObject({ id: 'extra-inputs-not-permitted', basis: 'family' });
    expect(diagnoseText(text.replace('Additional input is not allowed', 'Something else went wrong'))).toMatchObject({ id: 'invalid-request' });
  });

  test('"Field required" wrapped across a line still reads as a refused field', () => {
    const text = 'messages.7.content.0.text.text: Field\n    required';
    expect(diagnoseText(text)).toMatchObject({ id: 'invalid-request', basis: 'family' });
  });
});
