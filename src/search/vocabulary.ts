// Typo tolerance from the site's own words: a query word the site never uses is replaced by the nearest word it does.
import type { Variant } from '../catalogue/schema.ts';
import { knownTools } from '../matcher/tools.ts';

/** The site's words with how often the catalogue uses them, most used first. */
export type Vocabulary = [word: string, count: number][];

const wordPattern = /[a-z][a-z0-9]*(?:[-_'][a-z0-9]+)*/g;

/** Lowercase words of a text, as the vocabulary and the corrector split them. */
function vocabularyWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(wordPattern) ?? [];
}

/**
 * Every word of three or more letters in the catalogue's titles, messages, what prints them, summaries, causes and
 * steps, and the names of the tools the matcher knows (so `Cline` is not taken for a typo of `line`).
 */
export function buildVocabulary(variants: readonly Variant[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const word of vocabularyWords(knownTools.join(' '))) if (word.length >= 3) counts.set(word, 1);
  for (const variant of variants) {
    const text = [
      variant.title,
      variant.summary,
      variant.cause,
      ...variant.messages,
      ...variant.wordings.map((wording) => wording.surface),
      ...variant.steps.flatMap((step) => [step.title, step.detail ?? '']),
    ].join(' ');
    for (const word of vocabularyWords(text)) if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Edit distance with adjacent swaps counted as one edit (optimal string alignment), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether a typed word (lowercase) is one the corrector leaves alone: short, a number, a site word or one being typed. */
function leftAlone(word: string, known: ReadonlySet<string>, vocabulary: Vocabulary): boolean {
  return word.length < 4 || known.has(word) || /\d/.test(word) || vocabulary.some(([candidate]) => candidate.startsWith(word));
}

/** The parts of joined words count as known too: the query is split at hyphens (`third-party` is `third` and `party`). */
function knownWords(vocabulary: Vocabulary): Set<string> {
  return new Set(vocabulary.flatMap(([word]) => [word, ...word.split(/[-_']/)]));
}

const typedWord = /[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?/g;

/** The query's words (lowercase, each once) that `correctQuery` would try to replace. */
export function unknownWords(query: string, vocabulary: Vocabulary): string[] {
  const known = knownWords(vocabulary);
  return [...new Set((query.match(typedWord) ?? []).map((typed) => typed.toLowerCase()))].filter((word) => !leftAlone(word, known, vocabulary));
}

/**
 * The query with each unknown word of four or more letters replaced by the most used site word within one edit
 * (two for words of eight letters or more); null when nothing needed replacing. A word that begins a site word
 * is left alone: it is being typed; so is any word `keep` says to keep (search keeps the words its index knows).
 */
export function correctQuery(query: string, vocabulary: Vocabulary, keep: (word: string) => boolean = () => false): string | null {
  const known = knownWords(vocabulary);
  const corrected = query.replace(typedWord, (typed) => {
    const word = typed.toLowerCase();
    if (leftAlone(word, known, vocabulary) || keep(word)) return typed;
    const limit = word.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const [candidate] of vocabulary) {
      if (candidate.length < 4) continue;
      const d = editDistance(word, candidate, limit);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        if (d === 1) break;
      }
    }
    if (!best) return typed;
    return best;
  });
  return corrected === query ? null : corrected;
}
