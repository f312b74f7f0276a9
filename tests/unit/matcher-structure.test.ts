// The structured fields decide before the words: error_code, the unified rate-limit headers, then status and type.
// Pastes marked with a source are real (owner/repo#N); the others are built from the documented field names.
import { describe, expect, test } from 'vitest';
import { errorCodeGuides, errorTypeGuides, limitClaimGuides, overageReasonGuides } from '../../src/catalogue/fields.ts';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { compileMatcherData, type VariantSource } from '../../src/matcher/compile.ts';
import { diagnoseUnguarded } from '../../src/matcher/diagnose.ts';
import { normalise } from '../../src/matcher/normalise.ts';
import { resolveReset } from '../../src/matcher/reset.ts';
import { readStructure } from '../../src/matcher/structure.ts';
import { knownVendors } from '../../src/matcher/vendors.ts';
import { data, diagnoseText, evidenceWords } from './matcher-helpers.ts';

/** The structured reading of a paste, as the matcher sees it (escapes decoded). */
const structureOf = (text: string) => readStructure(normalise(text).plain, Object.keys(data.fields.types));

/** A rejected response's headers in curl -v form, with any extra header lines. */
const curlHeaders = (lines: Record<string, string>) =>
  ['< HTTP/2 429', ...Object.entries(lines).map(([name, value]) => `< anthropic-ratelimit-unified-${name}: ${value}`)].join('\n');

// claude-code#91345 and paoloanzn/pi-black#6 show this body.
const versionTooOld =
  'Error: 400\n {"type":"error","error":{"type":"invalid_request_error","message":"Claude Code\n 2.1.224 does not support this model; version 2.1.251 or newer is required. Run\n \'claude update\', or update the Claude desktop app, then try\n again.","details":{"error_code":"claude_code_version_too_old"}},"request_id":"req_\n 011CehCUTK82rij8Rp8f4Vw1"}';

