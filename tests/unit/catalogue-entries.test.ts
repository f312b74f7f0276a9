// Each catalogue entry on its own: valid against the schema, its related ids real, its wordings dated.
import { describe, expect, test } from 'vitest';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { variantSchema } from '../../src/catalogue/schema.ts';

const ids = new Set(rawVariants.map((variant) => variant.id));

describe('each catalogue entry', () => {
  for (const raw of rawVariants) {
    test(`${raw.id} is valid on its own`, () => {
      const result = variantSchema.safeParse(raw);
      expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
      if (!result.success) return;
      expect(result.data.related.filter((id) => !ids.has(id) || id === raw.id)).toEqual([]);
      if (result.data.kind === 'message') expect(result.data.wordings.length, 'a message variant lists its dated wordings').toBeGreaterThan(0);
      expect(result.data.sources.filter((source) => source.url.includes('example.com'))).toEqual([]);
    });
  }
});
