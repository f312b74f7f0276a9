// Search in the browser on Pagefind's JS API: loaded on first use, never on a page's first load.
import { cleanQuery, rerank, searchRanking } from './rank.ts';

/** The filters the index carries, as the search page and the dialog name them. */
export type SearchFilters = Partial<Record<'family' | 'audience', readonly string[]>>;

/** One result, ready to show: meta and content are raw text, `excerpt` is Pagefind's HTML with `<mark>`. */
export interface SearchHit {
  url: string;
  title: string;
  /** Who acts, as the badge says it; absent on pages that are not about one error. */
  actor: string | undefined;
  excerpt: string;
  score: number;
  messages: string[];
}

/** What a search gives back: the hits to show and how many pages matched in all. */
export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  total: number;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
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
export const shownResults = 8;

let loading: Promise<PagefindApi> | undefined;

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
    if (values && values.length > 0) result[name] = { any: [...values] };
  }
  return result;
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
  const api = await loadPagefind();
  const response = await api.search(term || null, { filters: chosen });
  const results = response?.results ?? [];
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
  const hits = term ? rerank(term, loaded) : loaded;
  return { query: term, hits: hits.slice(0, limit), total: results.length };
}