describe('the field tables', () => {
  const ids = new Set(rawVariants.map((variant) => variant.id));
  const named = [
    ...Object.values(errorCodeGuides).flat(),
    ...Object.values(limitClaimGuides).flat(),
    ...Object.values(overageReasonGuides).flat(),
    ...Object.values(errorTypeGuides),
  ];

  test('name only catalogue variants', () => {
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  test('compile without the ids the catalogue does not have', () => {
    const compiled = Object.values(data.fields.codes).flat();
    expect(compiled.every((id) => ids.has(id))).toBe(true);
    expect(data.fields.codes['claude_code_version_too_old']).toEqual(['client-update-required']);
  });

  test('cover every unified claim and overage reason FACTS lists, except those that name no guide', () => {
    expect(Object.keys(limitClaimGuides).sort()).toEqual([
      'five_hour',
      'seven_day',
      'seven_day_opus',
      'seven_day_overage_included',
      'seven_day_sonnet',
    ]);
    const reasons = [
      'overage_not_provisioned',
      'org_level_disabled',
      'org_level_disabled_until',
      'out_of_credits',
      'seat_tier_level_disabled',
      'member_level_disabled',
      'seat_tier_zero_credit_limit',
      'group_zero_credit_limit',
      'member_zero_credit_limit',
      'org_service_level_disabled',
      'org_service_zero_credit_limit',
    ];
    expect(Object.keys(overageReasonGuides).sort()).toEqual(reasons.sort());
  });
});

describe('readStructure', () => {
  test('reads error_code in JSON, in JSON escaped twice and in a Python repr', () => {
    const json = '{"type":"error","error":{"type":"rate_limit_error","message":"x","details":{"error_code":"enforced_spend_limit_reached"}}}';
    expect(structureOf(json).codes.map((code) => code.value)).toEqual(['enforced_spend_limit_reached']);
    expect(structureOf(JSON.stringify(JSON.stringify(json))).codes.map((code) => code.value)).toEqual(['enforced_spend_limit_reached']);
    expect(structureOf("{'error': {'details': {'error_code': 'credits_required'}, 'type': 'rate_limit_error'}}").codes[0]?.value).toBe(
      'credits_required',
    );
  });

  test('marks the error types inside an Anthropic envelope, with other keys before the type too', () => {
    const [type] = structureOf(
      "anthropic.APIStatusError: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}",
    ).types;
    expect(type).toMatchObject({ value: 'overloaded_error', enveloped: true });
    expect(structureOf('HTTP 404: not_found_error: Not Found').types).toMatchObject([{ value: 'not_found_error', enveloped: false }]);
    // Only whole words: a longer identifier is not the type.
    expect(structureOf('my_rate_limit_error_handler failed').types).toEqual([]);
  });

  const forms: [string, string][] = [
    ['curl -v', '< anthropic-ratelimit-unified-status: rejected\n< anthropic-ratelimit-unified-representative-claim: five_hour'],
    ['curl -i, any case', 'Anthropic-Ratelimit-Unified-Status: rejected\r\nAnthropic-Ratelimit-Unified-Representative-Claim: five_hour'],
    [
      'a padded table',
      'Anthropic-Ratelimit-Unified-Status                  = rejected\nAnthropic-Ratelimit-Unified-Representative-Claim    = five_hour',
    ],
    ['a Python dict', "{'anthropic-ratelimit-unified-status': 'rejected', 'anthropic-ratelimit-unified-representative-claim': 'five_hour'}"],
    [
      'httpx debug tuples',
      "[(b'anthropic-ratelimit-unified-status', b'rejected'), (b'anthropic-ratelimit-unified-representative-claim', b'five_hour')]",
    ],
    [
      'a JSON map in a JSON string',
      JSON.stringify('{"anthropic-ratelimit-unified-status":"rejected","anthropic-ratelimit-unified-representative-claim":"five_hour"}'),
    ],
    [
      'a proxy one-liner',
      'WARN upstream 429 anthropic-ratelimit-unified-status=rejected anthropic-ratelimit-unified-representative-claim=five_hour retry-after=3600',
    ],
  ];
  for (const [name, text] of forms) {
    test(`reads the headers of a rejected response from ${name}`, () => {
      const limit = structureOf(text).limit;
      expect(limit?.at.value).toBe('rejected');
      expect(limit?.values.get('representative-claim')?.value).toBe('five_hour');
    });
  }

  test('reads no rejection from headers that only say allowed', () => {
    expect(structureOf('anthropic-ratelimit-unified-status: allowed\nanthropic-ratelimit-unified-overage-status: rejected').limit).toBeNull();
  });

  test('takes the headers of the last rejected response in a log of several', () => {
    const first = curlHeaders({ status: 'rejected', 'representative-claim': 'five_hour' });
    const filler = '\n'.repeat(10) + 'x'.repeat(4000) + '\n';
    const last = curlHeaders({ status: 'rejected', 'representative-claim': 'seven_day' });
    expect(structureOf(first + filler + last).limit?.values.get('representative-claim')?.value).toBe('seven_day');
  });

  test('finishes on a megabyte of header and field look-alikes', () => {
    const text = 'anthropic-ratelimit-unified-status: rejected error_code: "x_" {"type":"error","error":{ FooBarBazQuxError '.repeat(10_000);
    const structure = structureOf(text);
    expect(structure.codes.length).toBeLessThanOrEqual(256);
    expect(structure.limit?.at.value).toBe('rejected');
  });
});

describe('error_code decides', () => {
  test('enforced_spend_limit_reached with a message never seen names the member cap, as a clear match from the code', () => {
    const text =
      'API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Something worded anew","details":{"error_code":"enforced_spend_limit_reached"}}}';
    const diagnosis = diagnoseText(text);
    expect(diagnosis).toMatchObject({ id: 'member-spend-limit', basis: 'code', needsMore: false });
    expect(diagnosis.confidence).toBeGreaterThanOrEqual(0.85);
    expect(diagnosis.facts).toMatchObject({ status: 429, errorCode: 'enforced_spend_limit_reached', errorType: 'rate_limit_error' });
    expect(evidenceWords(text, diagnosis).join(' ')).toContain('enforced_spend_limit_reached');
  });

  test('the SDK class named for the code counts as the code; other class names are no code', () => {
    const text =
      "anthropic.EnforcedSpendLimitReachedError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Something worded anew'}}";
    expect(diagnoseText(text)).toMatchObject({ id: 'member-spend-limit', basis: 'code', facts: { errorCode: 'enforced_spend_limit_reached' } });
    const plain = diagnoseText(
      "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Something worded anew'}}",
    );
    expect(plain).toMatchObject({ id: 'rate-limited', basis: 'family' });
    expect(plain.facts.errorCode).toBeUndefined();
  });

  test('the words refine within what the code names: the Console tier cap with the same code', () => {
    const text = `API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"You have reached your API usage limits: your organization has crossed its monthly API usage threshold, set based on your organization's API tier. You will regain access on 2026-01-01 at 00:00 UTC.","details":{"error_code":"enforced_spend_limit_reached"}}}`;
    expect(diagnoseText(text)).toMatchObject({ id: 'api-usage-limit', basis: 'code' });
  });

  test('a code beats words of another family in the same body', () => {
    // The version message mentions nothing the catalogue knows; with the variant compiled in, the code alone names it.
    const stub: VariantSource = {
      id: 'client-update-required',
      title: 'Update the client',
      summary: 'The API refuses a client version too old for the model.',
      actor: 'you',
      group: 'account',
      status: 400,
      errorType: 'invalid_request_error',
      signals: { phrases: [{ phrase: 'does not support this model; version', weight: 3 }], specificity: 4 },
    };
    const withVariant = compileMatcherData([...rawVariants.filter((variant) => variant.id !== stub.id), stub]);
    const diagnosis = diagnoseUnguarded(versionTooOld, withVariant);
    expect(diagnosis).toMatchObject({ id: 'client-update-required', basis: 'code' });
    expect(diagnosis.confidence).toBeGreaterThanOrEqual(0.9);
    expect(diagnosis.others).toEqual([]);
  });

  test('a code the catalogue has no variant for leaves the decision to the type, and is still read off', () => {
    const diagnosis = diagnoseUnguarded(versionTooOld, compileMatcherData(rawVariants.filter((variant) => variant.id !== 'client-update-required')));
    expect(diagnosis).toMatchObject({ id: 'invalid-request', basis: 'family' });
    expect(diagnosis.facts.errorCode).toBe('claude_code_version_too_old');
  });
});

describe('the unified headers decide', () => {
  const cases: [Record<string, string>, string][] = [
    [{ status: 'rejected', 'representative-claim': 'five_hour' }, 'plan-usage-limit'],
    [{ status: 'rejected', 'representative-claim': 'seven_day' }, 'plan-usage-limit'],
    [{ status: 'rejected', 'representative-claim': 'seven_day_opus' }, 'model-limit'],
    [{ status: 'rejected', 'representative-claim': 'seven_day_sonnet' }, 'model-limit'],
    [{ status: 'rejected', 'representative-claim': 'seven_day_overage_included' }, 'model-limit'],
    [{ status: 'rejected', '5h-status': 'rejected' }, 'plan-usage-limit'],
    [{ status: 'rejected', '7d_oi-status': 'rejected', '7d-status': 'allowed' }, 'model-limit'],
    [
      { status: 'rejected', 'representative-claim': 'overage', 'overage-status': 'rejected', 'overage-disabled-reason': 'out_of_credits' },
      'out-of-extra-usage',
    ],
    [{ status: 'rejected', 'representative-claim': 'overage', 'overage-disabled-reason': 'overage_not_provisioned' }, 'extra-usage-add-more'],
    [{ status: 'rejected', 'representative-claim': 'overage', 'overage-disabled-reason': 'org_level_disabled_until' }, 'spend-limit-reached'],
    [{ status: 'rejected', 'representative-claim': 'overage', 'overage-disabled-reason': 'member_zero_credit_limit' }, 'member-spend-limit'],
    [{ status: 'rejected', 'representative-claim': 'overage', 'overage-disabled-reason': 'seat_tier_level_disabled' }, 'member-spend-limit'],
    [{ status: 'rejected', 'representative-claim': 'overage', 'overage-disabled-reason': 'group_zero_credit_limit' }, 'member-spend-limit'],
    [{ status: 'rejected', 'representative-claim': 'overage', 'overage-disabled-reason': 'org_service_level_disabled' }, 'org-add-more'],
    [{ status: 'rejected', 'overage-status': 'rejected', 'overage-disabled-reason': 'member_level_disabled' }, 'member-spend-limit'],
  ];
  for (const [headers, id] of cases) {
    test(`${Object.values(headers).slice(1).join(' + ')} is ${id}`, () => {
      const diagnosis = diagnoseText(curlHeaders(headers));
      expect(diagnosis).toMatchObject({ id, basis: 'headers' });
      expect(diagnosis.confidence).toBeGreaterThanOrEqual(0.85);
    });
  }

  test('reads the reset Unix time as an exact instant, in UTC, that the reader can show in their own zone', () => {
    const text = curlHeaders({ status: 'rejected', 'representative-claim': 'five_hour', reset: '1767283200' });
    const { facts } = diagnoseText(text);
    expect(facts).toMatchObject({ status: 429, limit: 'five_hour', reset: { at: 1767283200000, zone: 'UTC', text: '2026-01-01 16:00 UTC' } });
    expect(resolveReset(facts.reset!, Date.UTC(2026, 0, 1, 12))).toBe(1767283200000);
  });

  test('falls back on the window reset header when there is no overall one', () => {
    const text = curlHeaders({ status: 'rejected', '7d-status': 'rejected', '7d-reset': '1767888000' });
    expect(diagnoseText(text).facts).toMatchObject({ limit: 'seven_day', reset: { at: 1767888000000 } });
  });

  test('the words refine within what the headers name: an organization that is out of credits', () => {
    const text = `${curlHeaders({ status: 'rejected', 'representative-claim': 'overage', 'overage-disabled-reason': 'out_of_credits' })}\n\n{"type":"error","error":{"type":"invalid_request_error","message":"Third-party apps now draw from extra usage, not plan limits. Ask your workspace admin to add more and keep going."}}`;
    const diagnosis = diagnoseText(text);
    expect(diagnosis).toMatchObject({ id: 'org-add-more', basis: 'headers', facts: { overageReason: 'out_of_credits', limit: 'overage' } });
    expect(diagnosis.confidence).toBeGreaterThan(0.9);
  });

  test('headers beat a message of another limit in the same paste', () => {
    // A plan window closing while the CLI still prints the older generic 429 body.
    const text = `${curlHeaders({ status: 'rejected', 'representative-claim': 'seven_day_opus' })}\n{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your account's rate limit. Please try again later."}}`;
    expect(diagnoseText(text)).toMatchObject({ id: 'model-limit', basis: 'headers' });
  });

  test('headers of an allowed response name nothing', () => {
    // anthropics/claude-code#41506: every response of a Max plan carried these while it worked.
    const text =
      'anthropic-ratelimit-unified-fallback-percentage: 0.5\nanthropic-ratelimit-unified-overage-status: rejected\nanthropic-ratelimit-unified-overage-disabled-reason: org_level_disabled';
    expect(diagnoseText(text)).toMatchObject({ id: null, confidence: 0 });
  });
});

describe('status and type give the family', () => {
  const pairs: [number, string, string][] = [
    [401, 'authentication_error', 'invalid-api-key'],
    [403, 'permission_error', 'permission-denied'],
    [404, 'not_found_error', 'model-not-found'],
    [413, 'request_too_large', 'request-too-large'],
    [429, 'rate_limit_error', 'rate-limited'],
    [500, 'api_error', 'internal-server-error'],
  ];
  for (const [status, type, id] of pairs) {
    test(`${status} ${type} with a message never seen is ${id}, said to be a family match`, () => {
      const text = `API Error: ${status} {"type":"error","error":{"type":"${type}","message":"Zebras are not allowed on this endpoint"},"request_id":"req_011CZz9x8y7w6v5u4t3s2r1q"}`;
      const diagnosis = diagnoseText(text);
      expect(diagnosis).toMatchObject({ id, basis: 'family', needsMore: false, facts: { status, errorType: type } });
      expect(diagnosis.confidence).toBeLessThan(0.6);
      expect(evidenceWords(text, diagnosis)).toContain(type);
    });
  }

  test('529 overloaded_error is the overload whatever its message: the catalogue reads the type as its message', () => {
    const text = 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Zebras are not allowed on this endpoint"}}';
    expect(diagnoseText(text)).toMatchObject({ id: 'overloaded', facts: { status: 529, errorType: 'overloaded_error' } });
  });

  test('a known message in the body is a message match, not a family one', () => {
    const text =
      'API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Usage credits are required for long context requests."}}';
    expect(diagnoseText(text)).toMatchObject({ id: 'long-context-needs-credits', basis: 'message' });
  });

  test('beats the bare wrapper: "LLM request rejected:" over a new 429 body', () => {
    const text = 'LLM request rejected: {"type":"error","error":{"type":"rate_limit_error","message":"Zebras are not allowed on this endpoint"}}';
    expect(diagnoseText(text)).toMatchObject({ id: 'rate-limited', basis: 'family' });
  });

  test('a status the API never sends with that type is a relay’s own error, not the family', () => {
    // Wei-Shaw/sub2api#6368: an account-pool relay's own 503 in Anthropic's shape; Anthropic sends api_error with 500.
    const relay = ' API error: 503 {"error":{"message":"No available accounts: no available accounts","type":"api_error"},"type":"error"}';
    expect(diagnoseText(relay)).toMatchObject({ id: null });
    // With Anthropic's status, its key order and a message no relay prints, the body is the family.
    const anthropic = ' API error: 500 {"type":"error","error":{"type":"api_error","message":"Something went wrong"}}';
    expect(diagnoseText(anthropic)).toMatchObject({ id: 'internal-server-error', basis: 'family' });
    // In the API's key order too, a 503 beside api_error is not what the API sends.
    expect(diagnoseText(anthropic.replace('500', '503')).id).toBeNull();
  });

  test('an Anthropic SDK class with no body names its status’s family; OpenAI’s class of the same name does not', () => {
    // The Python SDK's classes per status (anthropic.PermissionDeniedError…), printed without the body by some tools.
    const cases: [string, string][] = [
      ['anthropic.PermissionDeniedError: Error code: 403', 'permission-denied'],
      ['anthropic.NotFoundError: Error code: 404', 'model-not-found'],
      ['anthropic.RateLimitError: Error code: 429', 'rate-limited'],
      ['anthropic.InternalServerError: Error code: 500', 'internal-server-error'],
    ];
    for (const [text, id] of cases) expect(diagnoseText(text), text).toMatchObject({ id, basis: 'family' });
    expect(diagnoseText('openai.PermissionDeniedError: Error code: 403').id).toBeNull();
    expect(diagnoseText('anthropic.MadeUpError: Error code: 403').id).toBeNull();
  });

  test('529, a status only Anthropic sends, is the overload with no type beside it; another provider’s 529 is not', () => {
    // aaif-goose/goose#2801
    const text = 'Error: Request failed: Request failed with status: 529 <unknown status code>';
    expect(diagnoseText(text)).toMatchObject({ id: 'overloaded', basis: 'family', facts: { status: 529 } });
    expect(diagnoseText(text.replace('529', '503')).id).toBeNull();
    expect(diagnoseText(`${text} from api.deepseek.com`).id).toBeNull();
  });

  test('a bare status and type, as some wrappers print them', () => {
    // The form of an HTTP error wrapper that prints "HTTP <status>: <type>: <reason>".
    const diagnosis = diagnoseText('HTTP 404: not_found_error: Not Found (request_id: req_011CabcdEFGHijklMN)');
    expect(diagnosis).toMatchObject({ id: 'model-not-found', basis: 'family', facts: { status: 404, requestId: 'req_011CabcdEFGHijklMN' } });
  });
});

describe('wrapped bodies', () => {
  test('behind an OpenAI-compatible layer, an Anthropic body is still Anthropic’s', () => {
    const text = `OpenAI API error: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': "This request would exceed your account's rate limit. Please try again later."}, 'request_id': 'req_011CbN5JKnMqcKaKxhkPAbHB'}`;
    const diagnosis = diagnoseText(text);
    expect(diagnosis).toMatchObject({ id: 'rate-limited', facts: { status: 429 } });
    expect(diagnosis.facts.vendor).toBeUndefined();
  });

  test('another provider’s words inside an Anthropic-shaped body still make it theirs', () => {
    // MiniMax-AI/MiniMax-M2#62: MiniMax's Anthropic-compatible endpoint.
    const text =
      'API Error: 500 {"type":"error","error":{"type":"api_error","message":"insufficient balance (1008)"},"request_id":"05997465cd2ee4bd50b24b216c911b75"}';
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'MiniMax' } });
  });

  test('an OpenAI-shaped error (message first, a param key) names no Claude error, even with an Anthropic type name', () => {
    // skorokithakis/sysaidmin#9 and himanushi/chat-code#17
    const single = `error code: 400 - {'error': {'message': "The requested model 'gpt-4-1106-preview' does not exist.", 'type': 'invalid_request_error', 'param': 'model', 'code': 'model_not_found'}}`;
    const pretty =
      '{\n  "error": {\n    "message": "This model\'s maximum context length is 4097 tokens. However, your messages resulted in 4363 tokens. Please reduce the length of the messages.",\n    "type": "invalid_request_error",\n    "param": "messages",\n    "code": "context_length_exceeded"\n  }\n}';
    for (const text of [single, pretty]) {
      expect(structureOf(text).foreign.length, text).toBe(1);
      expect(diagnoseText(text), text).toMatchObject({ id: null, confidence: 0 });
    }
  });

  test('a LiteLLM proxy error in OpenAI shape that carries an Anthropic body is Anthropic’s', () => {
    const text =
      '{"error":{"message":"litellm.RateLimitError: AnthropicException - {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"rate_limit_error\\",\\"message\\":\\"Zebras are not allowed\\"}}","type":null,"param":null,"code":"429"}}';
    expect(diagnoseText(text)).toMatchObject({ id: 'rate-limited', basis: 'family' });
  });

  test('the older body with the type first is Anthropic’s even when the paste mentions another provider', () => {
    // jtsang4/claude-to-chatgpt#15: the prose around it names OpenAI.
    const text =
      '没记错OpenAI 报错会发一个message之类的信息\n\n{"error":{"type":"rate_limit_error","message":"Number of concurrent connections to Claude exceeds your rate limit. Please try again, or contact sales@anthropic.com to discuss your options for a rate limit increase."}}';
    expect(structureOf(text).types.at(-1)?.enveloped).toBe(true);
    expect(diagnoseText(text).id).toBe('rate-limited');
  });

  test('a bare type in a paste that names another provider is theirs', () => {
    // evalstate/fast-agent#621: DeepSeek's OpenAI-compatible error, with the type also printed outside the body.
    const text =
      "Error details: deepseek request failed for model 'deepseek-chat' (code:\n\ninvalid_request_error) (status=400): Error code: 400 - {'error': {'message': 'x', 'type': 'invalid_request_error',\n\n'param': None, 'code': 'invalid_request_error'}}";
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'DeepSeek' } });
  });

  test('a provider’s name is a layer’s where Anthropic’s own links are in the body; its own words still name it', () => {
    // FoundationAgents/OpenManus#746: the OpenAI client over Anthropic, an Anthropic message in an OpenAI-shaped body.
    const layered =
      "OpenAI API error: Error code: 429 - {'error': {'code': 'rate_limit_error', 'message': 'This request would exceed the rate limit for your organization of 20,000 input tokens per minute. For details, refer to: https://docs.anthropic.com/en/api/rate-limits.', 'type': 'invalid_request_error', 'param': None}}";
    expect(diagnoseText(layered)).toMatchObject({ id: 'rate-limited' });
    expect(diagnoseText(layered).facts.vendor).toBeUndefined();
    // Without the link the name stands, and the same words are read as that provider's.
    expect(diagnoseText(layered.replace('https://docs.anthropic.com/en/api/rate-limits', 'the docs'))).toMatchObject({
      id: null,
      facts: { vendor: 'OpenAI' },
    });
    // A provider's own words are not a name: an Anthropic link elsewhere does not make OpenAI's quota error Claude's.
    const quota =
      "Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'type': 'insufficient_quota'}} (see docs.anthropic.com for the other key)";
    expect(diagnoseText(quota)).toMatchObject({ id: null, facts: { vendor: 'OpenAI' } });
  });

  test('a provider named after a Claude message, in prose, does not claim it; named before it, it does', () => {
    // techysy/10router#27: OpenClaw's own line, then the person says which provider they route to.
    const message = 'Error: LLM request failed: provider rejected the request schema or tool payload.';
    expect(diagnoseText(`${message} I use deepseek 4.1 flash through 10router`)).toMatchObject({ id: 'openclaw-schema-rejected' });
    expect(diagnoseText(`DeepSeek: ${message}`)).toMatchObject({ id: null, facts: { vendor: 'DeepSeek' } });
  });

  test('MiniMax’s coded messages in OpenClaw’s wrapper are MiniMax’s', () => {
    // openclaw/openclaw#6971
    const text = "LLM request rejected: invalid params, tool result's tool id(functions_exec_66) not found (2013)";
    expect(diagnoseText(text)).toMatchObject({ id: null, facts: { vendor: 'MiniMax' } });
  });

  test('a Vercel AI SDK error names the body it carries', () => {
    // Built from the properties AI_APICallError documents (statusCode, responseBody) around a real 529 body.
    const text =
      'AI_APICallError: Overloaded\n    at file:///app/node_modules/@ai-sdk/provider-utils/dist/index.mjs:1:1\n  statusCode: 529,\n  responseBody: \'{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\',';
    expect(diagnoseText(text)).toMatchObject({ id: 'overloaded', facts: { errorType: 'overloaded_error' } });
  });
});

