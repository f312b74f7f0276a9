// Small readers for what a paste says besides its message: HTTP status, dollar amounts, request ids.
// They run over the decoded text; each returns at most `maxReads` candidates with their position.

/** A value read off the decoded text, with where it starts and ends there. */
export interface Reading<T> {
  value: T;
  index: number;
  end: number;
}

const maxReads = 256;
const maxTries = 4096;

function readAll<T>(plain: string, pattern: RegExp, accept: (match: RegExpExecArray) => T | undefined): Reading<T>[] {
  const found: Reading<T>[] = [];
  pattern.lastIndex = 0;
  let tries = 0;
  for (let match = pattern.exec(plain); match && found.length < maxReads && tries++ < maxTries; match = pattern.exec(plain)) {
    const value = accept(match);
    if (value !== undefined) found.push({ value, index: match.index, end: match.index + match[0].length });
  }
  return found;
}

const statusPattern = /(?<![\w.:/$-])[45]\d\d(?![\w.:/%-])/g;
const statusBefore = /(?:error|code|status|http(?:\/[\d.]+)?|api|failed|request|response)[^\w\n]{0,4}$/i;
const statusAfter = /^\s*[{(]/;

/** HTTP error statuses (4xx, 5xx) that read as a status: after "error", "code", "API"… or before a JSON body. */
export function readStatuses(plain: string): Reading<number>[] {
  return readAll(plain, statusPattern, (match) => {
    const before = plain.slice(Math.max(0, match.index - 24), match.index);
    const after = plain.slice(match.index + 3, match.index + 8);
    return statusBefore.test(before) || statusAfter.test(after) ? Number(match[0]) : undefined;
  });
}

const amountPattern = /(?:\$|US\$|USD ?)(\d{1,6})(?:[.,]\d{1,2})?(?![\d,])|(?<![\w.$])(\d{1,6})(?:[.,]\d{2})? ?(?:\$|USD\b|dollars?\b)/gi;

/** Dollar amounts: "$20", "$ 100.00", "200 USD", "20 dollars". */
export function readAmounts(plain: string): Reading<number>[] {
  return readAll(plain, amountPattern, (match) => Number(match[1] ?? match[2]));
}

const requestIdPattern = /\breq_[A-Za-z0-9]{8,64}|\brequest[_ -]?id["'\s]*[:=]\s*["']?([A-Za-z0-9_-]{1,64})/gi;

/** Request ids: Anthropic's `req_…`, or whatever a `request_id` field holds. */
export function readRequestIds(plain: string): Reading<string>[] {
  // `"request_id": null` (or Python's None) names no request.
  return readAll(plain, requestIdPattern, (match) => {
    const id = match[1] ?? match[0];
    return /^(?:null|none|undefined)$/i.test(id) ? undefined : id;
  });
}

const slotPattern = /[ \t"'`*)\]]{0,8}[:\u2013\u2014-]\s{0,200}([^\r\n]{0,200})/y;

/** Whether a message follows `from` after a colon or dash, as in "LLM request rejected: <message>". */
export function messageFollows(plain: string, from: number): boolean {
  slotPattern.lastIndex = from;
  const match = slotPattern.exec(plain);
  if (!match) return false;
  let letters = 0;
  for (const ch of match[1] ?? '') {
    const code = ch.charCodeAt(0);
    if ((code | 32) >= 97 && (code | 32) <= 122) letters++;
    else if (code >= 0xc0) letters++;
  }
  return letters >= 8;
}
