// The guides whose titles and summaries share the most telling words with a text: the way on when nothing matched.

import { fillerWords } from './rank.ts';

/** What the scorer reads of a guide. */
export interface GuideWords {
  id: string;
  title: string;
  summary: string;
}

/** Words too common in this site's text to tell guides apart: search's filler words and the words every guide uses. */
const common = new Set([...fillerWords, 'error', 'errors', 'claude', 'api', 'request', 'requests', 'message']);

/** Lowercase words of three or more letters or digits, without the common ones. */
export function tellingTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((word) => !common.has(word));
}

/**
 * Up to `limit` guides ranked by the words they share with `text` (a word in the title counts twice, rarer words
 * more); guides sharing nothing are left out, so an empty list means there is nothing close.
 */
export function closestGuides<T extends GuideWords>(text: string, guides: readonly T[], limit = 3): T[] {
  const query = new Set(tellingTerms(text.slice(0, 20_000)));
  if (query.size === 0) return [];
  // The id's words count as title words: "oauth-token-expired" says what the page is about as plainly as its title.
  const termsOf = guides.map((guide) => ({
    title: new Set(tellingTerms(`${guide.title} ${guide.id.replace(/-/g, ' ')}`)),
    summary: new Set(tellingTerms(guide.summary)),
  }));
  const spread = new Map<string, number>();
  for (const { title, summary } of termsOf) for (const word of new Set([...title, ...summary])) spread.set(word, (spread.get(word) ?? 0) + 1);
  const scored = guides.map((guide, index) => {
    const { title, summary } = termsOf[index]!;
    let score = 0;
    for (const word of query) {
      const weight = 1 / (spread.get(word) ?? 1);
      if (title.has(word)) score += 2 * weight;
      else if (summary.has(word)) score += weight;
    }
    return { guide, score, index };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.guide);
}
