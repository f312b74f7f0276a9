// The small readers behind the facts, through diagnose: amounts in each written form, what reads as a status or a
// request id, and when a message follows a wrapper's colon.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

const starter = (amount: string) =>
  `Third-party apps now draw from your extra usage, not your plan limits. We've added a ${amount} credit to get you started.`;

describe('an amount', () => {
  for (const [written, amount] of [
    ['$200', 200],
    ['$200.00', 200],
    ['US$200', 200],
    ['USD 100', 100],
    ['200 USD', 200],
    ['100 dollars', 100],
  ] as const) {
    test(`written "${written}" picks its tier and is read off`, () => {
      expect(diagnoseText(starter(written))).toMatchObject({ id: `starter-credit-${amount}`, facts: { amount } });
    });
  }
});

describe('a status', () => {
  test('reads after a word that names one, or before a body', () => {
    expect(diagnoseText('request 429').facts.status).toBe(429);
    expect(diagnoseText('429 {"x":1}').facts.status).toBe(429);
    expect(diagnoseText('oops 429 (Too Many Requests)').facts.status).toBe(429);
  });

  test('is not any number that happens to sit later in a sentence with such a word', () => {
    expect(diagnoseText('the request came back at 10:00 and then 429 later').facts.status).toBeUndefined();
  });
});

describe('a request id', () => {
  test('reads from a request-id field, or as a bare req_ id', () => {
    expect(diagnoseText("request-id: abc-123 You're out of extra usage.").facts.requestId).toBe('abc-123');
    expect(diagnoseText("req_ABCDEFGH12 You're out of extra usage.").facts.requestId).toBe('req_ABCDEFGH12');
  });

  test('is none when the field says null or None', () => {
    expect(diagnoseText('{"request_id": null} You\'re out of extra usage.').facts.requestId).toBeUndefined();
    expect(diagnoseText('{"request_id": "None"} req_ABCDEFGH12 You\'re out of extra usage.').facts.requestId).toBe('req_ABCDEFGH12');
  });
});

describe('a message after the wrapper', () => {
  test('needs eight letters, in any script', () => {
    expect(diagnoseText('LLM request rejected: abcdefgh').id).toBe('invalid-request');
    expect(diagnoseText('LLM request rejected: abcdefg').id).toBe('llm-request-rejected');
    expect(diagnoseText('LLM request rejected: 请求被拒绝了因为余额不足').id).toBe('invalid-request');
  });
});
