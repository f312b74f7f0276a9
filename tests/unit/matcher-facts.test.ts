// What is read off a paste besides the variant: which status, request id, amount, tool, provider and reset the reader
// is shown when a paste holds several, and how far from the message each may stand.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

/** The message without its final full stop, so that its evidence ends where the text ends. */
const outOfExtraUsage = "You're out of extra usage. Add more at claude.ai/settings/usage and keep going";
const rateLimitBody =
  '{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your account\'s rate limit. Please try again later."}}';
const filler = 'x'.repeat(300);

describe('the status', () => {
  test('is one the error comes with, even when another status stands nearer the message', () => {
    expect(diagnoseText(`API Error: 429 (retrying)\n${filler}\nstatus 500 ${rateLimitBody}`).facts.status).toBe(429);
  });

  test('among statuses the error does not come with, is the one nearest the message', () => {
    expect(diagnoseText(`API Error: 502 {\n${filler}\nAPI Error: 503 ${outOfExtraUsage}`).facts.status).toBe(503);
    expect(diagnoseText(`API Error: 503 ${outOfExtraUsage}\n${filler}\nAPI Error: 502 {`).facts.status).toBe(503);
  });

  test('with no message recognised, is the first printed', () => {
    expect(diagnoseText('API Error: 500 something broke\nAPI Error: 502 again').facts.status).toBe(500);
  });

  test('with no number printed, comes from the first error type in the paste', () => {
    expect(diagnoseText('{"type":"overloaded_error"} then rate_limit_error').facts.status).toBe(529);
    expect(diagnoseText('rate_limit_error then {"type":"overloaded_error"}').facts.status).toBe(429);
  });
});

describe('the request id', () => {
  test('is the one nearest the message', () => {
    const text = `req_AAAAAAAAAAAA first\n${filler}\n${outOfExtraUsage} req_BBBBBBBBBBBB`;
    expect(diagnoseText(text).facts.requestId).toBe('req_BBBBBBBBBBBB');
  });

  test('with no message recognised, is the first printed', () => {
    expect(diagnoseText('req_AAAAAAAAAAAA one\nreq_BBBBBBBBBBBB two').facts.requestId).toBe('req_AAAAAAAAAAAA');
  });
});

describe('an amount', () => {
  test('is read off up to 200 chars from the message, and not beyond', () => {
    expect(diagnoseText(`${outOfExtraUsage}${' '.repeat(200)}$50`).facts.amount).toBe(50);
    expect(diagnoseText(`${outOfExtraUsage}${' '.repeat(201)}$50`).facts.amount).toBeUndefined();
  });
});

describe('the tool', () => {
  test('is the first one the paste names', () => {
    expect(diagnoseText(`Claude Code said ${outOfExtraUsage} in Cline`).facts.tool).toBe('Claude Code');
    expect(diagnoseText(`Cline said ${outOfExtraUsage} in Claude Code`).facts.tool).toBe('Cline');
  });
});

describe('another provider', () => {
  test('is the first one the paste names', () => {
    expect(diagnoseText('OpenRouter and OpenAI both failed').facts.vendor).toBe('OpenRouter');
    expect(diagnoseText('OpenAI and OpenRouter both failed').facts.vendor).toBe('OpenAI');
  });
});

describe('the reset time', () => {
  test('is read when printed on the message’s line within reach after it, and not further on', () => {
    expect(diagnoseText(`${outOfExtraUsage}${'.'.repeat(149)} resets 3am`).facts.reset).toMatchObject({ hour: 3, minute: 0 });
    expect(diagnoseText(`${outOfExtraUsage}${'.'.repeat(150)} resets 3am`).facts.reset).toBeUndefined();
  });

  test('from the headers, when they decide, wins over a clock time in the words', () => {
    const text =
      '< HTTP/2 429\n< anthropic-ratelimit-unified-status: rejected\n< anthropic-ratelimit-unified-representative-claim: five_hour\n< anthropic-ratelimit-unified-reset: 1767283200\n' +
      "You've hit your limit · resets 3am (Europe/London)";
    expect(diagnoseText(text)).toMatchObject({ id: 'plan-usage-limit', basis: 'headers', facts: { reset: { at: 1767283200000 } } });
  });
});

describe('the structured fields', () => {
  test('an error code the catalogue does not know is still read off, and the type decides', () => {
    const text = 'API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"x","details":{"error_code":"something_new"}}}';
    expect(diagnoseText(text)).toMatchObject({ id: 'rate-limited', basis: 'family', facts: { errorCode: 'something_new' } });
  });

  test('why usage credits did not take over is read only when they were the limit', () => {
    const headers = (claim: string) =>
      `< HTTP/2 429\n< anthropic-ratelimit-unified-status: rejected\n< anthropic-ratelimit-unified-representative-claim: ${claim}\n< anthropic-ratelimit-unified-overage-disabled-reason: out_of_credits`;
    expect(diagnoseText(headers('five_hour')).facts.overageReason).toBeUndefined();
    expect(diagnoseText(headers('overage')).facts.overageReason).toBe('out_of_credits');
  });

  test('a code confirmed by the words of its message is surer than the code alone', () => {
    const body = (message: string) =>
      `API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"${message}","details":{"error_code":"enforced_spend_limit_reached"}}}`;
    const alone = diagnoseText(body('Something worded anew'));
    const confirmed = diagnoseText(
      body(
        "You have reached your API usage limits: your organization has crossed its monthly API usage threshold, set based on your organization's API tier. You will regain access on 2026-01-01 at 00:00 UTC.",
      ),
    );
    expect(alone).toMatchObject({ id: 'member-spend-limit', basis: 'code' });
    expect(confirmed).toMatchObject({ id: 'api-usage-limit', basis: 'code' });
    expect(confirmed.confidence).toBeGreaterThan(alone.confidence);
    expect(confirmed.confidence).toBeLessThan(1);
  });
});
