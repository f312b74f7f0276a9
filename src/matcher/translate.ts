// Claude's apps speak other languages too: a known translated wording in a paste is read as the English it stands for.
// The matcher squeezes a paste to ASCII letters and digits, so "5時間の制限に達しました" would leave it only a "5"; here each
// known translation is swapped for its English before matching, and the evidence is mapped back onto the paste. Pure.

/** A translated wording as the app prints it, and the English wording it stands for. */
export interface Translation {
  text: string;
  english: string;
}

/** A paste with its known translations swapped for English, and the way back to the paste's own offsets. */
export interface Translated {
  text: string;
  /** The paste offset of a translated text's offset: a start maps to the start of what it came from, an end to its end. */
  toPaste(offset: number, isEnd: boolean): number;
}

interface Swap {
  start: number;
  end: number;
  english: string;
}

/** Fullwidth digits (５時間), as an IME may type them, for the ASCII digits of a translation. */
function withFullwidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

/** Each translation as printed and, where it has digits, with fullwidth digits too. */
export function translationForms(translations: readonly Translation[]): Translation[] {
  return translations.flatMap((translation) => {
    const fullwidth = withFullwidthDigits(translation.text);
    return fullwidth === translation.text ? [translation] : [translation, { text: fullwidth, english: translation.english }];
  });
}

/** Known translations in `text`, earliest first, the longest where two overlap. */
function findSwaps(text: string, forms: readonly Translation[]): Swap[] {
  const found: Swap[] = [];
  for (const { text: wording, english } of forms) {
    for (let at = text.indexOf(wording); at >= 0; at = text.indexOf(wording, at + wording.length)) {
      found.push({ start: at, end: at + wording.length, english });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Swap[] = [];
  for (const swap of found) {
    const last = kept[kept.length - 1];
    if (last && swap.start < last.end) continue;
    kept.push(swap);
  }
  return kept;
}

/** A table ready for pastes: its forms, and one char of each that ASCII never holds, as a pattern to scan for. */
interface Ready {
  forms: Translation[];
  signs: RegExp | null;
}

const readyCache = new WeakMap<readonly Translation[], Ready>();

/**
 * The table's forms (fullwidth digits too), without any all in ASCII (those are phrases of their own), and a pattern of
 * each form's first char outside ASCII: a single scan for it tells a paste that can hold no translation, as nearly every
 * paste is.
 */
function readied(translations: readonly Translation[]): Ready {
  let ready = readyCache.get(translations);
  if (ready) return ready;
  const forms = translationForms(translations).filter(({ text }) => /[\u0080-\u{10ffff}]/u.test(text));
  const signs = new Set(forms.map(({ text }) => Array.from(text).find((char) => char.charCodeAt(0) > 0x7f)!));
  ready = { forms, signs: signs.size === 0 ? null : new RegExp(`[${[...signs].join('')}]`, 'u') };
  readyCache.set(translations, ready);
  return ready;
}

/**
 * `text` with every known translation swapped for its English (set apart by spaces, so it reads as words of its own),
 * or null when it holds none. A paste without a char of any translation is returned as null after one scan.
 */
export function translateKnown(text: string, translations: readonly Translation[]): Translated | null {
  const { forms, signs } = readied(translations);
  if (!signs?.test(text)) return null;
  const swaps = findSwaps(text, forms);
  if (swaps.length === 0) return null;
  let out = '';
  let from = 0;
  // Per swap: where its English starts and ends in `out`.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const swap of swaps) {
    out += text.slice(from, swap.start);
    starts.push(out.length);
    out += ` ${swap.english} `;
    ends.push(out.length);
    from = swap.end;
  }
  out += text.slice(from);
  const toPaste = (offset: number, isEnd: boolean): number => {
    // The last swap starting at or before `offset`.
    let low = 0;
    let high = swaps.length - 1;
    let index = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= offset) {
        index = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (index < 0) return offset;
    const swap = swaps[index]!;
    if (offset < ends[index]!) return isEnd && offset > starts[index]! ? swap.end : swap.start;
    return swap.end + (offset - ends[index]!);
  };
  return { text: out, toPaste };
}
