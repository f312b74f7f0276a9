// The /search/ page's URL: ?q=…&kind=…&audience=…, so a search can be shared and the paste box can link to one.
import type { SearchFilterName, SearchFilters } from './engine.ts';
import { cleanQuery } from './rank.ts';

/** The filters the index carries, in the order the page shows them. */
const filterNames: readonly SearchFilterName[] = ['kind', 'audience'];

/** Older links name a filter by an earlier name: `family` was `kind` until the catalogue's field became `group`. */
const formerNames: Partial<Record<SearchFilterName, readonly string[]>> = { kind: ['family'] };

/** The query string for a search: only the cleaned query and the chosen filter values. */
export function searchParams(query: string, filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  const cleaned = cleanQuery(query);
  if (cleaned) params.set('q', cleaned);
  for (const name of filterNames) for (const value of filters[name] ?? []) params.append(name, value);
  return params;
}

/** Reads a search back from a query string; unknown parameters are ignored. */
export function readSearchParams(search: string): { query: string; filters: SearchFilters } {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const written = [name, ...(formerNames[name] ?? [])];
    const values = [...new Set(written.flatMap((key) => params.getAll(key)))].filter((value) => value.length > 0 && value.length <= 80);
    if (values.length > 0) filters[name] = values;
  }
  return { query: cleanQuery(params.get('q') ?? ''), filters };
}

/** A link to the search page for a query, as the paste box offers for text it does not recognise. */
export function searchPageHref(query: string, filters: SearchFilters = {}): string {
  const params = searchParams(query, filters).toString();
  return params ? `/search/?${params}` : '/search/';
}
