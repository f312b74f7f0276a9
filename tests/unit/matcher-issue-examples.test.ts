// Breakages a reviewer made by hand in the matcher that no test noticed (issue 19); each test here fails on one.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

// The paste box calls a match "Clear" from this confidence up (certainty() in src/elements/paste-box.ts).
const clearMatch = 0.85;

const overloaded = 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
const invalidKey = 'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}';

describe('a verbatim message pasted alone', () => {
  for (const [id, message] of [
    ['out-of-extra-usage', "You're out of extra usage. Add more at claude.ai/settings/usage and keep going."],
    [
      'starter-credit-20',
      "Third-party apps now draw from your extra usage, not your plan limits. We've added a $20 credit to get you started. Claim it at claude.ai/settings/usage and keep going.",
    ],
    ['overloaded', overloaded],
  ] as const) {
    test(`is a clear match for ${id}`, () => {
      const diagnosis = diagnoseText(message);
      expect(diagnosis.id).toBe(id);
      expect(diagnosis.confidence).toBeGreaterThanOrEqual(clearMatch);
      expect(diagnosis.others).toEqual([]);
    });
  }
});

describe('two errors on one line', () => {
  test('are both reported: an auth error and an overload', () => {
    const diagnosis = diagnoseText(`${invalidKey} then ${overloaded}`);
    expect([diagnosis.id, ...diagnosis.others].sort()).toEqual(['invalid-api-key', 'overloaded']);
  });

  test('are both reported: an empty balance and an overload, side by side', () => {
    const diagnosis = diagnoseText(`You're out of extra usage. Add more at claude.ai/settings/usage and keep going. | ${overloaded}`);
    expect([diagnosis.id, ...diagnosis.others].sort()).toEqual(['out-of-extra-usage', 'overloaded']);
  });
});
