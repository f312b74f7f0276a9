// What search does to a query and to Pagefind's ranking, as pure functions (no DOM, no Pagefind).

/** Longest query sent to the index; a pasted log is cut here, so a 5 MB paste costs no more than a sentence. */
export const maxQueryLength = 400;

/** How much a result whose title or verbatim message contains the typed words, in order, is lifted. */
export const exactPhraseBoost = 1.5;

/**
 * Pagefind's ranking for this site, chosen by measuring the query table in tests/site/search-index.test.ts:
 * a higher term similarity so `$20` prefers `$20` over `$200`, a lower term frequency so a long guide that
 * uses a word often is not beaten by a short page that uses it once, and the verbatim message as a weighted field.
 */
export const searchRanking = {
  termSimilarity: 3,
  termFrequency: 0.5,
  metaWeights: { title: 5, message: 3 },
} as const;

const controlCharacters = /[\p{Cc}\p{Cf}]+/gu;

/** What a query becomes before searching: well-formed, no control or format characters, spaces squeezed, capped. */
export function cleanQuery(raw: string): string {
  return raw
    .slice(0, maxQueryLength * 2)
    .toWellFormed()
    .replace(controlCharacters, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxQueryLength)
    .replace(/[\uD800-\uDBFF]$/, '');
}

/**
 * Characters a word keeps besides letters and digits, so error tokens stay whole as written: `x-api-key`,
 * `rate_limit_error`, `$20`, `/login`, `claude.ai/settings/usage`. Pagefind's index is built with the same ones.
 */
export const searchIncludeCharacters = '$/_-.';

const escapedIncludeCharacters = searchIncludeCharacters.replace(/[\\^\]-]/g, '\\$&');
const betweenWords = new RegExp(`[^\\p{L}\\p{N}${escapedIncludeCharacters}]+`, 'u');

/** Words as search splits them, case kept, with dots and hyphens trimmed from the ends so a full stop is not part of a word. */
function splitSearchWords(text: string): string[] {
  return text
    .split(betweenWords)
    .map((word) => word.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((word) => word.length > 0);
}

/** Lowercase words as search compares them: letters, digits and `searchIncludeCharacters`. */
export function searchWords(text: string): string[] {
  return splitSearchWords(text.toLowerCase());
}

/** Whether `needle` occurs as consecutive whole words inside `haystack`. */
export function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}

/** A result as the re-ranking sees it. */
export interface RankCandidate {
  /** Pagefind's score. */
  score: number;
  /** The page's title. */
  title: string;
  /** The verbatim messages of a guide; empty for other pages. */
  messages: readonly string[];
  /** Pagefind's excerpt (HTML with `<mark>` around the words it matched); absent or empty when there is none. */
  excerpt?: string;
}

/** How much a result is lowered when the excerpt shows the query's words only inside longer words (`max` in `max_tokens`). */
const inWordFactor = 0.5;

/** The words Pagefind marked in an excerpt, case kept, split as search splits words. */
export function markedWords(excerpt: string): string[] {
  const words: string[] = [];
  for (const match of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    const text = (match[1] ?? '').replace(/&(lt|gt|amp|quot|#39|#x27);/g, ' ');
    words.push(...splitSearchWords(text));
  }
  return words;
}

/** A word as the in-word test compares it: lowercase pieces between dots, slashes and `$` (`claude.ai/login` is `claude`, `ai`, `login`). */
const pieces = (word: string) =>
  word
    .toLowerCase()
    .split(/[./$]+/)
    .filter((piece) => piece.length > 0);

/** A query of one capitalised word is how names are typed: `Max`, `Cline`, `OpenClaw`. */
function typedName(query: string): string | undefined {
  const words = query.trim().split(/\s+/);
  return words.length === 1 && /^\p{Lu}\p{L}*\p{Ll}\p{L}*$/u.test(words[0] ?? '') ? words[0] : undefined;
}

/**
 * Pagefind matches every word as a prefix (so `$20` also finds `$200`); error text wants exact words.
 * Results whose title or one of whose messages contains the query's words in order are lifted by
 * `exactPhraseBoost`; a query of one capitalised word (a plan or tool name) lifts, by the same factor, the results
 * that use that word with the same capitals; results whose excerpt shows the query's words only inside longer words
 * are lowered by `inWordFactor`; those `demoted` says are lowered by `organizationFactor`. The order is otherwise
 * Pagefind's. Returns a new array.
 */
export function rerank<T extends RankCandidate>(query: string, candidates: readonly T[], demoted?: (candidate: T) => boolean): T[] {
  const needle = searchWords(query);
  const needlePieces = new Set(needle.flatMap(pieces));
  const name = typedName(query);
  // The name is letters only (typedName), so it is safe inside a pattern.
  const namePattern = name === undefined ? undefined : new RegExp(`(^|[^\\p{L}\\p{N}])${name}($|[^\\p{L}\\p{N}])`, 'u');
  const adjusted = candidates.map((candidate, position) => {
    const fields = [candidate.title, ...candidate.messages].map(searchWords);
    const exact = fields.some((field) => containsWords(field, needle));
    const marked = markedWords(candidate.excerpt ?? '');
    const inWordOnly = marked.length > 0 && !marked.some((word) => pieces(word).some((piece) => needlePieces.has(piece)));
    const named = name !== undefined && (marked.includes(name) || [candidate.title, ...candidate.messages].some((text) => namePattern?.test(text)));
    let score = candidate.score;
    if (exact) score *= exactPhraseBoost;
    if (named) score *= exactPhraseBoost;
    if (inWordOnly) score *= inWordFactor;
    if (demoted?.(candidate)) score *= organizationFactor;
    return { candidate, position, score };
  });
  adjusted.sort((a, b) => b.score - a.score || a.position - b.position);
  return adjusted.map((entry) => entry.candidate);
}

/** Words that carry no meaning for search: a question typed as a sentence keeps only its telling words. */
export const fillerWords: ReadonlySet<string> = new Set(
  'a an the is are was were be been being am i im me my mine you your it its this that these those to of in on at for from with by and or but not no so if when why how what which who where does do did doing done can could would should will keep keeps kept telling tell tells says said saying still just even again also get gets got getting have has had want need please help any some much many very really always never ever anyone someone all one out more use used using into than then there their them they s m t d ve re ll'.split(
    ' ',
  ),
);

/**
 * The words of a query worth searching one by one when the whole query finds nothing (Pagefind wants every word on a
 * page): without filler words, each once, at most `limit`.
 */
export function tellingQueryWords(query: string, limit = 8): string[] {
  // Pagefind reads each word as a prefix, so one or two letters would match half the site; a number like 1m stays.
  const telling = searchWords(query).filter((word) => !fillerWords.has(word) && (word.length >= 3 || (word.length === 2 && /\d/.test(word))));
  return [...new Set(telling)].slice(0, limit);
}

/** How much an organization's page is lowered when the query does not speak of an organization. */
export const organizationFactor = 0.6;

/** Whether a query speaks of an organization (most readers are not in one, so their pages come second otherwise). */
export function speaksOfOrganization(query: string): boolean {
  return /\b(org|org's|orgs|organi[sz]ations?|team'?s?|enterprise|workspace|admins?|owners?|members?|seats?|groups?|channel'?s?)\b/i.test(query);
}

/** A short form of the query for messages ("No guide matches …"): at most `limit` characters. */
export function shortQuery(query: string, limit = 60): string {
  const characters = Array.from(query);
  return characters.length > limit ? `${characters.slice(0, limit - 1).join('')}…` : query;
}
