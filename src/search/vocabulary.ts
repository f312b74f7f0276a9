// Typo tolerance from the site's own words: a query word the site never uses is replaced by the nearest word it does.
import type { Variant } from '../catalogue/schema.ts';

/** The site's words with how often the catalogue uses them, most used first. */
export type Vocabulary = [word: string, count: number][];

const wordPattern = /[a-z][a-z0-9]*(?:[-_'][a-z0-9]+)*/g;

/** Lowercase words of a text, as the vocabulary and the corrector split them. */
function vocabularyWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(wordPattern) ?? [];
}

/** Every word of three or more letters in the catalogue's titles, messages, summaries, causes and steps. */
export function buildVocabulary(variants: readonly Variant[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const variant of variants) {
    const text = [variant.title, variant.summary, variant.cause, ...variant.messages, ...variant.steps.flatMap((step) => [step.title, step.detail ?? ''])].join(' ');
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

/**
 * The query with each unknown word of four or more letters replaced by the most used site word within one edit
 * (two for words of eight letters or more); null when nothing needed replacing. A word that begins a site word
 * is left alone: it is being typed.
 */
export function correctQuery(query: string, vocabulary: Vocabulary): string | null {
  const known = new Set(vocabulary.map(([word]) => word));
  const corrected = query.replace(/[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?/g, (typed) => {
    const word = typed.toLowerCase();
    if (word.length < 4 || known.has(word) || /\d/.test(word)) return typed;
    if (vocabulary.some(([candidate]) => candidate.startsWith(word))) return typed;
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
