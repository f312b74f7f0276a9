import type { APIRoute } from 'astro';
import { variants } from '../catalogue/index.ts';
import { llmsTxt } from '../machine-readable/llms.ts';

/** The llmstxt.org index of the guides' Markdown twins. */
export const GET: APIRoute = ({ site }) =>
  new Response(llmsTxt(variants, site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
