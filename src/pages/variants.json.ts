import type { APIRoute } from 'astro';
import { variants } from '../catalogue/index.ts';
import { toPublicVariant, variantsFormatVersion } from '../catalogue/public.ts';

/** The catalogue as JSON for other tools; the format is documented in the README. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify({ version: variantsFormatVersion, variants: variants.map((variant) => toPublicVariant(variant, site)) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
