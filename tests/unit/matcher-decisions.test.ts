// What decides when a paste carries several signals: two error codes, a code and another message, headers that name
// no guide, and a message repeated in a long log.
import { describe, expect, test } from 'vitest';
import { diagnoseText, evidenceWords } from './matcher-helpers.ts';

const outOfExtraUsage = "You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";
const codeBody = (code: string) =>
  `{"type":"error","error":{"type":"rate_limit_error","message":"Something worded anew","details":{"error_code":"${code}"}}}`;
const rejectedOverage = [
  '< HTTP/2 429',
  '< anthropic-ratelimit-unified-status: rejected',
  '< anthropic-ratelimit-unified-overage-status: rejected',
  '< anthropic-ratelimit-unified-reset: 1767283200',
].join('\n');

describe('error codes', () => {
  test('the last known code in the paste decides', () => {
    expect(diagnoseText(`${codeBody('credits_required')}\n${codeBody('enforced_spend_limit_reached')}`)).toMatchObject({
      id: 'member-spend-limit',
      basis: 'code',
      facts: { errorCode: 'enforced_spend_limit_reached' },
    });
    expect(diagnoseText(`${codeBody('enforced_spend_limit_reached')}\n${codeBody('credits_required')}`)).toMatchObject({
      id: 'model-limit',
      basis: 'code',
      facts: { errorCode: 'credits_required' },
    });
  });

  test('another known message elsewhere in the paste is listed beside what the code names', () => {
    expect(diagnoseText(`${codeBody('enforced_spend_limit_reached')}\n\n${outOfExtraUsage}`)).toMatchObject({
      id: 'member-spend-limit',
      basis: 'code',
      others: ['out-of-extra-usage'],
    });
  });
});

describe('headers that name no guide', () => {
  // Usage credits refused with no reason given: the headers say which limit, the words say which guide.
  test('leave the decision to the words and give their reset when the words print none', () => {
    const diagnosis = diagnoseText(`${rejectedOverage}\n${outOfExtraUsage}`);
    expect(diagnosis).toMatchObject({ id: 'out-of-extra-usage', basis: 'message', facts: { limit: 'overage', reset: { at: 1767283200000 } } });
  });

  test('keep the reset the words print', () => {
    const diagnosis = diagnoseText(`${rejectedOverage}\nYou've hit your limit · resets 3am (Europe/London)`);
    expect(diagnosis).toMatchObject({ basis: 'message', facts: { limit: 'overage', reset: { hour: 3, zone: 'Europe/London' } } });
    expect(diagnosis.facts.reset?.at).toBeUndefined();
  });
});

describe('a message repeated through a long log', () => {
  test('is marked at each of its first 64 repeats', () => {
    const text = `${outOfExtraUsage}\n`.repeat(100);
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBe('out-of-extra-usage');
    expect(diagnosis.evidence).toHaveLength(64);
    expect(diagnosis.evidence[0]!.start).toBe(0);
    expect(diagnosis.evidence[63]!.start).toBe(63 * (outOfExtraUsage.length + 1));
  });
});

describe('input that is not a paste', () => {
  test('a value that is not text reads as an empty paste', () => {
    expect(diagnoseText(undefined as unknown as string)).toMatchObject({ id: null, confidence: 0, evidence: [], truncated: false });
  });
});

describe('the structured fields as evidence', () => {
  const headers = [
    '< HTTP/2 429',
    '< anthropic-ratelimit-unified-status: rejected',
    '< anthropic-ratelimit-unified-representative-claim: five_hour',
  ].join('\n');

  test('the headers that decided are marked', () => {
    const diagnosis = diagnoseText(headers);
    expect(diagnosis).toMatchObject({ id: 'plan-usage-limit', basis: 'headers' });
    expect(evidenceWords(headers, diagnosis)).toEqual([
      'anthropic-ratelimit-unified-status: rejected',
      'anthropic-ratelimit-unified-representative-claim: five_hour',
    ]);
  });

  test('an error code alone is surer than the headers alone', () => {
    const code = diagnoseText(`API Error: 429 ${codeBody('enforced_spend_limit_reached')}`);
    expect(code.basis).toBe('code');
    expect(code.confidence).toBeGreaterThan(diagnoseText(headers).confidence);
  });
});

describe('the bare wrapper', () => {
  test('on its own line before a known message is not another error', () => {
    expect(diagnoseText(`LLM request rejected\n\n${outOfExtraUsage}`)).toMatchObject({ id: 'out-of-extra-usage', others: [] });
  });

  test('next to another provider’s name is that provider’s', () => {
    expect(diagnoseText('OpenAI: LLM request rejected')).toMatchObject({ id: null, facts: { vendor: 'OpenAI' } });
  });
});
