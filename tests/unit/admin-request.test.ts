import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { rawVariants } from '../../src/catalogue/raw.ts';
import {
  claimUrl,
  decodeRequest,
  doneReply,
  encodeRequest,
  fieldCaps,
  mailtoUrl,
  requestFields,
  requestHeadline,
  requestMessage,
  requestSubject,
  sanitizeValue,
} from '../../src/admin/request.ts';
import { parseClaimCatalogue, stepsKind } from '../../src/admin/claim.ts';
import { checklistItems, parseChecked, progressText, serializeChecked } from '../../src/admin/checklist.ts';

const knownIds = rawVariants.map((variant) => variant.id);

describe('requestFields and fieldCaps', () => {
  test('name exactly the fields of the admin link, in order', () => {
    expect(requestFields).toEqual(['from', 'org', 'tool', 'variant', 'note']);
  });

  test('give every field a cap long enough for every variant id', () => {
    for (const field of requestFields) expect(fieldCaps[field]).toBeGreaterThan(0);
    for (const id of knownIds) expect(id.length).toBeLessThanOrEqual(fieldCaps.variant);
  });
});

describe('sanitizeValue', () => {
  test('keeps markup, entities and URLs exactly as typed', () => {
    for (const value of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '&lt;b&gt; &amp; &#60;', '"quoted" \'single\'']) {
      expect(sanitizeValue(value, 200)).toBe(value);
    }
  });

  test('removes right-to-left overrides, isolates and marks', () => {
    expect(sanitizeValue('invoice\u202Efdp.exe', 80)).toBe('invoicefdp.exe');
    expect(sanitizeValue('\u2066a\u2067b\u2068c\u2069\u200Ed\u200Fe\u202Af\u202Bg\u202Ch\u202Di\u061Cj', 80)).toBe('abcdefghij');
  });

  test('removes C0 and C1 controls and DEL', () => {
    expect(sanitizeValue('a\u0000b\u0007c\u001Bd\u007Fe\u0080f\u009Fg', 80)).toBe('abcdefg');
  });

  test('turns line breaks and tabs into spaces and trims the ends', () => {
    expect(sanitizeValue('  first\nsecond\r\nthird\tfourth\u2028fifth  ', 80)).toBe('first second  third fourth fifth');
  });

  test('replaces lone surrogates with U+FFFD and keeps proper pairs', () => {
    expect(sanitizeValue('a\uD800b', 80)).toBe('a\uFFFDb');
    expect(sanitizeValue('a\uDC00b', 80)).toBe('a\uFFFDb');
    expect(sanitizeValue('\uD83D\uDE80', 80)).toBe('🚀');
  });

  test('cuts a long value to its cap', () => {
    expect(sanitizeValue('x'.repeat(10_240), 80)).toBe('x'.repeat(80));
  });

  test('never splits an emoji when cutting', () => {
    expect(sanitizeValue('ab🚀', 3)).toBe('ab');
    expect(sanitizeValue('a👩🏽‍💻', 5)).toBe('a');
    expect(sanitizeValue('a👩🏽‍💻', 8)).toBe('a👩🏽‍💻');
  });

  test('returns an empty string for a value made only of controls and spaces', () => {
    expect(sanitizeValue(' \u202E\u0000\n ', 80)).toBe('');
  });

  test('always returns well-formed text within the cap, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 0, max: 120 }), (value, cap) => {
        const clean = sanitizeValue(value, cap);
        expect(clean.length).toBeLessThanOrEqual(cap);
        expect(clean.isWellFormed()).toBe(true);
        expect(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f]/.test(clean)).toBe(false);
      }),
    );
  });
});

describe('encodeRequest', () => {
  test('writes the fields in a fixed order, URLSearchParams-encoded', () => {
    expect(encodeRequest({ note: 'by 3 pm', from: 'Ana Lima', variant: 'org-credit-claim', org: 'Acme & Co', tool: 'OpenCode' })).toBe(
      'from=Ana+Lima&org=Acme+%26+Co&tool=OpenCode&variant=org-credit-claim&note=by+3+pm',
    );
  });

  test('leaves out empty and missing fields', () => {
    expect(encodeRequest({ from: '  ', tool: 'OpenClaw' })).toBe('tool=OpenClaw');
    expect(encodeRequest({})).toBe('');
  });

  test('caps and cleans each value before encoding', () => {
    const decoded = new URLSearchParams(encodeRequest({ from: 'y'.repeat(500), note: 'a\u202Eb' }));
    expect(decoded.get('from')).toBe('y'.repeat(fieldCaps.from));
    expect(decoded.get('note')).toBe('ab');
  });

  test('ignores fields the link does not carry', () => {
    expect(encodeRequest({ from: 'Ana', extra: 'x' } as Record<string, string>)).toBe('from=Ana');
  });
});

