import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { variants } from '../../src/catalogue/index.ts';
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
import { parseClaimCatalogue, requestableVariants } from '../../src/admin/claim.ts';
import { adminCanAct, requestPageHref } from '../../src/admin/ask.ts';
import {
  checklistForRequest,
  checklistKey,
  generalChecklist,
  generalChecklistKey,
  parseChecked,
  progressText,
  serializeChecked,
} from '../../src/admin/checklist.ts';
import {
  adminGuidance,
  checklistFor,
  generalGuidance,
  guidanceFor,
  linkParts,
  organizationFallback,
  orgUsagePage,
  type AdminGuidance,
} from '../../src/admin/guidance.ts';

const knownIds = rawVariants.map((variant) => variant.id);
/** What a member can send: the same selection the request page makes from the catalogue. */
const requestable = requestableVariants(variants);
const requestableIds = requestable.map((variant) => variant.id);

/** Every sentence the admin reads for one guidance: headline, meaning and steps. */
function adminText(guidance: AdminGuidance): string {
  return [guidance.headline, guidance.meaning ?? '', ...guidance.steps.flatMap((step) => [step.title, step.detail ?? '', step.check ?? ''])].join(
    '\n',
  );
}

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
    for (const value of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '&lt;b&gt; &amp; &#60;',
      '"quoted" \'single\'',
    ]) {
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
        // eslint-disable-next-line no-control-regex -- the test looks for control characters
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
    expect(claimUrl('https://example.test', { from: 'Ana', variant: 'org-credit-claim' })).toBe(
      'https://example.test/admin/claim/#from=Ana&variant=org-credit-claim',
    );
  });

  test('gives the bare page when the request is empty, and tolerates a trailing slash', () => {
    expect(claimUrl('https://example.test/', {})).toBe('https://example.test/admin/claim/');
  });
});

describe('requestHeadline', () => {
  test('names the member and what the error asks of the admin', () => {
    expect(requestHeadline({ from: 'Ana', variant: 'org-credit-claim' })).toBe('Ana asked you about the organization credit message');
    expect(requestHeadline({ from: 'Ana', variant: 'org-add-more' })).toBe('Ana asked you to add usage credits');
    expect(requestHeadline({ from: 'Ana', variant: 'member-spend-limit' })).toBe('Ana asked you for a higher spend limit');
  });

  test('falls back to a teammate, to general wording, and to the organization wording for a variant without an entry', () => {
    expect(requestHeadline({})).toBe("A teammate asked you to check the workspace's usage credits");
    expect(requestHeadline({ variant: 'some-new-org-error' })).toBe('A teammate asked for your help with a workspace error');
  });
});

describe('requestMessage', () => {
  const link = 'https://example.test/admin/claim/#from=Ana';

  test('asks the admin, names the tool, error and workspace, says who acts where, and includes the link and signature', () => {
    const message = requestMessage(
      { from: 'Ana', org: 'Acme', tool: 'OpenCode', variant: 'org-add-more', note: 'Demo at 3' },
      link,
      'Organization out of usage credits',
    );
    expect(message.split('\n')).toEqual([
      'Hi! Could you add usage credits to our Claude workspace “Acme”, or switch them on for me?',
      'OpenCode stops with “Organization out of usage credits”.',
      'Owners and Primary Owners manage this at claude.ai/admin-settings/usage.',
      `The steps and a checklist are here: ${link}`,
      'Note: Demo at 3',
      'Thanks, Ana',
    ]);
  });

  test('still reads well with no fields at all', () => {
    const message = requestMessage({}, link);
    expect(message).toContain('Hi! Could you check the usage credits of our Claude workspace:');
    expect(message).toContain('My tool is refused by Claude.');
    expect(message).toContain(link);
    expect(message.endsWith('Thanks!')).toBe(true);
  });

  test('never sends the member to the personal usage page or names roles without a source', () => {
    for (const variant of [undefined, ...requestableIds]) {
      const message = requestMessage(variant ? { variant } : {}, link, 'Title');
      expect(message, String(variant)).not.toContain('claude.ai/settings/usage');
      expect(message, String(variant)).not.toMatch(/Owner or Admin|Admin badge/);
    }
  });

  test('keeps a workspace name with replacement patterns literal', () => {
    expect(requestMessage({ org: "$& $' $`" }, link)).toContain("our Claude workspace “$& $' $`”");
  });
});

describe('requestSubject and mailtoUrl', () => {
  test('gives a subject per kind of request', () => {
    expect(requestSubject({ variant: 'org-add-more' })).toBe('Could you add usage credits to our Claude workspace?');
    expect(requestSubject({ variant: 'org-spend-limit-reached' })).toBe('Could you raise our Claude spend limit?');
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
    expect(doneReply({ org: 'Acme', tool: 'OpenCode', variant: 'member-spend-limit' })).toBe(
      'Done: I raised your spend limit for Acme. Try OpenCode again, and restart it if it still shows the old error.',
    );
    expect(doneReply({ variant: 'org-add-more' })).toBe(
      'Done: usage credits are on and funded. Try your tool again, and restart it if it still shows the old error.',
    );
  });
});