describe('text in another script right against the message', () => {
  const message = "You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";
  const glued: [string, string][] = [
    ['Chinese before', `错误：LLM request rejected: ${message}`],
    ['Chinese after', `LLM request rejected: ${message}请帮忙`],
    ['Japanese on both sides', `エラー${message}どうすればいいですか`],
    ['Korean on both sides', `오류${message}도와주세요`],
    ['fullwidth punctuation', `【错误】${message}。`],
  ];
  for (const [name, text] of glued) {
    test(`${name} does not hide it`, () => {
      const diagnosis = diagnoseText(text);
      expect(diagnosis.id).toBe('out-of-extra-usage');
      expect(diagnosis.confidence).toBeGreaterThanOrEqual(0.85);
      expect(evidenceWords(text, diagnosis).join(' ')).toContain("You're out of extra usage");
    });
  }

  test('a JSON body glued to a Chinese title is read', () => {
    // Wei-Shaw/sub2api#5985
    const text =
      'Claude请求一直被限流{ "error": { "message": "Upstream rate limit exceeded, please retry later", "type": "rate_limit_error" }, "type": "error" }';
    expect(diagnoseText(text)).toMatchObject({ id: 'rate-limited', facts: { errorType: 'rate_limit_error' } });
  });
});

describe('known wordings read as clear matches', () => {
  const placeholder = /<[^<>]*>/;
  const wordings = rawVariants
    .filter((variant) => (variant.signals?.specificity ?? 0) > 0)
    .flatMap((variant) =>
      (variant.wordings ?? []).filter((wording) => !placeholder.test(wording.text)).map((wording) => [wording.text, variant.id] as const),
    );

  test('there are wordings to check', () => {
    expect(wordings.length).toBeGreaterThan(50);
  });

  for (const [text, id] of wordings) {
    test(`"${text.slice(0, 60)}" is ${id} with at least 85%`, () => {
      const diagnosis = diagnoseText(text);
      expect(diagnosis).toMatchObject({ id, basis: 'message' });
      expect(diagnosis.confidence).toBeGreaterThanOrEqual(0.85);
    });
  }

  test('the classic Claude Code plan line is the plan limit, with its reset', () => {
    const text = 'Claude usage limit reached. Your limit will reset at 5pm (Europe/Berlin).';
    expect(diagnoseText(text)).toMatchObject({ id: 'plan-usage-limit', facts: { reset: { hour: 17, zone: 'Europe/Berlin' } } });
  });

  test('the pipe form of the old plan line gives its Unix time as the reset', () => {
    expect(diagnoseText('Claude AI usage limit reached|1762952400').facts.reset).toMatchObject({ at: 1762952400000 });
  });
});

describe('other providers', () => {
  test('each provider’s own words, alone in an error line, name that provider and no Claude guide', () => {
    for (const vendor of knownVendors) {
      for (const phrase of vendor.phrases) {
        const diagnosis = diagnoseText(`Error: 400 ${phrase}`);
        expect(diagnosis.id, phrase).toBeNull();
        expect(diagnosis.facts.vendor, phrase).toBe(vendor.name);
      }
    }
  });
});
