// An admin request: what a member puts in the link to /admin/claim/ and the messages built around it.
// Pure: no DOM, no catalogue import, so the request page and the claim page bundle only this and the guidance.
import { guidanceFor } from './guidance.ts';

/** The fields of an admin request, in the order the link carries them (DESIGN.md, "Admin link"). */
export const requestFields = ['from', 'org', 'tool', 'variant', 'note'] as const;

/** One field of an admin request. */
export type RequestField = (typeof requestFields)[number];

/** A request as read or written: every field optional, a present field never empty. */
export type AdminRequest = Partial<Record<RequestField, string>>;

/** The most UTF-16 code units each field keeps; the form's `maxlength` uses the same numbers. */
export const fieldCaps: Readonly<Record<RequestField, number>> = {
  from: 80,
  org: 100,
  tool: 60,
  variant: 40,
  note: 300,
};

/** Where the admin's page lives, from the site root. */
export const claimPath = '/admin/claim/';

// Line breaks and tabs become spaces so that words on either side stay apart.
const whitespaceControls = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// C0 and C1 controls, DEL, and the marks and overrides that can reorder how text reads.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const hiddenControls = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const graphemes = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** Cuts text to at most `cap` code units without splitting a character or an emoji sequence. */
function capText(text: string, cap: number): string {
  if (text.length <= cap) return text;
  if (graphemes) {
    let end = 0;
    for (const { segment } of graphemes.segment(text.slice(0, cap + 32))) {
      if (end + segment.length > cap) break;
      end += segment.length;
    }
    return text.slice(0, end);
  }
  const cut = text.slice(0, cap);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Makes a value safe to show and to put in a link: lone surrogates become U+FFFD, line breaks become spaces,
 * control and bidi-override characters are removed, the ends are trimmed, and the result is cut to `cap`.
 */
export function sanitizeValue(value: string, cap: number): string {
  const cleaned = value.toWellFormed().replace(whitespaceControls, ' ').replace(hiddenControls, '').trim();
  return capText(cleaned, Math.max(0, cap)).trimEnd();
}

/** The request with every field sanitized and capped; empty fields left out. */
export function sanitizeRequest(fields: AdminRequest): AdminRequest {
  const clean: AdminRequest = {};
  for (const field of requestFields) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const safe = sanitizeValue(value, fieldCaps[field]);
    if (safe) clean[field] = safe;
  }
  return clean;
}

/** The URL fragment (without `#`) carrying a request: URLSearchParams-encoded, fields in a fixed order. */
export function encodeRequest(fields: AdminRequest): string {
  const clean = sanitizeRequest(fields);
  const params = new URLSearchParams();
  for (const field of requestFields) {
    const value = clean[field];
    if (value) params.set(field, value);
  }
  return params.toString();
}

/**
 * Reads a request from a URL fragment (with or without `#`). Never throws: broken percent-escapes decode to
 * U+FFFD or stay as typed, unknown fields are dropped, and `variant` is kept only when it is in `knownVariants`.
 */
export function decodeRequest(fragment: string, knownVariants: Iterable<string>): AdminRequest {
  const known = knownVariants instanceof Set ? (knownVariants as ReadonlySet<string>) : new Set(knownVariants);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  } catch {
    return {};
  }
  const raw: AdminRequest = {};
  for (const field of requestFields) {
    const value = params.get(field);
    if (value !== null) raw[field] = value;
  }
  const clean = sanitizeRequest(raw);
  if (clean.variant !== undefined && !known.has(clean.variant)) delete clean.variant;
  return clean;
}

/** The full link the admin opens. `origin` is the site's, e.g. `location.origin`. */
export function claimUrl(origin: string, fields: AdminRequest): string {
  const fragment = encodeRequest(fields);
  return `${origin.replace(/\/+$/, '')}${claimPath}${fragment ? `#${fragment}` : ''}`;
}

/** The admin page's heading for a request: "<name> asked you to …", or "A teammate asked you to …". */
export function requestHeadline(fields: AdminRequest): string {
  return `${fields.from ?? 'A teammate'} ${guidanceFor(fields.variant).headline}`;
}

/** The message a member sends by chat or e-mail; `variantTitle` names the error when one was chosen. */
export function requestMessage(fields: AdminRequest, link: string, variantTitle?: string): string {
  const clean = sanitizeRequest(fields);
  const guidance = guidanceFor(clean.variant);
  const workspace = clean.org ? `our Claude workspace “${clean.org}”` : 'our Claude workspace';
  const tool = clean.tool ?? 'My tool';
  const lines = [`Hi! Could you ${guidance.ask.replace('{workspace}', () => workspace)}?`];
  lines.push(variantTitle ? `${tool} stops with “${sanitizeValue(variantTitle, 120)}”.` : `${tool} is refused by Claude.`);
  lines.push(guidance.who);
  lines.push(`The steps and a checklist are here: ${link}`);
  if (clean.note) lines.push(`Note: ${clean.note}`);
  lines.push(clean.from ? `Thanks, ${clean.from}` : 'Thanks!');
  return lines.join('\n');
}

/** The e-mail subject for a request. */
export function requestSubject(fields: AdminRequest): string {
  return guidanceFor(sanitizeRequest(fields).variant).subject;
}

/** A `mailto:` URL with no recipient and the subject and body filled in; never throws. */
export function mailtoUrl(subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.toWellFormed().replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${encode(subject)}&body=${encode(body)}`;
}

/** The admin's short reply to the member once the fix is in place. */
export function doneReply(fields: AdminRequest): string {
  const clean = sanitizeRequest(fields);
  const workspace = clean.org ? ` for ${clean.org}` : '';
  const tool = clean.tool ?? 'your tool';
  return `${guidanceFor(clean.variant).done}${workspace}. Try ${tool} again, and restart it if it still shows the old error.`;
}
