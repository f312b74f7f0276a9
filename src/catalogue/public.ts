import type { Variant } from './schema.ts';

/** Bumped only when a field of /variants.json changes meaning or is removed. */
export const variantsFormatVersion = 1;

/** A variant as /variants.json publishes it: the catalogue minus the matcher's internals, plus its guide URL. */
export function toPublicVariant(variant: Variant, site: URL | undefined) {
  const { signals: _signals, ...rest } = variant;
  return { ...rest, url: new URL(`/errors/${variant.id}/`, site).href };
}
