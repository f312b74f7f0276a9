import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Diagnosis } from '../../src/matcher/diagnose.ts';
import { hostilePastes, megabyte } from '../fixtures/hostile-pastes.ts';
import { data, diagnoseText } from './matcher-helpers.ts';

const ids = new Set(data.variants.map((variant) => variant.id));

/** Checks the shape every diagnosis must have, whatever the input. */
function expectWellFormed(diagnosis: Diagnosis, length: number): void {
  expect(diagnosis.id === null || ids.has(diagnosis.id)).toBe(true);
  expect(diagnosis.confidence).toBeGreaterThanOrEqual(0);
  expect(diagnosis.confidence).toBeLessThanOrEqual(1);
  let previousEnd = -1;
  for (const span of diagnosis.evidence) {
    expect(span.start).toBeGreaterThan(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(length);
    previousEnd = span.end;
  }
  for (const other of diagnosis.others) expect(ids.has(other) && other !== diagnosis.id).toBe(true);
  if (diagnosis.id === null) expect(diagnosis.evidence).toEqual([]);
}

/** Pieces that exercise every branch of the normaliser and the phrase search. */
const hostilePiece = fc.constantFrom(
  '\\',
  '\\\\\\"',
  '\\u',
  '\\u20',
  '\\u2019',
  '\\x',
  '\\xe2',
  '\\U0001F600',
  '&',
  '&amp;',
  '&amp;amp;#',
  '&#',
  '&#x',
  '&#39;',
  '&#1114111;',
  '\u001b',
  '\u001b[',
  '\u001b[1;31m',
  '\u001b]8;;',
  '\u0007',
  '[31m',
  '^[[',
  '\ud800',
  '\udc00',
  '\u0000',
  '\r\n',
  ' ',
  '$',
  '$20',
  '400 {',
  'LLM request rejected',
  'LLM request rejected:',
  'request_id":"',
  'req_',
  'Third-party apps now draw from your extra usage',
  'thirdparty',
  'credit to get',
  'You\u2019re out of',
  'overloaded',
  'Ｅ',
  'claude code',
);

describe('diagnose on any input', () => {
  test('never throws and always answers in the documented shape for random unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(diagnoseText(text), text.length);
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on strings of lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 300 }), (text) => {
        expectWellFormed(diagnoseText(text), text.length);
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on hostile mixes of escapes, entities, terminal codes and phrase pieces', () => {
    fc.assert(
      fc.property(fc.array(hostilePiece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        expectWellFormed(diagnoseText(text), text.length);
      }),
      { numRuns: 400 },
    );
  });

  test('finds a known message wherever it sits in random text, with evidence inside the message', () => {
    const message = "You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";
    // eslint-disable-next-line no-control-regex -- ESC is one of the characters kept out of the noise
    const noise = fc.string({ maxLength: 120 }).map((text) => text.replace(/[\\&[\u001b^]/g, ' '));
    fc.assert(
      fc.property(noise, noise, (before, after) => {
        const text = `${before}\n${message}\n${after}`;
        const diagnosis = diagnoseText(text);
        expect(diagnosis.id === 'out-of-extra-usage' || diagnosis.id === 'org-add-more' || diagnosis.others.includes('out-of-extra-usage')).toBe(
          true,
        );
        const start = before.length + 1;
        expect(diagnosis.evidence.some((span) => span.start >= start && span.end <= start + message.length)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('diagnose on huge hostile input', () => {
  // How long each takes is a figure of `npm run bench` (scripts/bench-matcher.mjs), not a pass or fail here.
  for (const [name, text] of hostilePastes()) {
    test(`reads 1 MB or more of ${name} and answers in the usual shape`, () => {
      const diagnosis = diagnoseText(text);
      expectWellFormed(diagnosis, text.length);
      expect(diagnosis.truncated).toBe(text.length > megabyte);
    });
  }
});
