// The package for tool authors: the site's matcher and catalogue as functions, for Node and browsers alike.
// The CLI is built on it; the package's README section in the project README documents every field.
import { diagnose as diagnoseWith, maxInputLength as matcherInputLength } from '../matcher/diagnose.ts';
import { defaultSiteUrl as publicSite, guideUrl as siteGuideUrl, siteBase } from '../site.ts';
import { data } from './data.ts';
import { explainableText, explanationOf, type Explanation } from './explain.ts';
import type { DiagnosisResult, PublicVariant, SiteOptions } from './types.ts';

export type * from './types.ts';
export type { Explanation } from './explain.ts';

/** The public site's address, where guide links point unless `siteUrl` says otherwise. */
export const defaultSiteUrl: string = publicSite;

/** Text longer than this (UTF-16 code units, 1 MiB) is read as its first and last half. */
export const maxInputLength: number = matcherInputLength;

/** The package's version. */
export const version: string = data.version;

/** A hash of the catalogue data the package carries: it changes whenever the data does. */
export const dataVersion: string = data.dataVersion;

const byId = new Map(data.variants.map((variant) => [variant.id, variant]));

/** A guide's absolute address, `<site>/errors/<id>/`, on the public site or `options.siteUrl`. */
export function guideUrl(id: string, options: SiteOptions = {}): string {
  return siteGuideUrl(id, options.siteUrl);
}

/**
 * Says which known Claude error a paste shows, as the site's paste box does.
 * Never throws on any text; reads at most 1 MiB (the first and last half of a longer paste).
 * Throws a TypeError only when `options.siteUrl` is not an absolute http(s) URL.
 */
export function diagnose(text: string, options: SiteOptions = {}): DiagnosisResult {
  const site = siteBase(options.siteUrl).href;
  const paste = typeof text === 'string' ? text : '';
  const diagnosis = diagnoseWith(paste, data.matcher);
  const variant = diagnosis.id === null ? undefined : byId.get(diagnosis.id);
  return {
    id: diagnosis.id,
    confidence: diagnosis.confidence,
    ...(diagnosis.basis ? { basis: diagnosis.basis } : {}),
    title: variant?.title ?? null,
    url: diagnosis.id === null ? null : siteGuideUrl(diagnosis.id, site),
    evidence: diagnosis.evidence.map((span) => ({ ...span, text: paste.slice(span.start, span.end) })),
    facts: diagnosis.facts,
    others: diagnosis.others,
    needsMore: diagnosis.needsMore,
    truncated: diagnosis.truncated,
  };
}

/** Every variant the site explains, in the site's order, with its guide URL: the same list as /variants.json. */
export function listVariants(options: SiteOptions = {}): PublicVariant[] {
  const site = siteBase(options.siteUrl).href;
  return data.variants.map((variant) => ({ ...structuredClone(variant), url: siteGuideUrl(variant.id, site) }));
}

/** The variant with this id, with its guide URL, or undefined. */
export function getVariant(id: string, options: SiteOptions = {}): PublicVariant | undefined {
  const variant = byId.get(id);
  return variant && { ...structuredClone(variant), url: siteGuideUrl(variant.id, siteBase(options.siteUrl).href) };
}

/**
 * Explains an error where a tool holds it: an Anthropic SDK error (its `status`, body and headers), a response body,
 * an Error, or any text. Gives the variant, a one-line explanation, who can fix it, the reset time when the text or
 * the headers give one, and the guide's address; null when no known Claude error is there. Never throws on any input
 * (only a `siteUrl` that is not an absolute http(s) URL throws a TypeError).
 */
export function explain(input: unknown, options: SiteOptions = {}): Explanation | null {
  let read: ReturnType<typeof explainableText>;
  try {
    read = explainableText(input);
  } catch {
    return null;
  }
  const result = diagnose(read.text, options);
  return explanationOf(result, result.id === null ? undefined : byId.get(result.id), read.headers);
}
