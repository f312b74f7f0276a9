import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

const root = resolve('.');
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
  test('creates the entry and the guide, and lists the entry in raw.ts', () => {
    const result = scaffold('quota-exceeded', 'request');
    expect(result.status).toBe(0);
    expect(existsSync(join(work, 'src/catalogue/variants/quota-exceeded.ts'))).toBe(true);
    expect(existsSync(join(work, 'content/guides/quota-exceeded.mdx'))).toBe(true);
    const raw = readFileSync(join(work, 'src/catalogue/raw.ts'), 'utf8');
    expect(raw).toContain("import quotaExceeded from './variants/quota-exceeded.ts';");
    expect(raw).toMatch(/\n {2}quotaExceeded,\n {2}stillRejected,\n/);
  });

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
