// Every source says what the site cites it for and when it was read; a guide's Claude Code version has a source that names it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getVariant, variants, type Variant } from '../../src/catalogue/index.ts';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { variantSchema, type VariantInput } from '../../src/catalogue/schema.ts';
import { common, readOn } from '../../src/catalogue/sources.ts';
import { worldChanges } from '../../src/catalogue/world.ts';

type Source = Variant['sources'][number];

/** Every source entry of a variant: its list and each wording's. */
function sourcesOf(variant: Variant): Source[] {
  return [...variant.sources, ...variant.wordings.map((wording) => wording.source)];
}

/** The newest review in the catalogue: no source can have been read after the site was last checked. */
const lastReview = variants.map((variant) => variant.reviewed).reduce((latest, day) => (day > latest ? day : latest));

/** A Claude Code version such as 2.1.234 or v2.1.144 (0.x, 1.x, 2.x); OpenClaw's 2026.9.3 and the like are not one. */
const versionPattern = /(?<![\d.])v?([0-2]\.\d{1,3}\.\d{1,4})(?!\.?\d)/g;

function versionsIn(text: string): Set<string> {
  return new Set([...text.matchAll(versionPattern)].map((match) => match[1]!));
}

/** What a guide says: its MDX prose and every field of its variant but the sources. */
function guideText(variant: Variant): string {
  const prose = readFileSync(join('content', 'guides', `${variant.id}.mdx`), 'utf8');
  const fields = [
    variant.title,
    variant.summary,
    variant.cause,
    variant.actorNote ?? '',
    variant.change,
    ...variant.messages,
    ...variant.wordings.map((wording) => wording.surface),
    ...variant.steps.flatMap((step) => [step.title, step.detail ?? '']),
  ];
  return [prose, ...fields].join('\n');
}

describe('every source entry', () => {
  for (const variant of variants) {
    test(`${variant.id}: each source states its claim and was read on or before the review of ${variant.reviewed}`, () => {
      for (const source of sourcesOf(variant)) {
        expect(source.claim.trim().length, `${source.url} claim`).toBeGreaterThanOrEqual(10);
        expect(source.read, `${source.url} read`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(source.read <= variant.reviewed, `${source.url} read ${source.read}`).toBe(true);
      }
    });
  }

  test('each change in the world cites a source with a claim, read on or before the last review', () => {
    for (const change of worldChanges) {
      expect(change.source.claim.trim().length, change.title).toBeGreaterThanOrEqual(10);
      expect(change.source.read <= lastReview, `${change.title}: read ${change.source.read}`).toBe(true);
    }
  });

  test('the shared sources and the read days of each kind are dates no later than the last review', () => {
    const days = [...Object.values(common).map((source) => source.read), ...Object.values(readOn)];
    for (const day of days) {
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(day <= lastReview, day).toBe(true);
    }
  });
});

describe('a disputed claim', () => {
  test('the Agent SDK credit cites both sides, each source saying which side it supports', () => {
    const claims = getVariant('out-of-extra-usage').sources.map((source) => ({ url: source.url, claim: source.claim }));
    expect(claims).toContainEqual({ url: common.agentSdkArticle.url, claim: expect.stringMatching(/^one side\b/) as string });
    expect(claims).toContainEqual({
      url: 'https://github.com/openclaw/openclaw/issues/128131',
      claim: expect.stringMatching(/^the other side, unconfirmed\b/) as string,
    });
  });
});

describe('a Claude Code version named by a guide', () => {
  for (const variant of variants) {
    test(`${variant.id}: each version in the guide is named by one of its sources`, () => {
      const sourced = new Set(sourcesOf(variant).flatMap((source) => [...versionsIn(`${source.title}\n${source.claim}`)]));
      const unsourced = [...versionsIn(guideText(variant))].filter((version) => !sourced.has(version));
      expect(unsourced).toEqual([]);
    });
  }

  test('the version pattern finds Claude Code versions and leaves other numbers alone', () => {
    expect([...versionsIn('Claude Code 2.1.234 (v2.1.144), before 2.1.14.')]).toEqual(['2.1.234', '2.1.144', '2.1.14']);
    expect([...versionsIn('OpenClaw 2026.9.3, Node 22.12, 12.5.2026 and 1.0.60')]).toEqual(['1.0.60']);
  });
});

describe('the schema', () => {
  const base = rawVariants.find((variant) => variant.id === 'out-of-extra-usage')!;
  const source = base.sources[0]!;

  function withSources(sources: VariantInput['sources'], wordingSource = source): unknown {
    return { ...base, sources, wordings: (base.wordings ?? []).map((wording) => ({ ...wording, source: wordingSource })) };
  }

  test('accepts a variant whose sources state a claim and a read date', () => {
    expect(variantSchema.safeParse(withSources([source])).success).toBe(true);
  });

  test.each(['claim', 'read'] as const)('refuses a source in the list without its %s', (field) => {
    const { [field]: _dropped, ...rest } = source;
    const result = variantSchema.safeParse(withSources([rest as typeof source]));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(`sources.0.${field}`);
  });

  test.each(['claim', 'read'] as const)("refuses a wording's source without its %s", (field) => {
    const { [field]: _dropped, ...rest } = source;
    const result = variantSchema.safeParse(withSources([source], rest as typeof source));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(`wordings.0.source.${field}`);
  });

  test('refuses a claim too short to say anything and a read date that is not a day', () => {
    expect(variantSchema.safeParse(withSources([{ ...source, claim: 'see here' }])).success).toBe(false);
    expect(variantSchema.safeParse(withSources([{ ...source, read: '2026-11' }])).success).toBe(false);
  });
});
