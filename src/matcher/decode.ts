// Decoders for what tools do to a message: backslash escapes (JSON, double-escaped JSON, Python), HTML entities
// and ANSI terminal codes. Each reads one construct at a position and says what it stands for and where it ends.

/** The backslash char code. */
export const BACKSLASH = 92;
/** The escape char code that starts ANSI terminal sequences. */
export const ESC = 27;

const entities: Record<string, number> = {
  quot: 34,
  apos: 39,
  amp: 38,
  lt: 60,
  gt: 62,
  nbsp: 32,
  rsquo: 0x2019,
  lsquo: 0x2018,
  ldquo: 0x201c,
  rdquo: 0x201d,
  hellip: 0x2026,
  mdash: 0x2014,
  ndash: 0x2013,
  middot: 0xb7,
  bull: 0x2022,
  colon: 58,
};

/** The value of a hex digit char code, or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

/** Reads `count` hex digits at `at`, or -1 when they are not all there. */
function readHex(text: string, at: number, count: number): number {
  if (at + count > text.length) return -1;
  let value = 0;
  for (let k = 0; k < count; k++) {
    const digit = hexValue(text.charCodeAt(at + k));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** What one escape, entity or terminal code at a position decodes to. */
export interface Decoded {
  /** The char it stands for, or -1 when it stands for nothing (a colour code, a stray backslash). */
  code: number;
  /** Where the next char of the paste starts. */
  end: number;
}

/** Forward-only search for OSC terminators (BEL or ESC \\), so hostile runs of ESC ] stay linear. */
export interface OscSearch {
  searchedTo: number;
  terminator: number;
}

function findOscTerminator(text: string, from: number, search: OscSearch): number {
  if (search.terminator >= from) return search.terminator;
  const n = text.length;
  let k = Math.max(from, search.searchedTo);
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 7 || (c === ESC && text.charCodeAt(k + 1) === BACKSLASH)) break;
    k++;
  }
  search.searchedTo = k;
  search.terminator = k < n ? k : Number.MAX_SAFE_INTEGER;
  return search.terminator;
}

/** Length of a CSI body (params, intermediates, final byte) at `at`, or 0; `sgrOnly` wants digits, semicolons, m. */
function csiLength(text: string, at: number, sgrOnly: boolean): number {
  const n = text.length;
  let k = at;
  while (k < n && k - at < 32) {
    const c = text.charCodeAt(k);
    if (sgrOnly ? (c >= 48 && c <= 57) || c === 59 : c >= 0x30 && c <= 0x3f) k++;
    else break;
  }
  if (sgrOnly) return k > at && text.charCodeAt(k) === 109 ? k - at + 1 : 0;
  while (k < n && k - at < 40) {
    const c = text.charCodeAt(k);
    if (c >= 0x20 && c <= 0x2f) k++;
    else break;
  }
  const final = text.charCodeAt(k);
  return final >= 0x40 && final <= 0x7e ? k - at + 1 : 0;
}

/** A backslash run: any number of backslashes before an escape letter is one escape, however deep the JSON. */
export function decodeEscape(text: string, i: number, out: Decoded): void {
  const n = text.length;
  let j = i;
  while (j < n && text.charCodeAt(j) === BACKSLASH) j++;
  out.code = -1;
  out.end = j;
  if (j >= n) return;
  const e = text.charCodeAt(j);
  let code = -1;
  let end = j + 1;
  if (e === 117 /* u */) {
    code = readHex(text, j + 1, 4);
    end = j + 5;
  } else if (e === 120 /* x */) {
    code = readHex(text, j + 1, 2);
    end = j + 3;
  } else if (e === 85 /* U */) {
    const point = readHex(text, j + 1, 8);
    code = point < 0 ? -1 : point <= 0xffff ? point : 0x20;
    end = j + 9;
  } else if (e === 110 /* n */ || e === 114 /* r */) {
    code = 10;
  } else if (e === 116 /* t */ || e === 98 /* b */ || e === 102 /* f */ || e === 118 /* v */ || e === 48 /* 0 */) {
    code = 32;
  } else if (e === 34 || e === 39 || e === 47 || e === 96) {
    code = e;
  }
  // Not an escape (a Windows path, say): the backslashes are only a separator.
  if (code >= 0) {
    out.code = code;
    out.end = end;
  }
}

/** An HTML entity, possibly double-encoded ("&amp;#39;"); a lone "&" is itself. */
export function decodeEntity(text: string, i: number, out: Decoded): void {
  const n = text.length;
  let j = i + 1;
  let amps = 0;
  while (amps < 4 && text.startsWith('amp;', j)) {
    j += 4;
    amps++;
  }
  out.code = 38;
  out.end = amps > 0 ? i + 5 : i + 1;
  if (text.charCodeAt(j) === 35 /* # */) {
    const hex = (text.charCodeAt(j + 1) | 32) === 120;
    let k = hex ? j + 2 : j + 1;
    let value = 0;
    let digits = 0;
    while (k < n && digits < 7) {
      const d = hex ? hexValue(text.charCodeAt(k)) : text.charCodeAt(k) - 48;
      if (d < 0 || d > (hex ? 15 : 9)) break;
      value = value * (hex ? 16 : 10) + d;
      digits++;
      k++;
    }
    if (digits > 0) {
      out.code = value <= 0xffff ? value : 0x20;
      out.end = text.charCodeAt(k) === 59 ? k + 1 : k;
    }
    return;
  }
  let k = j;
  while (k < n && k - j < 8 && (text.charCodeAt(k) | 32) >= 97 && (text.charCodeAt(k) | 32) <= 122) k++;
  if (k > j && text.charCodeAt(k) === 59) {
    const value = entities[text.slice(j, k).toLowerCase()];
    if (value !== undefined) {
      out.code = value;
      out.end = k + 1;
    }
  }
}

/** ANSI codes: CSI and OSC sequences, colour codes that lost their ESC ("[31m") or show it as "^[". */
export function decodeTerminal(text: string, i: number, out: Decoded, osc: OscSearch): void {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  out.code = -1;
  if (c === ESC) {
    out.end = i + 1;
    if (next === 91 /* [ */) {
      out.end = i + 2 + csiLength(text, i + 2, false);
    } else if (next === 93 /* ] */) {
      const terminator = findOscTerminator(text, i + 2, osc);
      out.end = terminator - i <= 4096 ? terminator + (text.charCodeAt(terminator) === 7 ? 1 : 2) : i + 2;
    } else if (next >= 0x40 && next <= 0x5f) {
      out.end = i + 2;
    }
    return;
  }
  if (c === 94 /* ^ */ && next === 91) {
    const body = text.charCodeAt(i + 2) === 91 ? csiLength(text, i + 3, false) : 0;
    if (body > 0) {
      out.end = i + 3 + body;
      return;
    }
  } else if (c === 91 /* [ */) {
    const body = csiLength(text, i + 1, true);
    if (body > 0) {
      out.end = i + 1 + body;
      return;
    }
  }
  out.code = c;
  out.end = i + 1;
}
