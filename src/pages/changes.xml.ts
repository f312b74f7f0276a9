import type { APIRoute } from 'astro';
import { variants } from '../catalogue/index.ts';
import { worldChanges } from '../catalogue/world.ts';
import { changesFeed } from '../machine-readable/atom.ts';

/** /changes.xml: the changes page as an Atom feed. */
export const GET: APIRoute = ({ site }) =>
  new Response(changesFeed(variants, worldChanges, site ?? new URL('http://localhost:4321')), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
