// The import graph of src/, read from the files: which code may reach which. A rule broken here is a bundle that grows
// (zod or the whole validated catalogue in the browser) or a pure module that stops running outside a browser.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve('src');

/** An import as written: its specifier, and whether it is erased at build time (`import type`). */
interface ImportEdge {
  specifier: string;
  typeOnly: boolean;
}

const importPattern =
  /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?(?:[\w$*{},\s]+?\s+from\s+)?['"]([^'"\n]+)['"]|\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Strips comments so that a word in a comment is neither an import nor a use of the DOM. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

/** The imports of some code: static (`import … from`, `export … from`, bare `import '…'`) and dynamic `import('…')`. */
function importsOf(code: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of withoutComments(code).matchAll(importPattern)) {
    const specifier = match[3] ?? match[4];
    if (specifier) edges.push({ specifier, typeOnly: Boolean(match[2]) });
  }
  return edges;
}

/** The code of a module: a .ts file whole; of an .astro file, only its client `<script>` parts (not `is:inline`, not data). */
function browserPartsOfAstro(source: string): string {
  return [...source.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/\b(is:inline|type=|set:html)/.test(match[1] ?? ''))
    .map((match) => match[2] ?? '')
    .join('\n');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(ts|astro|mjs|js)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const sources = new Map(filesUnder(root).map((file) => [file, readFileSync(file, 'utf8')]));
const name = (file: string) => relative(root, file).split('\\').join('/');

/** A relative specifier resolved to a file of src/, or the package name for a bare one (`zod`, `astro:content`). */
function target(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.split('?')[0] ?? specifier;
  return resolve(dirname(from), specifier.split('?')[0] ?? specifier);
}

/** The imports that stay in the built code (type-only ones are erased) of a file; for .astro, of its browser scripts. */
function runtimeImports(file: string, browserOnly: boolean): string[] {
  const code = sources.get(file) ?? '';
  const read = file.endsWith('.astro') ? (browserOnly ? browserPartsOfAstro(code) : code) : code;
  return importsOf(read)
    .filter((edge) => !edge.typeOnly)
    .map((edge) => target(file, edge.specifier));
}

/** Every module reachable from `entries` at run time, with the first path found to each (for the failure message). */
function reachable(entries: readonly string[]): Map<string, string[]> {
  const paths = new Map<string, string[]>(entries.map((entry) => [entry, [name(entry)]]));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    for (const next of runtimeImports(file, file.endsWith('.astro'))) {
      if (paths.has(next)) continue;
      paths.set(next, [...(paths.get(file) ?? []), next.startsWith(root) ? name(next) : next]);
      if (sources.has(next)) queue.push(next);
    }
  }
  return paths;
}

/** zod itself, or Astro's copy of it. */
const isZod = (file: string) => /(^|\/)zod$/.test(file);

/** The code that runs in the browser: the custom elements and the client scripts of .astro files. */
const browserEntries = [...sources.keys()].filter(
  (file) => name(file).startsWith('elements/') || (file.endsWith('.astro') && browserPartsOfAstro(sources.get(file) ?? '').trim() !== ''),
);

describe('the import graph reader', () => {
  test('finds static, re-exported, bare and dynamic imports, and tells type-only ones apart', () => {
    const code = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "export { c } from './c.ts';",
      "import './d.css';",
      "const e = () => import('./e.ts');",
      "// import { f } from './f.ts';",
      "import {\n  g,\n  h,\n} from 'zod';",
    ].join('\n');
    expect(importsOf(code)).toEqual([
      { specifier: './a.ts', typeOnly: false },
      { specifier: './b.ts', typeOnly: true },
      { specifier: './c.ts', typeOnly: false },
      { specifier: './d.css', typeOnly: false },
      { specifier: './e.ts', typeOnly: false },
      { specifier: 'zod', typeOnly: false },
    ]);
  });

  test('sees the browser code: every custom element and the paste box script', () => {
    const names = browserEntries.map(name);
    expect(names).toContain('elements/paste-box.ts');
    expect(names).toContain('components/PasteBox.astro');
    expect([...reachable(browserEntries).keys()].map(name)).toContain('matcher/diagnose.ts');
  });
});

describe('boundaries', () => {
  const browser = reachable(browserEntries);
  const inBrowser = (predicate: (file: string) => boolean) =>
    [...browser.entries()].filter(([file]) => predicate(file)).map(([, path]) => path.join(' → '));

  test('browser code never reaches zod, the validation or the validated catalogue', () => {
    const forbidden = new Set(['catalogue/index.ts', 'catalogue/validate.ts', 'catalogue/schema.ts']);
    expect(inBrowser((file) => isZod(file) || forbidden.has(name(file)))).toEqual([]);
  });

  test('browser code reaches the unvalidated catalogue only through raw.ts, and Node built-ins and Astro not at all', () => {
    const rawOnly = inBrowser((file) => name(file).startsWith('catalogue/variants/') || name(file).startsWith('catalogue/builders/'));
    expect(rawOnly.filter((path) => !path.includes('catalogue/raw.ts'))).toEqual([]);
    expect(inBrowser((file) => file.startsWith('node:') || file.startsWith('astro'))).toEqual([]);
  });

  for (const area of ['matcher/', 'admin/']) {
    test(`src/${area} imports no zod and uses no DOM`, () => {
      const files = [...sources.keys()].filter((file) => name(file).startsWith(area));
      expect(files.length).toBeGreaterThan(0);
      const zod = [...reachable(files).entries()].filter(([file]) => isZod(file)).map(([, path]) => path.join(' → '));
      expect(zod).toEqual([]);
      const dom = /\b(document|window|navigator|localStorage|sessionStorage|HTML\w*Element|customElements|DOMParser)\b/;
      const users = files.filter((file) => dom.test(withoutComments(sources.get(file) ?? '').replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, "''")));
      expect(users.map(name)).toEqual([]);
    });
  }
});
