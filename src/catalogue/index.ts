import { rawVariants } from './raw.ts';
import { parseCatalogue } from './validate.ts';
import type { Variant } from './schema.ts';

/** The validated catalogue; importing this module fails the build on a broken entry. */
export const variants: readonly Variant[] = parseCatalogue(rawVariants);

const byId = new Map(variants.map((variant) => [variant.id, variant]));

/** The variant with this id, or undefined. */
export function findVariant(id: string): Variant | undefined {
  return byId.get(id);
}

/** The variant with this id; throws when it does not exist (for build-time lookups). */
export function getVariant(id: string): Variant {
  const variant = byId.get(id);
  if (!variant) throw new Error(`Unknown variant id "${id}"`);
  return variant;
}

export type { Variant } from './schema.ts';
