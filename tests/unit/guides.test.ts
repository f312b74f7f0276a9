// Each guide's MDX file: front matter that Astro's collection accepts, one file per variant.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { rawVariants } from '../../src/catalogue/raw.ts';

const folder = join('content', 'guides');
const files = readdirSync(folder).filter((name) => name.endsWith('.mdx'));

describe('each guide file', () => {
  for (const name of files) {
    test(`${name} has front matter with a description of 20 to 200 characters`, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      expect(match, 'front matter between --- lines').not.toBeNull();
      const data = load(match![1]!) as { description?: unknown };
      expect(typeof data.description).toBe('string');
      const description = String(data.description).trim();
      expect(description.length).toBeGreaterThanOrEqual(20);
      expect(description.length).toBeLessThanOrEqual(200);
    });

    test(`${name} uses only the Callout tones that exist`, () => {
      const tones = [...readFileSync(join(folder, name), 'utf8').matchAll(/<Callout[^>]*\btone="([^"]*)"/g)].map((match) => match[1]);
      expect(tones.filter((tone) => !['note', 'tip', 'warning'].includes(tone!))).toEqual([]);
    });
  }

  test('there is one guide per variant and no other', () => {
    expect(files.map((name) => name.replace(/\.mdx$/, '')).sort()).toEqual(rawVariants.map((variant) => variant.id).sort());
  });
});
