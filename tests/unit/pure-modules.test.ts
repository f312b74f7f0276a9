// The small pure helpers of the build, the guide pages and the paste box, each on its own.
import { describe, expect, test } from 'vitest';
import { getVariant, variants } from '../../src/catalogue/index.ts';
import { actorLabels } from '../../src/catalogue/labels.ts';
import { actorSentence, guideTitle } from '../../src/catalogue/present.ts';
import { pasteForBox } from '../../src/elements/paste-input.ts';
import { untilText } from '../../src/elements/until-text.ts';
import { tightenPolicy } from '../../src/integrations/headers-file.ts';
import { pruneCss, reachableScripts } from '../../src/integrations/page-css.ts';
import { maxInputLength } from '../../src/matcher/diagnose.ts';
import { tellingWords } from '../../src/matcher/telling.ts';

describe('pruneCss', () => {
  test('keeps the rules whose classes the page uses and drops the others, inside at-rules too', () => {
    const css = '.a{color:red}.b{color:blue}@media (min-width:40rem){.a{margin:0}.zz{margin:1px}}@font-face{font-family:x}';
    expect(pruneCss(css, '<p class="a">')).toBe('.a{color:red}@media (min-width:40rem){.a{margin:0}}@font-face{font-family:x}');
  });

  test('drops an at-rule left empty, and keeps rules without classes', () => {
    expect(pruneCss('@media print{.c{display:none}}p{margin:0}', '<p>')).toBe('p{margin:0}');
  });

  test('reads escaped class names, selector lists and every class of a compound selector', () => {
    const css = String.raw`.sm\:p-2{padding:0}.x,.a{color:red}.a .d{color:blue}`;
    expect(pruneCss(css, 'class="sm:p-2 a"')).toBe(String.raw`.sm\:p-2{padding:0}.x,.a{color:red}`);
  });

  test('is not misled by braces inside quoted strings', () => {
    expect(pruneCss('.b{content:"}"}.a{content:"{"}', 'a')).toBe('.a{content:"{"}');
  });
});

describe('reachableScripts', () => {
  const files: Record<string, string> = {
    '/_astro/page.js': 'import{a}from"./shared.js";',
    '/_astro/shared.js': 'export const a=1;',
    '/_astro/inline-target.js': 'const later=()=>import("./later.js");',
    '/_astro/later.js': 'export {};',
    '/_astro/unused.js': 'export {};',
  };

  test('follows module scripts, inline module scripts, static and dynamic imports, each once', () => {
    const html = [
      '<script type="module" src="/_astro/page.js"></script>',
      '<script type="module">import("/_astro/inline-target.js")</script>',
      '<script type="module" src="/_astro/page.js"></script>',
    ].join('');
    expect(reachableScripts(html, (path) => files[path])).toEqual([
      '/_astro/page.js',
      '/_astro/inline-target.js',
      '/_astro/shared.js',
      '/_astro/later.js',
    ]);
  });

  test('skips a script it cannot read and finds nothing on a page without scripts', () => {
    expect(reachableScripts('<script type="module" src="/_astro/missing.js"></script>', (path) => files[path])).toEqual([]);
    expect(reachableScripts('<p>No scripts</p>', (path) => files[path])).toEqual([]);
  });
});

describe('tightenPolicy', () => {
  const hash = (text: string) => ({ run: 'AAA', 'p{}': 'CCC' })[text] ?? 'unused';
  const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy.replaceAll("'", '&#39;')}">`;

  test("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
    const html = [
      meta("default-src 'self'; script-src 'self' 'sha256-AAA' 'sha256-BBB' 'wasm-unsafe-eval'; style-src 'self' 'sha256-CCC' 'sha256-DDD'"),
      '<script>run</script><style>p{}</style>',
      '<script type="application/ld+json">{"ignored":true}</script><script src="/x.js"></script>',
    ].join('');
    expect(tightenPolicy(html, hash)).toContain(
      meta("default-src 'self'; script-src 'self' 'sha256-AAA' 'wasm-unsafe-eval'; style-src 'self' 'sha256-CCC'"),
    );
  });

  test('leaves a page without a policy as it is', () => {
    expect(tightenPolicy('<p>plain</p>', hash)).toBe('<p>plain</p>');
  });
});

