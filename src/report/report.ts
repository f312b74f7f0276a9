// The report a person can make when the paste box does not recognise their error: a prefilled issue form or e-mail
// that they read and edit in the page and send themselves. Pure: the page builds the link, nothing is sent from here.

/** Where reports go, set at build time by REPORT_URL: an https issue form, or a `mailto:` address. */
export type ReportTarget = { kind: 'form'; url: string } | { kind: 'mail'; address: string };

/** How much of a paste goes into a report: the start of a log is rarely what matters, so its end is kept too. */
const keptChars = { head: 2_000, tail: 2_000 };
/** Browsers and GitHub refuse longer addresses; mail programs start to fail well before that. */
const maxHref = { form: 7_500, mail: 1_900 };
const reportTitle = 'Paste not recognised';
const mailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/**
 * Reads REPORT_URL: empty or absent turns reports off (`null`); `mailto:someone@example.org` reports by e-mail; an
 * https address (an issue form, e.g. `https://github.com/<owner>/<repo>/issues/new`) gets `title` and `body` added.
 * Throws on anything else, so a mistyped setting fails the build instead of shipping a broken link.
 */
export function parseReportTarget(value: string | undefined): ReportTarget | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (text.toLowerCase().startsWith('mailto:')) {
    const address = text.slice('mailto:'.length);
    if (mailPattern.test(address)) return { kind: 'mail', address };
  } else if (URL.canParse(text)) {
    const url = new URL(text);
    if (url.protocol === 'https:' && url.hash === '' && url.username === '' && url.password === '') return { kind: 'form', url: url.href };
  }
  throw new TypeError(`REPORT_URL must be an https issue form or a mailto: address, not ${JSON.stringify(text)}`);
}

/** Masks what looks like a secret or a person in a paste: API keys, bearer tokens, cookies, e-mail addresses. */
export function maskPaste(text: string): string {
  return text
    .replace(/\bsk-ant-[A-Za-z0-9_-]{6,}/g, 'sk-ant-…(masked)')
    .replace(/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{12,}/gi, '$1 …(masked)')
    .replace(/\b((?:x-api-key|authorization|cookie|set-cookie)\s*[:=]\s*["']?)[^\s"',}…]{8,}/gi, '$1…(masked)')
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '…@…(masked)');
}

/** The paste's start and end when it is long, with the number of characters left out between them. */
function excerpt(text: string): string {
  const { head, tail } = keptChars;
  if (text.length <= head + tail) return text;
  return `${text.slice(0, head)}\n[… ${(text.length - head - tail).toLocaleString('en')} characters left out …]\n${text.slice(-tail)}`;
}

/** The report's text as the person first sees it, ready to edit: what they pasted (masked, cut) and where. */
export function reportBody(paste: string, page: string): string {
  return [
    'The paste box on this page did not recognise the error below.',
    `Page: ${page}`,
    '',
    'What I pasted (check it and remove anything private before sending):',
    '```',
    excerpt(maskPaste(paste.trim())),
    '```',
    '',
    'Which tool printed it, and what I was doing:',
    '',
  ].join('\n');
}

/** The address that opens the report with `body` filled in; a body too long for an address is cut, and says so. */
export function reportHref(target: ReportTarget, body: string): string {
  const build = (text: string) => {
    if (target.kind === 'mail') {
      const query = new URLSearchParams({ subject: reportTitle, body: text }).toString().replaceAll('+', '%20');
      return `mailto:${target.address}?${query}`;
    }
    const url = new URL(target.url);
    url.searchParams.set('title', reportTitle);
    url.searchParams.set('body', text);
    return url.href;
  };
  const limit = maxHref[target.kind];
  let href = build(body);
  if (href.length <= limit) return href;
  const note = '\n[… cut to fit in a link: paste the rest yourself]';
  // Encoded lengths are not proportional to characters, so shrink until it fits; each step cuts at least a tenth.
  let keep = body.length;
  while (href.length > limit && keep > 0) {
    keep = Math.min(keep - 1, Math.floor((keep * limit) / href.length) - note.length);
    href = build(body.slice(0, Math.max(keep, 0)).toWellFormed() + note);
  }
  return href;
}