describe('adminCanAct and requestableVariants', () => {
  test('let through what the admin fixes or what concerns the organization, and nothing else', () => {
    expect(adminCanAct({ group: 'account', actor: 'admin' })).toBe(true);
    expect(adminCanAct({ group: 'organization', actor: 'you' })).toBe(true);
    expect(adminCanAct({ group: 'service', actor: 'wait' })).toBe(false);
  });

  test('the request page link carries the variant and, when known, the tool, and decodes back to them', () => {
    expect(requestPageHref('org-add-more')).toBe('/admin/request/#variant=org-add-more');
    const href = requestPageHref('org-add-more', 'Claude Code');
    expect(href).toBe('/admin/request/#variant=org-add-more&tool=Claude+Code');
    expect(decodeRequest(href.slice(href.indexOf('#')), ['org-add-more'])).toEqual({ variant: 'org-add-more', tool: 'Claude Code' });
  });

  test('keep catalogue order and only the fields the claim page embeds', () => {
    const entries = [
      { id: 'a', title: 'A', group: 'service', actor: 'wait', messages: ['x'], cause: 'not embedded' },
      { id: 'b', title: 'B', group: 'organization', actor: 'you', messages: ['m'], cause: 'not embedded' },
      { id: 'c', title: 'C', group: 'account', actor: 'admin', messages: [], cause: 'not embedded' },
    ];
    const picked = requestableVariants(entries);
    expect(picked).toEqual([
      { id: 'b', title: 'B', group: 'organization', messages: ['m'] },
      { id: 'c', title: 'C', group: 'account', messages: [] },
    ]);
  });

  test('offer the organization errors of the catalogue, including ones added later', () => {
    for (const id of ['org-credit-claim', 'org-add-more', 'org-spend-limit-reached', 'member-spend-limit']) expect(requestableIds).toContain(id);
    expect(requestableIds).not.toContain('rate-limited');
    expect(requestableIds).not.toContain('starter-credit-20');
  });
});