describe('pasteForBox', () => {
  test('keeps an ordinary paste as it is, a few control characters included', () => {
    const text = 'API Error: 400 \u001b[31mout of extra usage\u001b[0m';
    expect(pasteForBox(text)).toEqual({ text, cutFrom: 0, controls: 0 });
  });

  test("keeps the first and last half of the matcher's limit of a longer paste, saying how long it was", () => {
    const half = maxInputLength / 2;
    const text = `${'a'.repeat(half)}${'b'.repeat(1000)}${'c'.repeat(half)}`;
    const kept = pasteForBox(text);
    expect(kept.cutFrom).toBe(text.length);
    expect(kept.text.startsWith('a'.repeat(half))).toBe(true);
    expect(kept.text.endsWith(`\n${'c'.repeat(half)}`)).toBe(true);
    expect(kept.text).toContain('[… 1000 characters left out …]');
    expect(pasteForBox('x'.repeat(maxInputLength)).cutFrom).toBe(0);
  });

  test('takes out escape sequences and control characters when there are many, and counts them', () => {
    const noisy = `${'\u001b[1;31mred\u001b[0m '.repeat(600)}out of extra usage`;
    const kept = pasteForBox(noisy);
    expect(kept.controls).toBe(1200);
    expect(kept.text.includes('\u001b')).toBe(false);
    expect(kept.text).toContain('red out of extra usage');
  });
});

describe('tellingWords', () => {
  test("prefers the API's message field over the rest of the paste", () => {
    const paste = 'Error at line 3 with several ordinary words here\n{"type":"error","message":"Widget quota exhausted for this project"}';
    expect(tellingWords(paste)).toBe('Widget quota exhausted for this project');
  });

  test('otherwise takes the wordiest line that is not a stack frame, cut to the limit (eight words unless told)', () => {
    const paste = [
      'ok',
      '    at someFunction (file.js:1:2) with many many words in this frame line',
      'The gizmo could not reach the upstream service today',
    ].join('\n');
    expect(tellingWords(paste)).toBe('The gizmo could not reach the upstream service');
    expect(tellingWords(paste, 3)).toBe('The gizmo could');
  });

  test('gives nothing for a paste without words', () => {
    expect(tellingWords('1234 5678 !!!')).toBe('');
  });
});

describe('untilText', () => {
  test('says minutes, hours and minutes, then days', () => {
    expect(untilText(20_000)).toBe('less than a minute');
    expect(untilText(45 * 60_000)).toBe('45 min');
    expect(untilText((2 * 60 + 5) * 60_000)).toBe('2 h 5 min');
    expect(untilText(47 * 3_600_000 + 59 * 60_000)).toBe('47 h 59 min');
    expect(untilText(72 * 3_600_000)).toBe('3 days');
  });
});

describe('guideTitle', () => {
  test('leads with the verbatim message, cut at 70 characters, then the title', () => {
    for (const variant of variants.filter((entry) => entry.kind === 'message')) {
      const title = guideTitle(variant);
      const message = variant.messages[0] ?? '';
      expect(title.endsWith(`”: ${variant.title}`), variant.id).toBe(true);
      if (message.length <= 70) expect(title, variant.id).toBe(`“${message}”: ${variant.title}`);
      else expect(title.length - variant.title.length, variant.id).toBeLessThanOrEqual(72);
    }
  });

  test('is the title alone for a situation', () => {
    const situation = variants.find((variant) => variant.kind === 'situation');
    expect(situation && guideTitle(situation)).toBe(situation?.title);
  });

  test('cuts a long message after 67 characters with an ellipsis', () => {
    const message = `${'word '.repeat(20)}end`;
    const variant = { ...getVariant('out-of-extra-usage'), messages: [message] };
    expect(guideTitle(variant)).toBe(`“${message.slice(0, 67)}…”: ${variant.title}`);
  });
});

describe('actorSentence', () => {
  test("says who acts for every actor, and the variant's note instead when it has one", () => {
    const sentences = Object.keys(actorLabels).map((actor) => actorSentence(actor as keyof typeof actorLabels));
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z].*\.$/);
    expect(actorSentence('admin')).toContain('Owner or Primary Owner');
    expect(actorSentence('you', 'Only the key owner can fix it.')).toBe('Only the key owner can fix it.');
  });
});