describe('decodeRequest', () => {
  test('reads back what encodeRequest wrote', () => {
    const request = { from: 'Ana <Lima>', org: 'Acme & Co', tool: 'OpenCode', variant: 'org-add-more', note: '100% urgent + 😅' };
    expect(decodeRequest(`#${encodeRequest(request)}`, knownIds)).toEqual(request);
  });

  test('accepts a fragment with or without the leading #', () => {
    expect(decodeRequest('from=Ana', knownIds)).toEqual({ from: 'Ana' });
    expect(decodeRequest('#from=Ana', knownIds)).toEqual({ from: 'Ana' });
  });

  test('drops unknown fields and unknown variant ids', () => {
    expect(decodeRequest('#from=Ana&admin=1&__proto__=x&variant=not-a-variant', knownIds)).toEqual({ from: 'Ana' });
    expect(decodeRequest('#variant=ORG-CREDIT-CLAIM', knownIds)).toEqual({});
  });

  test('keeps the first of repeated fields', () => {
    expect(decodeRequest('#from=Ana&from=Bob', knownIds)).toEqual({ from: 'Ana' });
  });

  test('never throws on broken percent-escapes', () => {
    expect(decodeRequest('#from=%E0%A4%A', knownIds)).toEqual({ from: '\uFFFD%A' });
    expect(decodeRequest('#from=%&org=%ZZ&tool=%F0%9F%98', knownIds)).toEqual({ from: '%', org: '%ZZ', tool: '\uFFFD' });
  });

  test('decodes escaped controls and then removes them', () => {
    expect(decodeRequest('#from=a%00b%E2%80%AEc%0Ad', knownIds)).toEqual({ from: 'abc d' });
  });

  test('caps every field', () => {
    const long = 'z'.repeat(10_240);
    const request = decodeRequest(`#from=${long}&org=${long}&tool=${long}&note=${long}`, knownIds);
    expect(request.from?.length).toBe(fieldCaps.from);
    expect(request.org?.length).toBe(fieldCaps.org);
    expect(request.tool?.length).toBe(fieldCaps.tool);
    expect(request.note?.length).toBe(fieldCaps.note);
  });

  test('returns an empty request for an empty or meaningless fragment', () => {
    expect(decodeRequest('', knownIds)).toEqual({});
    expect(decodeRequest('#', knownIds)).toEqual({});
    expect(decodeRequest('#&&==&', knownIds)).toEqual({});
  });

  test('never throws and keeps only known fields, whatever the fragment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (fragment) => {
        const request = decodeRequest(fragment, knownIds);
        for (const key of Object.keys(request)) expect(requestFields).toContain(key);
        if (request.variant !== undefined) expect(knownIds).toContain(request.variant);
      }),
    );
  });
});

describe('claimUrl', () => {
  test('puts the request in the fragment of the claim page on the given origin', () => {
    expect(claimUrl('https://example.test', { from: 'Ana', variant: 'org-credit-claim' })).toBe('https://example.test/admin/claim/#from=Ana&variant=org-credit-claim');
  });

  test('gives the bare page when the request is empty, and tolerates a trailing slash', () => {
    expect(claimUrl('https://example.test/', {})).toBe('https://example.test/admin/claim/');
  });
});

describe('requestHeadline', () => {
  test('names the member and what the error asks of the admin', () => {
    expect(requestHeadline({ from: 'Ana', variant: 'org-credit-claim' })).toBe('Ana asked you to claim the organization credit');
    expect(requestHeadline({ from: 'Ana', variant: 'org-add-more' })).toBe('Ana asked you to add more extra usage');
  });

  test('falls back to a teammate and to general wording', () => {
    expect(requestHeadline({})).toBe("A teammate asked you to check the workspace's extra usage");
    expect(requestHeadline({ variant: 'rate-limited' })).toBe('A teammate asked for your help with a Claude error');
  });
});

