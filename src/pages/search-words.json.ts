import type { APIRoute } from 'astro';
import { variants } from '../catalogue/index.ts';
import { buildVocabulary } from '../search/vocabulary.ts';

/** The site's vocabulary, for search's typo tolerance; fetched when search is first used. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildVocabulary(variants)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
