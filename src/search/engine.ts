// Search in the browser on Pagefind's JS API: loaded on first use, never on a page's first load.
// Around it: the matcher puts the guide of a recognised error first, the site's vocabulary corrects typos, and a
// search that finds nothing still offers the closest guides.
import type { MatcherData } from '../matcher/data.ts';
import { diagnose } from '../matcher/diagnose.ts';
import { closestGuides } from './closest.ts';
import { cleanQuery, markedWords, rerank, searchRanking, searchWords, speaksOfOrganization, tellingQueryWords } from './rank.ts';
import { correctQuery, unknownWords, type Vocabulary } from './vocabulary.ts';
import { guidePath } from '../site.ts';

/** The filters the index carries, as the search page and the dialog name them. */
export type SearchFilters = Partial<Record<SearchFilterName, readonly string[]>>;

/** The index's filters: `kind` is the kind of error (a group's label), `audience` whose account it is. */
export type SearchFilterName = 'kind' | 'audience';

/** One result, ready to show: meta and content are raw text, `excerpt` is Pagefind's HTML with `<mark>`. */
interface SearchHit {
  url: string;
  title: string;
  /** Who acts, as the badge says it; absent on pages that are not about one error. */
  actor: string | undefined;
  excerpt: string;
  score: number;
  messages: string[];
  /** Set on the guide of the error the matcher recognised in the query. */
  matched?: true;
  /** Plain text to show when there is no excerpt (a guide added by the matcher or as a closest guide). */
  summary?: string;
}

/** What a search gives back: the hits to show and how many pages matched in all. */
export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  total: number;
  /** The query as searched after typo correction, when it differs from what was typed. */
  corrected?: string;
  /** When nothing matched: the guides closest to the query's words. */
  closest?: SearchHit[];
  /** Set when no page has every word of the query and the hits are the pages that have the most telling ones. */
  loose?: true;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  /** The page's id in the index, the same in every search. */
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

/** Where `astro build` writes Pagefind's bundle. */
const bundleUrl = '/pagefind/pagefind.js';
/** How many of Pagefind's best results are loaded and re-ranked; the rest only count. */
const candidates = 12;
/** How many results are shown. */
const shownResults = 8;
/** How many the search page shows: filters alone can list a whole group, so more than the dialog. */
export const searchPageResults = 30;

let loading: Promise<PagefindApi> | undefined;
let helping: Promise<Helpers | null> | undefined;

/** What search uses besides the index: the matcher's data and the site's vocabulary. */
interface Helpers {
  data: MatcherData;
  vocabulary: Vocabulary;
}

/** Loads the matcher data and the vocabulary once; search still works, plainer, when they cannot load. */
function loadHelpers(): Promise<Helpers | null> {
  helping ??= Promise.all([fetch('/matcher-data.json'), fetch('/search-words.json')])
    .then(async ([data, words]) => {
      if (!data.ok || !words.ok) return null;
      return { data: (await data.json()) as MatcherData, vocabulary: (await words.json()) as Vocabulary };
    })
    .catch(() => null);
  return helping;
}

/** A result for a guide, made from the matcher's data rather than the index. */
function guideHit(variant: MatcherData['variants'][number]): SearchHit {
  return {
    url: guidePath(variant.id),
    title: variant.title,
    actor: variant.actorLabel,
    excerpt: '',
    score: 0,
    messages: [],
    summary: variant.summary,
  };
}

/** Loads and starts Pagefind once; a failed load is forgotten so the next search tries again. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url: string = bundleUrl;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // The index is small: a web worker would cost one more file and a start-up, more than it saves (bench-search.mjs).
    await api.options({ ranking: searchRanking, excerptLength: 22, noWorker: true });
    await api.init();
    return api;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Pagefind's filter object: within one filter any chosen value may match. */
function pagefindFilters(filters: SearchFilters): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) {
    if (values.length > 0) result[name] = { any: [...values] };
  }
  return result;
}

/** Pages a whole-site search can return: enough to weigh how rare a word is. */
const pageCountFloor = 50;

/**
 * Each telling word of the query searched alone; a page's score is the sum, over the words it has, of its score for
 * that word (as a share of the best page's) times how rare the word is. Undefined when the query has one word only.
 */
