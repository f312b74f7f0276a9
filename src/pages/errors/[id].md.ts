import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getVariant, variants } from '../../catalogue/index.ts';
import { guideMarkdown } from '../../machine-readable/markdown.ts';

/** Each guide as Markdown, from its catalogue entry and its MDX prose, for tools and language models. */
export const getStaticPaths = (async () => {
  const guides = new Map((await getCollection('guides')).map((guide) => [guide.id, guide]));
  return variants.map((variant) => {
    const guide = guides.get(variant.id);
    // The catalogue-check integration has already matched every variant to its guide.
    return { params: { id: variant.id }, props: { prose: guide?.body ?? '' } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ prose: string }> = ({ params, props, site }) => {
  const variant = getVariant(String(params['id']));
  const markdown = guideMarkdown(variant, props.prose, site ?? new URL('http://localhost/'), variant.related.map(getVariant));
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
