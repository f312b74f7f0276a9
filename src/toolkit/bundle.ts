// Compiles the validated catalogue into the data the package carries, and names that data by a hash of it.
import { createHash } from 'node:crypto';
import { toPublicVariant } from '../catalogue/public.ts';
import type { Variant } from '../catalogue/schema.ts';
import { compileMatcherData } from '../matcher/compile.ts';
import type { MatcherData } from '../matcher/data.ts';
import { defaultSiteUrl } from '../site.ts';
import type { PublicVariant } from './types.ts';

/** Everything the package carries, compiled from the validated catalogue at build time. */
export interface ToolkitData {
  /** The package version the data was built for. */
  version: string;
  /** A hash of the compiled catalogue: equal hashes mean identical data. */
  dataVersion: string;
  /** What the matcher reads (the site's /matcher-data.json). */
  matcher: MatcherData;
  /** The public variants without their guide URL, which depends on the site address. */
  variants: Omit<PublicVariant, 'url'>[];
}

/** A variant as /variants.json publishes it (the site's own builder), without the guide URL: that depends on the site address. */
function storedVariant(variant: Variant): Omit<PublicVariant, 'url'> {
  const { url: _url, ...rest } = toPublicVariant(variant, defaultSiteUrl);
  return rest;
}

/** The first 12 hex digits of the SHA-256 of the matcher data and the public variants, as JSON. */
function hashData(matcher: ToolkitData['matcher'], variants: ToolkitData['variants']): string {
  return createHash('sha256').update(JSON.stringify({ matcher, variants })).digest('hex').slice(0, 12);
}

/** The package's data for these validated variants, labelled with the package version. */
export function toolkitData(variants: readonly Variant[], version: string): ToolkitData {
  const matcher = compileMatcherData(variants);
  const stored = variants.map(storedVariant);
  return { version, dataVersion: hashData(matcher, stored), matcher, variants: stored };
}
