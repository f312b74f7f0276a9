// explain(): errors as the Anthropic SDK builds them (its own classes, no network), response bodies and text.
import Anthropic, { APIConnectionError, APIError } from '@anthropic-ai/sdk';
import { describe, expect, test } from 'vitest';
import { defaultSiteUrl } from '../../src/site.ts';
import { diagnose, explain, getVariant, listVariants } from '../../src/toolkit/index.ts';

/** A message with its `<…>` parts filled in, as a server would print it. */
function filled(message: string): string {
  return message.replace(/<[^>]+>/g, 'claude-sonnet-4-5');
}

/** What the SDK throws for a response with this status, body and headers. */
function sdkError(status: number, type: string, message: string, headers: Record<string, string> = {}): APIError {
  return APIError.generate(
    status,
    { type: 'error', error: { type, message }, request_id: 'req_011CVz8mQk2d5bXh7nE4tRwa' },
    undefined,
    new Headers(headers),
  );
}

const withStatus = listVariants().filter((variant) => variant.status !== undefined && variant.messages.length > 0);
const statuses = [...new Set(withStatus.map((variant) => variant.status!))].sort();

describe('explain()', () => {
  test('the catalogue covers several statuses (the table below is not empty)', () => {
    expect(statuses).toEqual(expect.arrayContaining([400, 401, 403, 413, 429, 500, 529]));
  });

  test.each(statuses)('names the right guide for SDK-built errors with status %i', (status) => {
    let named = 0;
    for (const variant of withStatus.filter((candidate) => candidate.status === status)) {
      for (const message of variant.messages.map(filled)) {
        // Only messages the matcher tells apart on their own: the SDK's wrapping must not lose or change them.
        if (diagnose(message).id !== variant.id) continue;
        const error = sdkError(status, variant.errorType ?? 'api_error', message);
        expect(error).toBeInstanceOf(Anthropic.APIError);
        expect(error.status).toBe(status);
        const explanation = explain(error);
        expect(explanation?.id, `${error.constructor.name}: ${message}`).toBe(variant.id);
        expect(explanation?.guideUrl).toBe(`${defaultSiteUrl}/errors/${variant.id}/`);
        named++;
      }
    }
    expect(named, `no variant with status ${status} was named from an SDK error`).toBeGreaterThan(0);
  });

  test('gives the title, a one-line explanation, who can fix it and a printable line', () => {
    const explanation = explain(
      sdkError(429, 'rate_limit_error', "You've hit your org's monthly spend limit · visit claude.ai/admin-settings/usage to raise it"),
    );
    const variant = getVariant('org-spend-limit-reached')!;
    expect(explanation).toMatchObject({
      id: variant.id,
      title: variant.title,
      explanation: variant.summary,
      actor: 'admin',
      whoCanFix: "your organization's Owner can fix it",
    });
    expect(explanation!.explanation).not.toContain('\n');
    expect(explanation!.line).toBe(`${variant.title} · your organization's Owner can fix it · ${defaultSiteUrl}/errors/org-spend-limit-reached/`);
    expect(explanation!.confidence).toBeGreaterThan(0.5);
  });

  test('reads a response body, an Error and plain text alike', () => {
    const message = 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.';
    const body = { type: 'error', error: { type: 'invalid_request_error', message } };
    expect(explain(body)?.id).toBe('api-credit-too-low');
    expect(explain({ status: 400, body: JSON.stringify(body) })?.id).toBe('api-credit-too-low');
    expect(explain(new Error(`400 ${JSON.stringify(body)}`))?.id).toBe('api-credit-too-low');
    expect(explain(`API Error: 400 ${message}`)?.id).toBe('api-credit-too-low');
  });

  test('reads the reset time off the subscription headers, then retry-after; a time in the message comes first', () => {
    const resetAt = Date.UTC(2026, 11, 4, 17, 30) / 1000;
    const rateLimit = "This request would exceed your account's rate limit. Please try again later.";
    const unified = explain(
      sdkError(429, 'rate_limit_error', rateLimit, { 'anthropic-ratelimit-unified-reset': String(resetAt), 'retry-after': '60' }),
    );
    expect(unified?.reset).toEqual({ text: '2026-12-04T17:30:00.000Z', year: 2026, month: 11, day: 4, hour: 17, minute: 30, zone: 'UTC' });
    expect(unified?.line).toContain(' · resets 2026-12-04T17:30:00.000Z · ');
    const retryAfter = explain(sdkError(429, 'rate_limit_error', rateLimit, { 'retry-after': '90' }));
    expect(retryAfter?.reset).toEqual({ text: 'in 90 seconds', inMinutes: 2 });
    const plainHeaders = explain({
      status: 429,
      error: { type: 'error', error: { type: 'rate_limit_error', message: rateLimit } },
      headers: { 'Retry-After': '30' },
    });
    expect(plainHeaders?.reset?.inMinutes).toBe(1);
    const printed = explain(
      sdkError(429, 'rate_limit_error', "You've hit your session limit · resets 3:45pm (Europe/Lisbon)", { 'retry-after': '30' }),
    );
    expect(printed?.id).toBe('plan-usage-limit');
    expect(printed?.reset).toMatchObject({ text: expect.stringContaining('3:45pm') as string, hour: 15, minute: 45, zone: 'Europe/Lisbon' });
    expect(explain(sdkError(429, 'rate_limit_error', rateLimit))?.reset).toBeUndefined();
  });

  test.each([
    [400, 'invalid_request_error', 'organization_on_hold', 'organization-disabled'],
    [400, 'invalid_request_error', 'organization_url_fetch_disabled', 'invalid-request'],
    [413, 'request_too_large', 'request_body_too_large_after_decoding', 'request-too-large'],
    [429, 'rate_limit_error', 'ramp_limit_exceeded', 'rate-limited'],
  ])('names the guide of a %i %s that the SDK built with the error code %s', (status, type, code, id) => {
    const error = APIError.generate(
      status,
      { type: 'error', error: { type, message: 'Request rejected', details: { error_code: code } }, request_id: 'req_1' },
      undefined,
      new Headers(),
    );
    expect((error as APIError & { errorCode?: string }).errorCode).toBe(code);
    expect(explain(error)?.id).toBe(id);
  });

  test('links the site it is given', () => {
    expect(explain(sdkError(529, 'overloaded_error', 'Overloaded'), { siteUrl: 'http://localhost:4321' })?.guideUrl).toBe(
      'http://localhost:4321/errors/overloaded/',
    );
  });

  test('is null for what it does not know, and never throws on odd input', () => {
    expect(explain(sdkError(418, 'teapot_error', "I'm a teapot"))).toBeNull();
    expect(explain('the restaurant was overloaded')).toBeNull();
    const circular: Record<string, unknown> = { status: 400 };
    circular['error'] = circular;
    for (const input of [null, undefined, 42, '', {}, [], circular, new APIConnectionError({ message: undefined })]) {
      expect(() => explain(input)).not.toThrow();
    }
    expect(explain(circular)).toBeNull();
  });
});