describe('requestMessage', () => {
  const link = 'https://example.test/admin/claim/#from=Ana';

  test('asks for the claim, names the tool, error and workspace, and includes the link and signature', () => {
    const message = requestMessage({ from: 'Ana', org: 'Acme', tool: 'OpenCode', variant: 'org-credit-claim', note: 'Demo at 3' }, link, 'Organization credit waiting for an admin');
    expect(message.split('\n')).toEqual([
      'Hi! Could you claim the extra usage credit that is waiting for our Claude workspace “Acme”?',
      'OpenCode stops with “Organization credit waiting for an admin”.',
      'Only a workspace Owner or Admin can fix it, at claude.ai/settings/usage.',
      `The steps and a checklist are here: ${link}`,
      'Note: Demo at 3',
      'Thanks, Ana',
    ]);
  });

  test('still reads well with no fields at all', () => {
    const message = requestMessage({}, link);
    expect(message).toContain("Hi! Could you check the extra usage of our Claude workspace:");
    expect(message).toContain('My tool is refused by Claude.');
    expect(message).toContain(link);
    expect(message.endsWith('Thanks!')).toBe(true);
  });

  test('does not claim only an admin can help with an error an admin does not fix', () => {
    expect(requestMessage({ variant: 'rate-limited' }, link, 'Rate limited (429)')).not.toContain('Owner or Admin');
  });

  test('keeps a workspace name with replacement patterns literal', () => {
    expect(requestMessage({ org: "$& $' $`" }, link)).toContain("our Claude workspace “$& $' $`”");
  });
});

describe('requestSubject and mailtoUrl', () => {
  test('gives a subject per kind of request', () => {
    expect(requestSubject({ variant: 'org-credit-claim' })).toBe('Could you claim our Claude workspace credit?');
    expect(requestSubject({ variant: 'org-add-more' })).toBe('Could you add extra usage to our Claude workspace?');
  });

  test('encodes subject and body, with CRLF line breaks, and no recipient', () => {
    const url = mailtoUrl('Hi & bye?', 'line one\nline two #3');
    expect(url).toBe('mailto:?subject=Hi%20%26%20bye%3F&body=line%20one%0D%0Aline%20two%20%233');
  });

  test('never throws on lone surrogates', () => {
    expect(mailtoUrl('a\uD800', 'b\uDC00')).toBe('mailto:?subject=a%EF%BF%BD&body=b%EF%BF%BD');
  });
});

describe('doneReply', () => {
  test('says what was done, for which workspace, and to try the tool again', () => {
    expect(doneReply({ org: 'Acme', tool: 'OpenCode', variant: 'org-credit-claim' })).toBe(
      'Done: I claimed the organization credit for Acme. Try OpenCode again, and restart it if it still shows the old error.',
    );
    expect(doneReply({ variant: 'org-add-more' })).toBe(
      "Done: I added funds to the workspace's extra usage. Try your tool again, and restart it if it still shows the old error.",
    );
  });
});

describe('stepsKind', () => {
  test('gives the claim steps without an error or for the claim error, the funding steps for an empty balance', () => {
    expect(stepsKind(undefined)).toBe('claim');
    expect(stepsKind('org-credit-claim')).toBe('claim');
    expect(stepsKind('org-add-more')).toBe('add-more');
    expect(stepsKind('rate-limited')).toBe('variant');
  });
});

describe('parseClaimCatalogue', () => {
  test('reads well-formed entries and skips broken ones', () => {
    const json = JSON.stringify([
      { id: 'a', title: 'A', family: 'organization', messages: ['m'], cause: 'c', steps: [['s']] },
      { id: 'b', title: 3 },
      null,
    ]);
    expect([...parseClaimCatalogue(json).keys()]).toEqual(['a']);
  });

  test('gives an empty map for missing or invalid JSON', () => {
    expect(parseClaimCatalogue(undefined).size).toBe(0);
    expect(parseClaimCatalogue('{not json').size).toBe(0);
    expect(parseClaimCatalogue('{"a":1}').size).toBe(0);
  });
});

describe('the checklist storage', () => {
  test('round-trips ticked ids in checklist order', () => {
    const stored = serializeChecked(new Set(['cap', 'claim']));
    expect(stored).toBe('["claim","cap"]');
    expect([...parseChecked(stored)]).toEqual(['claim', 'cap']);
  });

  test('ignores unknown ids and malformed stored values', () => {
    expect([...parseChecked('["claim","nope",3]')]).toEqual(['claim']);
    expect(parseChecked('{"claim":true}').size).toBe(0);
    expect(parseChecked('not json').size).toBe(0);
    expect(parseChecked(null).size).toBe(0);
  });

  test('reports progress', () => {
    expect(progressText(new Set())).toBe(`0 of ${checklistItems.length} done`);
    expect(progressText(new Set(['claim']))).toBe(`1 of ${checklistItems.length} done`);
    expect(progressText(new Set(checklistItems.map((item) => item.id)))).toBe(`All ${checklistItems.length} done`);
  });

  test('has unique item ids', () => {
    expect(new Set(checklistItems.map((item) => item.id)).size).toBe(checklistItems.length);
  });
});
