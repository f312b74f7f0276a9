import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Diagnosis } from '../../src/matcher/diagnose.ts';
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
  const megabyte = 1024 * 1024;
  const inputs: [string, string][] = [
    ['backslashes', '\\'.repeat(5 * megabyte)],
    ['unterminated OSC sequences', '\u001b]'.repeat(megabyte / 2)],
    ['ampersands', '&amp;'.repeat(megabyte / 5)],
    ['colour-code look-alikes', '[31'.repeat(megabyte / 3)],
    ['phrase pieces that never complete', 'thirdparty appsnow credittoget youreout '.repeat(megabyte / 40)],
    ['the wrapper over and over', 'LLM request rejected: '.repeat(megabyte / 22)],
    ['status look-alikes', 'error 400 '.repeat(megabyte / 10)],
    ['random bytes', Array.from({ length: megabyte }, (_, k) => String.fromCharCode((k * 7919) % 65536)).join('')],
    ['NUL characters', '\u0000'.repeat(megabyte)],
  ];
  for (const [name, text] of inputs) {
    // A linear pass takes tens of milliseconds; a quadratic one would take minutes. The bound leaves room for a loaded machine.
    test(`stays under two seconds for 1 MB or more of ${name}`, () => {
      const started = performance.now();
      const diagnosis = diagnoseText(text);
      const elapsed = performance.now() - started;
      expectWellFormed(diagnosis, text.length);
      expect(diagnosis.truncated).toBe(text.length > megabyte);
      expect(elapsed).toBeLessThan(2000);
    });
  }
});
