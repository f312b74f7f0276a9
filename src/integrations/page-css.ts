// Each page's inlined stylesheet without the rules for classes that neither the page nor its scripts use.
// The site has one Tailwind stylesheet; inlined whole, the diagrams' and the estimator's utilities would weigh on
// every guide's first view. Pure functions here; the integration in page-css-integration.ts applies them.

/** A CSS text split into top-level blocks: at-rules with their bodies, and style rules. */
function blocks(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        out.push(css.slice(start, i + 1));
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < css.length && css.slice(start).trim()) out.push(css.slice(start));
  return out;
}

const classInSelector = /\.((?:\\.|[\w-])+)/g;

/** The class names a selector needs, unescaped (`.sm\:text-4xl` needs `sm:text-4xl`). */
function selectorClasses(selector: string): string[] {
  return [...selector.matchAll(classInSelector)].map((match) => match[1]!.replace(/\\(.)/g, '$1'));
}

/**
 * `css` keeping only the rules some selector of which can match: every class it names occurs somewhere in `used`
 * (the page's HTML and the text of its scripts). At-rules are kept, emptied of the rules they no longer need.
 */
export function pruneCss(css: string, used: string): string {
  const present = new Map<string, boolean>();
  const has = (name: string) => {
    let known = present.get(name);
    if (known === undefined) present.set(name, (known = used.includes(name)));
    return known;
  };
  const keep = (block: string): string => {
    const open = block.indexOf('{');
    if (open < 0) return block;
    const prelude = block.slice(0, open).trim();
    const body = block.slice(open + 1, block.lastIndexOf('}'));
    if (prelude.startsWith('@')) {
      if (!/^@(media|supports|layer|container)\b/.test(prelude)) return block;
      const inner = blocks(body).map(keep).join('');
      return inner.trim() ? `${prelude}{${inner}}` : '';
    }
    // `a,.b .c,.d:hover`: kept when any one of the comma-separated selectors has all its classes in use.
    const selectors = prelude.split(/,(?![^(]*\))/);
    return selectors.some((selector) => selectorClasses(selector).every(has)) ? block : '';
  };
  return blocks(css).map(keep).join('');
}

/** The module scripts a page loads, and every module they import, statically or on use. */
export function reachableScripts(html: string, read: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\bsrc="(\/[^"]+\.js)"/g)].map((match) => match[1]!);
  for (const [, body] of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const [, path] of body!.matchAll(/["'`](\/_astro\/[^"'`]+\.js)["'`]/g)) queue.push(path!);
  }
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const code = read(path);
    if (code === undefined) continue;
    seen.add(path);
    for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js|\/_astro\/[^"'`]+\.js)["'`]/g)) {
      queue.push(new URL(spec!, `https://site${path}`).pathname);
    }
  }
  return [...seen];
}
