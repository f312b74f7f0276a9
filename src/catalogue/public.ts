import type { Group, Variant } from './schema.ts';
import { guidePath } from '../site.ts';

/** Bumped only when a field of /variants.json changes meaning or is removed. */
export const variantsFormatVersion = 1;

/** The three families of format version 1, kept so consumers that filter on them still work. */
type LegacyFamily = 'extra-usage' | 'organization' | 'adjacent';

/** Version 1's `family` for a group: the two billing groups keep their names, every other group was "adjacent". */
function legacyFamily(group: Group): LegacyFamily {
  return group === 'extra-usage' || group === 'organization' ? group : 'adjacent';
}

/** A variant as /variants.json publishes it: the catalogue minus the matcher's internals, plus its group and guide URL. */
export type PublicVariant = Omit<Variant, 'signals' | 'group'> & { family: LegacyFamily; group: Group; url: string };

/** The public form of a variant; `site` is the deployed site's address. */
export function toPublicVariant(variant: Variant, site: URL | string | undefined): PublicVariant {
  const { signals: _signals, group, ...rest } = variant;
  return { ...rest, family: legacyFamily(group), group, url: new URL(guidePath(variant.id), site).href };
}
