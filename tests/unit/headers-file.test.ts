import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFile, mergePolicies, pagePolicy, parseHeadersFile, patternCovers } from '../../src/integrations/headers-file.ts';

describe('the _headers file', () => {
  test('merges policies as the union of each directive', () => {
    expect(mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; img-src 'self'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'",
    );
  });

  test("reads a page's policy out of its meta, undoing HTML's quote escape", () => {
    expect(pagePolicy('<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">')).toBe("default-src 'self'");
    expect(pagePolicy('<meta charset="utf-8">')).toBeUndefined();
  });

  test('writes the CSP with frame-ancestors for every path, and a charset for the Markdown twins', () => {
    const rules = parseHeadersFile(headersFile(["default-src 'self'"]));
    const all = rules.find((rule) => rule.pattern === '/*');
    expect(all?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1]).toBe("default-src 'self'; frame-ancestors 'none'");
    const markdown = rules.find((rule) => patternCovers(rule.pattern, '/errors/overloaded.md') && rule.pattern !== '/*');
    expect(markdown?.headers).toEqual([['Content-Type', 'text/markdown; charset=utf-8']]);
  });

  test('matches path patterns with wildcards only where they are', () => {
    expect(patternCovers('/errors/*.md', '/errors/x.md')).toBe(true);
    expect(patternCovers('/errors/*.md', '/errors/x.mdx')).toBe(false);
    expect(patternCovers('/llms.txt', '/llmsXtxt')).toBe(false);
  });

  test.runIf(existsSync('dist/_headers'))('the built dist/_headers carries the CSP of the built pages and the Markdown charset', () => {
    const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
    const csp = rules.find((rule) => rule.pattern === '/*')?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
    const home = pagePolicy(readFileSync('dist/index.html', 'utf8')) ?? 'missing';
    for (const directive of home.split(';').map((part) => part.trim().split(/\s+/)[0])) expect(csp).toContain(`${directive}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(rules.some((rule) => rule.pattern === '/errors/*.md')).toBe(true);
  });
});
