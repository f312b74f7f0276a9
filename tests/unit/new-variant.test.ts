import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { groupOrder } from '../../src/catalogue/labels.ts';
import { rawVariants } from '../../src/catalogue/raw.ts';

const root = resolve('.');

interface Entry {
  id: string;
  group: string;
  kind?: string | undefined;
}

/** A group's place in the site's order, -1 for one it does not know. */
const rank = (group: string) => (groupOrder as readonly string[]).indexOf(group);

/** The site's order: message entries by group in groupOrder, then the situations. */
function isGrouped(entries: readonly Entry[]): boolean {
  const firstSituation = entries.findIndex((entry) => entry.kind === 'situation');
  const messages = firstSituation < 0 ? entries : entries.slice(0, firstSituation);
  const ranks = messages.map((entry) => rank(entry.group));
  return (
    ranks.every((rank, index) => rank >= 0 && (index === 0 || rank >= (ranks[index - 1] ?? 0))) &&
    entries.slice(messages.length).every((entry) => entry.kind === 'situation')
  );
}
let work = '';

function scaffold(...args: string[]) {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  work = mkdtempSync(join(root, '.tmp', 'new-variant-'));
  cpSync(join(root, 'src/catalogue'), join(work, 'src/catalogue'), { recursive: true });
  cpSync(join(root, 'content/guides'), join(work, 'content/guides'), { recursive: true });
  return spawnSync(process.execPath, [join(root, 'scripts/new-variant.mjs'), ...args], { cwd: work, encoding: 'utf8' });
}

afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run new-variant', () => {
  test('starts from a catalogue in the grouped order', () => {
    expect(isGrouped(rawVariants)).toBe(true);
  });

  test('creates the entry and the guide, and lists the entry in raw.ts', () => {
    const result = scaffold('quota-exceeded', 'request');
    expect(result.status).toBe(0);
    expect(existsSync(join(work, 'src/catalogue/variants/quota-exceeded.ts'))).toBe(true);
    expect(existsSync(join(work, 'content/guides/quota-exceeded.mdx'))).toBe(true);
    const raw = readFileSync(join(work, 'src/catalogue/raw.ts'), 'utf8');
    expect(raw).toContain("import quotaExceeded from './variants/quota-exceeded.ts';");
    expect(raw.match(/quotaExceeded,\n/g)).toHaveLength(1);
  });

  // The first group, one in the middle and the last: each new entry must land at the end of its own group.
  for (const group of [groupOrder[0], groupOrder[Math.floor(groupOrder.length / 2)], groupOrder.at(-1)]) {
    test(`keeps the site's grouped order for a new ${group} variant`, async () => {
      expect(scaffold('quota-exceeded', group ?? '').status).toBe(0);
      const { rawVariants } = (await import(join(work, 'src/catalogue/raw.ts'))) as { rawVariants: readonly Entry[] };
      const at = rawVariants.findIndex((entry) => entry.id === 'quota-exceeded');
      expect(rawVariants[at]?.group).toBe(group);
      expect(isGrouped(rawVariants), rawVariants.map((entry) => `${entry.group}:${entry.id}`).join(' ')).toBe(true);
      // Last of its group: whatever follows is a later group or a situation.
      const next = rawVariants[at + 1];
      if (next && next.kind !== 'situation') expect(rank(next.group)).toBeGreaterThan(rank(group ?? ''));
    });
  }

  test('leaves an entry the build refuses, naming the variant, until it has a source', async () => {
    const before = ((await import(join(root, 'src/catalogue/raw.ts'))) as { rawVariants: unknown[] }).rawVariants.length;
    scaffold('quota-exceeded');
    const { rawVariants } = (await import(join(work, 'src/catalogue/raw.ts'))) as { rawVariants: unknown[] };
    const { parseCatalogue } = (await import(join(work, 'src/catalogue/validate.ts'))) as { parseCatalogue: (input: unknown[]) => unknown };
    expect(rawVariants).toHaveLength(before + 1);
    expect(() => parseCatalogue(rawVariants)).toThrow(/Variant "quota-exceeded" is invalid: sources/);
  });

  test('refuses an id that is not a slug, and an id that exists', () => {
    expect(scaffold('Not A Slug').status).toBe(2);
    rmSync(work, { recursive: true, force: true });
    expect(scaffold('overloaded').status).toBe(2);
  });
});
