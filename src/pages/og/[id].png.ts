import type { APIRoute, GetStaticPaths } from 'astro';
import { variants } from '../../catalogue/index.ts';
import { cardSvg, type Card } from '../../og/card.ts';
import { pageCards, variantCard } from '../../og/cards.ts';
import { dejaVuMeasure, renderPng } from '../../og/render.ts';

/** One link-preview PNG per guide, plus the site's and the admin request page's, drawn at build time. */
export const getStaticPaths = (() => {
  const messageCount = variants.filter((variant) => variant.kind === 'message').length;
  const cards = [...variants.map(variantCard), ...pageCards(messageCount)];
  return cards.map((card) => ({ params: { id: card.id }, props: { card } }));
}) satisfies GetStaticPaths;

let measure: ReturnType<typeof dejaVuMeasure> | undefined;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  measure ??= dejaVuMeasure();
  const png = await renderPng(cardSvg(props.card, measure));
  return new Response(png.slice().buffer, { headers: { 'Content-Type': 'image/png' } });
};
