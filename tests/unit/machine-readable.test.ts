import { describe, expect, test } from 'vitest';
import { variants, getVariant } from '../../src/catalogue/index.ts';
import { changesByDate } from '../../src/catalogue/changes.ts';
import { longDate, seenText } from '../../src/catalogue/dates.ts';
import { llmsTxt } from '../../src/machine-readable/llms.ts';
import { absoluteLinks, escapeInline, guideMarkdown, mdxToMarkdown } from '../../src/machine-readable/markdown.ts';
import { cardSvg, escapeXml, wrapText } from '../../src/og/card.ts';
import { pageCards, variantCard } from '../../src/og/cards.ts';

const site = new URL('https://guide.example/');

describe('mdxToMarkdown', () => {
  test('turns a Callout into a quoted block led by its title', () => {
    const body = 'Intro.\n\n<Callout tone="warning" title="The claim date">\nFirst line.\n\nSecond line.\n</Callout>\n\nAfter.';
    expect(mdxToMarkdown(body)).toBe('Intro.\n\n> **The claim date**\n>\n> First line.\n>\n> Second line.\n\nAfter.');
  });

  test('names an untitled Callout by its tone', () => {
    expect(mdxToMarkdown('<Callout tone="tip">\nDo this.\n</Callout>')).toBe('> **Tip**\n>\n> Do this.');
  });

  test('drops import and export lines and the tags of other components, keeping their text', () => {
    expect(mdxToMarkdown('import X from \'./x.astro\';\nexport const a = 1;\n\n<Steps>\n1. One\n</Steps>\nText <Badge actor="you" /> here.')).toBe(
      '1. One\nText  here.',
    );
  });

  test('leaves code blocks exactly as written', () => {
    const body = '```sh\n<Callout>\nimport x\n```';
    expect(mdxToMarkdown(body)).toBe(body);
  });

  test('makes site-relative links absolute and leaves others alone', () => {
    expect(absoluteLinks('[a](/credits/) [b](https://x.test/y) [c](#top)', site)).toBe(
      '[a](https://guide.example/credits/) [b](https://x.test/y) [c](#top)',
    );
  });
});

describe('guideMarkdown', () => {
  test('holds the title, the summary, every message verbatim, every step and every source', () => {
    const variant = getVariant('org-add-more');
    const markdown = guideMarkdown(variant, '## Extra\n\nProse.', site, variant.related.map(getVariant));
    expect(markdown.startsWith(`# ${variant.title}\n\n> ${variant.summary}\n`)).toBe(true);
    for (const message of variant.messages) expect(markdown).toContain(`\`\`\`text\n${message}\n\`\`\``);
    variant.steps.forEach((step, index) => expect(markdown).toContain(`${index + 1}. **${step.title}**`));
    for (const source of variant.sources) expect(markdown).toContain(`(${source.url}): ${escapeInline(source.claim)} (read ${source.read})`);
    expect(markdown).toContain('## Extra\n\nProse.');
    expect(markdown).toContain('- Guide: https://guide.example/errors/org-add-more/');
    expect(markdown).toContain('(https://guide.example/errors/org-credit-claim.md)');
  });

  test('fences a message containing backticks with a longer fence', () => {
    const variant = { ...getVariant('invalid-request'), messages: ['bad ``` here'] };
    expect(guideMarkdown(variant, '', site, [])).toContain('````text\nbad ``` here\n````');
  });
});

describe('llmsTxt', () => {
  const text = llmsTxt(variants, site);

  test('follows the llms.txt shape: an H1, a summary quote, then H2 sections of links', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# LLM request rejected');
    expect(lines[2]?.startsWith('> ')).toBe(true);
    expect(text).toMatch(/\n## Your usage credits\n\n- \[/);
    expect(text).toMatch(/\n## Optional\n/);
  });

  test('links every guide’s Markdown twin once', () => {
    for (const variant of variants) {
      expect(text.split(`(https://guide.example/errors/${variant.id}.md)`)).toHaveLength(2);
    }
  });
});

describe('changesByDate', () => {
  test('groups by review date, newest first, keeping catalogue order within a day', () => {
    const a = { ...getVariant('overloaded'), reviewed: '2026-05-01' };
    const b = { ...getVariant('rate-limited'), reviewed: '2026-06-02' };
    const c = { ...getVariant('invalid-api-key'), reviewed: '2026-05-01' };
    const days = changesByDate([a, b, c]);
    expect(days.map((day) => day.date)).toEqual(['2026-06-02', '2026-05-01']);
    expect(days[1]?.variants.map((variant) => variant.id)).toEqual(['overloaded', 'invalid-api-key']);
  });

  test('covers every variant exactly once', () => {
    expect(changesByDate(variants).flatMap((day) => day.variants).length).toBe(variants.length);
  });

  test('writes dates in words without a time-zone shift', () => {
    expect(longDate('2026-04-04')).toBe('4 April 2026');
    expect(longDate('2026-05')).toBe('May 2026');
    expect(seenText('2026-04-05', '2026-09-03')).toBe('seen from 5 April 2026 to 3 September 2026');
    expect(seenText('2026-07', undefined)).toBe('seen since July 2026');
    expect(seenText('2026-06-01', '2026-06-01')).toBe('seen in 1 June 2026');
  });
});

describe('link-preview cards', () => {
  test('escape text for SVG', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  test('wrap within the width and end an overflowing last line with an ellipsis', () => {
    const width = (line: string) => line.length * 10;
    expect(wrapText('aa bb cc dd', width, 50, 3)).toEqual(['aa bb', 'cc dd']);
    const lines = wrapText('one two three four five six seven', width, 90, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(90);
  });

  test('say the group, title, message and who can fix it, escaped', () => {
    const variant = getVariant('invalid-request');
    const svg = cardSvg(variantCard(variant));
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('THE REQUEST YOUR TOOL BUILT');
    expect(svg).toContain('Who can fix it:');
    expect(svg).toContain('&lt;message&gt;');
    expect(svg).not.toContain('<message>');
  });

  test('exist for the site and the admin request page', () => {
    expect(pageCards(19).map((card) => card.id)).toEqual(['site', 'admin-request']);
  });
});

describe('escapeInline', () => {
  test('escapes the characters Markdown would read as markup', () => {
    expect(escapeInline('an <env> block [x] *a* `b` _c_')).toBe('an \\<env\\> block \\[x\\] \\*a\\* \\`b\\` \\_c\\_');
  });
});
