import type { APIRoute } from 'astro';
import { variants } from '../catalogue/index.ts';
import { compileMatcherData } from '../matcher/compile.ts';

/** The compiled catalogue for paste boxes that load on first use (guides, the 404 page). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(compileMatcherData(variants)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