async function looseSearch(api: PagefindApi, query: string, filters: Record<string, { any: string[] }>): Promise<PagefindResult[] | undefined> {
  const words = tellingQueryWords(query);
  // A one-word query was searched as it is already.
  if (words.length === 0 || searchWords(query).length < 2) return undefined;
  const perWord = await Promise.all(words.map(async (word) => (await api.search(word, { filters }))?.results ?? []));
  const pages = Math.max(pageCountFloor, ...perWord.map((results) => results.length));
  const scored = new Map<string, { result: PagefindResult; score: number; first: number }>();
  let order = 0;
  for (const results of perWord) {
    if (results.length === 0) continue;
    const rarity = Math.log(1 + pages / results.length);
    const best = Math.max(...results.map((result) => result.score)) || 1;
    for (const result of results) {
      const entry = scored.get(result.id) ?? { result, score: 0, first: order++ };
      entry.score += (rarity * result.score) / best;
      scored.set(result.id, entry);
    }
  }
  return [...scored.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map((entry) => ({ id: entry.result.id, score: entry.score, data: () => entry.result.data() }));
}

/**
 * Whether the index has the word itself. Pagefind answers a word it lacks with near matches (`overlaoded` finds
 * `over`), so this looks at the words it marked in its best results.
 */
async function indexHas(api: PagefindApi, word: string): Promise<boolean> {
  const results = (await api.search(word))?.results ?? [];
  const excerpts = await Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).excerpt));
  return excerpts.some((excerpt) => markedWords(excerpt).some((marked) => marked.toLowerCase().startsWith(word)));
}

/**
 * The query with its typos corrected from the site's vocabulary, or undefined. The vocabulary is the catalogue's;
 * the guides' prose has more words, so a word the index has (`cost`, a tool's name) is never replaced.
 */
async function correction(api: PagefindApi, query: string, vocabulary: Vocabulary): Promise<string | undefined> {
  const unknown = unknownWords(query, vocabulary);
  if (unknown.length === 0) return undefined;
  const found = await Promise.all(unknown.map((word) => indexHas(api, word)));
  const indexed = new Set(unknown.filter((_, index) => found[index]));
  return correctQuery(query, vocabulary, (word) => indexed.has(word)) ?? undefined;
}

/** Starts fetching the index chunks a query will need, while the person is still typing. */
export async function preload(query: string): Promise<void> {
  const term = cleanQuery(query);
  if (term) await (await loadPagefind()).preload(term);
}

/** Searches the index; with no words but some filters, lists the pages in those filters. Shows at most `limit`. */
export async function search(query: string, filters: SearchFilters = {}, limit = shownResults): Promise<SearchOutcome> {
  const term = cleanQuery(query);
  const chosen = pagefindFilters(filters);
  if (!term && Object.keys(chosen).length === 0) return { query: term, hits: [], total: 0 };
  const [api, helpers] = await Promise.all([loadPagefind(), term ? loadHelpers() : Promise.resolve(null)]);
  const corrected = helpers && term ? await correction(api, term, helpers.vocabulary) : undefined;
  const searched = corrected ?? term;
  const response = await api.search(searched || null, { filters: chosen });
  let results: PagefindResult[] = response?.results ?? [];
  // Pagefind wants every word on a page, so a question typed as a sentence often finds nothing: then the pages
  // that have the most of its telling words, the rarer words counting more.
  const loose = results.length === 0 && searched ? await looseSearch(api, searched, chosen) : undefined;
  if (loose) results = loose;
  const loaded = await Promise.all(
    results.slice(0, Math.max(candidates, limit)).map(async (result): Promise<SearchHit> => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta['title'] ?? data.url,
        actor: data.meta['actor'],
        excerpt: data.excerpt,
        score: result.score,
        messages: data.meta['message'] ? [data.meta['message']] : [],
      };
    }),
  );
  const organizational = new Set(
    (helpers?.data.variants ?? []).filter((variant) => variant.group === 'organization').map((variant) => guidePath(variant.id)),
  );
  let hits = searched ? rerank(searched, loaded, speaksOfOrganization(term) ? undefined : (hit) => organizational.has(hit.url)) : loaded;
  const outcome: SearchOutcome = {
    query: term,
    hits,
    total: results.length,
    ...(corrected ? { corrected } : {}),
    ...(loose && loose.length > 0 ? { loose: true as const } : {}),
  };
  if (!helpers || !term) return { ...outcome, hits: hits.slice(0, limit) };

  // An error text the matcher recognises puts its guide first, marked, whether or not the index ranked it.
  const diagnosis = diagnose(term, helpers.data);
  const variant = diagnosis.id && !diagnosis.needsMore ? helpers.data.variants.find((entry) => entry.id === diagnosis.id) : undefined;
  if (variant) {
    const url = guidePath(variant.id);
    const found = hits.find((hit) => hit.url === url);
    hits = [{ ...(found ?? guideHit(variant)), matched: true }, ...hits.filter((hit) => hit.url !== url)];
    outcome.total = Math.max(outcome.total, found ? outcome.total : outcome.total + 1);
  }
  outcome.hits = hits.slice(0, limit);
  if (outcome.hits.length === 0 && Object.keys(chosen).length === 0) {
    outcome.closest = closestGuides(term, helpers.data.variants).map(guideHit);
  }
  return outcome;
}
