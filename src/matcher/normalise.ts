// One pass over a paste: decode what tools do to a message, then squeeze it to letters and digits.
// Every decoded and squeezed character keeps the offsets of the paste characters it came from.
import { BACKSLASH, ESC, decodeEntity, decodeEscape, decodeTerminal, type Decoded, type OscSearch } from './decode.ts';

/** The characters that survive squeezing, in code order: a squeezed char is stored as its index here. */
export const squeezedAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** How many distinct squeezed codes there are. */
export const squeezedAlphabetSize = 36;

/** A paste decoded and squeezed, with maps back to the original offsets. */
export interface NormalisedText {
  /** The paste with escapes, entities and terminal codes decoded; never longer than the paste. */
  plain: string;
  /** For each char of `plain`, the offset in the paste where it starts. */
  plainStart: Int32Array;
  /** For each char of `plain`, the offset in the paste just after it. */
  plainEnd: Int32Array;
  /** `plain` with everything but ASCII letters and digits dropped, lowercased, as alphabet codes. */
  squeezed: Uint8Array;
  /** For each squeezed char, its index in `plain`. */
  squeezedToPlain: Int32Array;
  /** 1 where a squeezed char begins a word, that is, something other than a letter or digit came before it. */
  wordStart: Uint8Array;
}

/**
 * A log line's head: an ISO timestamp or a bracketed clock time, then perhaps a level, then a space
 * (`2026-11-30T10:21:07.123Z [ERROR] `, `[12:00:01] `). Sticky: tried only where a line starts.
 */
const logPrefix =
  /(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\]?|\[\d\d:\d\d:\d\d(?:[.,]\d{1,6})?\])(?:[ \t]{1,4}\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL)\]?:?)?[ \t]/y;

/** Docker Compose's column of a service's container, its name and number (`api-1  | `, `librechat_1  | `). */
const serviceColumn = /[a-z][a-z0-9.-]{0,40}[-_]\d{1,3}[ \t]{1,30}\|[ \t]/y;

/** The alphabet code of a char code, or -1 when squeezing drops it. */
function squeezeCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 22;
  return -1;
}

interface Buffers {
  plainCodes: Uint16Array;
  plainStart: Int32Array;
  plainEnd: Int32Array;
  squeezed: Uint8Array;
  squeezedToPlain: Int32Array;
  wordStart: Uint8Array;
}

function allocate(n: number): Buffers {
  return {
    plainCodes: new Uint16Array(n),
    plainStart: new Int32Array(n),
    plainEnd: new Int32Array(n),
    squeezed: new Uint8Array(n),
    squeezedToPlain: new Int32Array(n),
    wordStart: new Uint8Array(n),
  };
}

// Allocating (and zeroing) 16 bytes per char on every keystroke costs more than the work itself on big pastes.
let scratch: Buffers = allocate(0);

/**
 * Decodes escapes (JSON, double-escaped JSON, Python), HTML entities and ANSI codes, then squeezes, in one pass.
 * With `reuseBuffers`, the arrays returned are views of buffers that the next such call overwrites.
 */
export function normalise(text: string, reuseBuffers = false): NormalisedText {
  const n = text.length;
  if (reuseBuffers && scratch.plainCodes.length < n) scratch = allocate(Math.max(n, Math.min(scratch.plainCodes.length * 2, 1 << 20)));
  const { plainCodes, plainStart, plainEnd, squeezed, squeezedToPlain, wordStart } = reuseBuffers ? scratch : allocate(n);
  const decoded: Decoded = { code: 0, end: 0 };
  const osc: OscSearch = { searchedTo: 0, terminator: -1 };
  let p = 0;
  let q = 0;
  let afterSeparator = 1;
  // Whether only spaces have come since the last line break: a `>` there quotes the line (Markdown, mail), and reads as a space.
  let lineStart = true;
  // Whether every char so far stands for itself: then `plain` is the paste itself, with no decoding to build it.
  let verbatim = true;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let end = i + 1;
    if (lineStart && ((c >= 48 && c <= 57) || c === 91 || (c >= 97 && c <= 122))) {
      // A log's head at a line's start reads as spaces: it splits a message a log wrapped over lines.
      const head = c >= 97 ? serviceColumn : logPrefix;
      head.lastIndex = i;
      const prefix = head.exec(text);
      if (prefix) {
        for (const last = i + prefix[0].length; i < last; i++, p++) {
          plainCodes[p] = 32;
          plainStart[p] = i;
          plainEnd[p] = i + 1;
        }
        afterSeparator = 1;
        verbatim = false;
        continue;
      }
    }
    if (c === BACKSLASH || c === 38 || c === ESC || c === 91 || c === 94) {
      if (c === BACKSLASH) decodeEscape(text, i, decoded);
      else if (c === 38) decodeEntity(text, i, decoded);
      else decodeTerminal(text, i, decoded, osc);
      verbatim &&= decoded.end === i + 1 && decoded.code === c;
      c = decoded.code;
      end = decoded.end;
      if (c < 0) {
        afterSeparator = 1;
        i = end;
        continue;
      }
    } else if (c >= 0xff01 && c <= 0xff5e) {
      // Fullwidth ASCII (Ｅｒｒｏｒ) reads as ASCII.
      c -= 0xfee0;
      verbatim = false;
    } else if (c === 62 && lineStart) {
      c = 32;
      verbatim = false;
    } else if (c >= 0x2018 && c <= 0x201f) {
      // Curly quotes, as a web page or a word processor turns a pasted body's straight ones: read as straight.
      c = c <= 0x201b ? 39 : 34;
      verbatim = false;
    } else if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) {
      // Zero-width and soft-hyphen chars a page puts inside long words are not there to the reader: dropped.
      verbatim = false;
      i = end;
      continue;
    }
    lineStart = c === 10 || (lineStart && (c === 32 || c === 9));
    plainCodes[p] = c;
    plainStart[p] = i;
    plainEnd[p] = end;
    const s = squeezeCode(c);
    if (s >= 0) {
      squeezed[q] = s;
      squeezedToPlain[q] = p;
      wordStart[q] = afterSeparator;
      q++;
      afterSeparator = 0;
    } else {
      afterSeparator = 1;
    }
    p++;
    i = end;
  }
  return {
    plain: verbatim && p === n ? text : decodeUtf16(plainCodes.subarray(0, p)),
    plainStart: plainStart.subarray(0, p),
    plainEnd: plainEnd.subarray(0, p),
    squeezed: squeezed.subarray(0, q),
    squeezedToPlain: squeezedToPlain.subarray(0, q),
    wordStart: wordStart.subarray(0, q),
  };
}

const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

/** UTF-16 code units to a string of the same length (lone surrogates may read as U+FFFD). */
function decodeUtf16(codes: Uint16Array): string {
  // The decoder's call costs more than it saves on an ordinary paste of a few hundred chars.
  if (utf16 && codes.length > 4096) {
    const decoded = utf16.decode(codes);
    if (decoded.length === codes.length) return decoded;
  }
  let out = '';
  for (let k = 0; k < codes.length; k += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(codes.length, k + 8192)) as unknown as number[]);
  }
  return out;
}

/** A phrase squeezed the way `normalise` squeezes a paste, as a string over `squeezedAlphabet`. */
export function squeeze(text: string): string {
  const { squeezed } = normalise(text);
  let out = '';
  for (const code of squeezed) out += squeezedAlphabet.charAt(code);
  return out;
}