describe('guidanceFor', () => {
  test('gives each variant with an entry its own text, the general text without a variant, and the fallback otherwise', () => {
    for (const id of Object.keys(adminGuidance)) expect(guidanceFor(id)).toBe(adminGuidance[id]);
    expect(guidanceFor(undefined)).toBe(generalGuidance);
    expect(guidanceFor('some-new-org-error')).toBe(organizationFallback);
    expect(guidanceFor('__proto__')).toBe(organizationFallback);
    expect(guidanceFor('constructor')).toBe(organizationFallback);
  });

  test('has entries only for catalogue variants, and one for every error outside the organization group a member can send', () => {
    for (const id of Object.keys(adminGuidance)) expect(knownIds, id).toContain(id);
    // The fallback is about the organization's usage credits; any other error an admin fixes needs words of its own.
    for (const variant of requestable.filter((entry) => entry.group !== 'organization'))
      expect(Object.keys(adminGuidance), variant.id).toContain(variant.id);
  });

  test('speaks to the admin for every variant a member can send, never telling them to ask an admin', () => {
    for (const guidance of [generalGuidance, organizationFallback, ...requestableIds.map((id) => guidanceFor(id))]) {
      const text = adminText(guidance);
      expect(guidance.steps.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/ask your (workspace )?admin/i);
      expect(text).not.toMatch(/Owner or Admin|Admin badge|Members page/);
      expect(text).not.toContain('claude.ai/settings/usage');
      expect(guidance.headline.startsWith('asked ')).toBe(true);
    }
  });

  test('points at the organization usage page wherever usage credits or limits are the fix', () => {
    const elsewhere = new Set(['subscription-access-disabled']);
    for (const id of [undefined, ...requestableIds].filter((id) => !elsewhere.has(id ?? ''))) {
      expect(adminText(guidanceFor(id)), String(id)).toContain(orgUsagePage);
      expect(guidanceFor(id).who, String(id)).toContain(orgUsagePage);
    }
  });

  test('never presents the April 2026 organization credit as claimable', () => {
    const text = adminText(guidanceFor('org-credit-claim'));
    expect(text).toContain('17 April 2026');
    expect(text).toContain('90 days after it was claimed');
    expect(guidanceFor('org-credit-claim').steps.some((step) => /^claim/i.test(step.title))).toBe(false);
    for (const guidance of [generalGuidance, ...Object.values(adminGuidance)])
      expect(adminText(guidance)).not.toMatch(/Agent SDK (monthly )?credit/i);
  });

  test('tells the spend-limit request apart from the member limit', () => {
    expect(guidanceFor('org-spend-limit-reached').steps.map((step) => step.id)).toContain('org-limit');
    expect(guidanceFor('member-spend-limit').steps.map((step) => step.id)).toContain('member-limit');
    expect(guidanceFor('member-spend-limit').steps.map((step) => step.id)).not.toContain('balance');
  });

  test('gives every step a unique id and every checklist at least one line', () => {
    for (const guidance of [generalGuidance, organizationFallback, ...Object.values(adminGuidance)]) {
      const ids = guidance.steps.map((step) => step.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(checklistFor(guidance.steps).length).toBeGreaterThan(0);
    }
  });
});

describe('linkParts', () => {
  test('splits out each mention of the organization usage page as a link and keeps the rest as text', () => {
    expect(linkParts(`Open ${orgUsagePage} now, then ${orgUsagePage}.`)).toEqual([
      { text: 'Open ' },
      { text: orgUsagePage, href: `https://${orgUsagePage}` },
      { text: ' now, then ' },
      { text: orgUsagePage, href: `https://${orgUsagePage}` },
      { text: '.' },
    ]);
    expect(linkParts('no link <b>here</b>')).toEqual([{ text: 'no link <b>here</b>' }]);
  });
});

describe('parseClaimCatalogue', () => {
  test('reads well-formed entries and skips broken ones', () => {
    const json = JSON.stringify([
      { id: 'a', title: 'A', group: 'organization', messages: ['m'] },
      { id: 'b', title: 3 },
      { id: 'c', title: 'C', group: 'organization', messages: [1] },
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

describe('checklistKey', () => {
  test('is the admin guide key when the link carries no request', () => {
    expect(checklistKey({})).toBe(generalChecklistKey);
    expect(checklistKey({ from: '  ' })).toBe(generalChecklistKey);
  });

  test("includes the request's variant, or 'any' when it names none", () => {
    expect(checklistKey({ from: 'Ana', variant: 'org-add-more' })).toMatch(/^llm-request-rejected:admin-checklist:v2:org-add-more:[0-9a-f]{8}$/);
    expect(checklistKey({ from: 'Ana' })).toMatch(/:v2:any:[0-9a-f]{8}$/);
  });

  test('differs between two requests that differ in any field', () => {
    const base = { from: 'Ana', org: 'Acme', tool: 'OpenCode', variant: 'org-add-more', note: 'soon' };
    const keys = new Set([
      checklistKey(base),
      checklistKey({ ...base, from: 'Bo' }),
      checklistKey({ ...base, org: 'Acme EU' }),
      checklistKey({ ...base, tool: 'OpenClaw' }),
      checklistKey({ ...base, variant: 'member-spend-limit' }),
      checklistKey({ ...base, note: 'later' }),
      checklistKey({ from: 'Ana', variant: 'org-add-more' }),
    ]);
    expect(keys.size).toBe(7);
  });

  test('is the same for the same request however its link spelled it', () => {
    expect(checklistKey({ from: ' Ana ', variant: 'org-add-more' })).toBe(checklistKey({ variant: 'org-add-more', from: 'Ana' }));
    expect(checklistKey(decodeRequest('#variant=org-add-more&from=Ana&x=1', knownIds))).toBe(checklistKey({ from: 'Ana', variant: 'org-add-more' }));
  });

  test('does not copy what the member wrote into the key', () => {
    expect(checklistKey({ from: 'Ana', note: 'secret plan' })).not.toMatch(/Ana|secret/);
  });
});

describe('the checklist storage', () => {
  const items = checklistForRequest({ variant: 'org-add-more' });

  test('gives each request the checklist of its own steps', () => {
    expect(items.map((item) => item.id)).toEqual(['credits-on', 'balance', 'org-limit', 'requests', 'retry']);
    expect(checklistForRequest({})).toEqual(generalChecklist);
    expect(checklistForRequest({ variant: 'member-spend-limit' }).map((item) => item.id)).toContain('member-limit');
  });

  test('round-trips ticked ids in checklist order', () => {
    const stored = serializeChecked(new Set(['retry', 'credits-on']), items);
    expect(stored).toBe('["credits-on","retry"]');
    expect([...parseChecked(stored, items)]).toEqual(['credits-on', 'retry']);
  });

  test('ignores ids that are not in this checklist and malformed stored values', () => {
    expect([...parseChecked('["credits-on","member-limit",3]', items)]).toEqual(['credits-on']);
    expect(parseChecked('{"claim":true}', items).size).toBe(0);
    expect(parseChecked('not json', items).size).toBe(0);
    expect(parseChecked(null, items).size).toBe(0);
  });

  test('reports progress against this checklist', () => {
    expect(progressText(new Set(), items)).toBe(`0 of ${items.length} done`);
    expect(progressText(new Set(['retry', 'member-limit']), items)).toBe(`1 of ${items.length} done`);
    expect(progressText(new Set(items.map((item) => item.id)), items)).toBe(`All ${items.length} done`);
  });

  test('has unique item ids and no item about claiming a credit', () => {
    expect(new Set(generalChecklist.map((item) => item.id)).size).toBe(generalChecklist.length);
    for (const item of generalChecklist) expect(item.label).not.toMatch(/claim/i);
  });
});
