// /llms.txt in the llmstxt.org shape: a title, a one-paragraph summary in a quote, then sections of links.
import { groupLabels, groupOrder } from '../catalogue/labels.ts';
import type { Variant } from '../catalogue/schema.ts';
import { guideTwinPath } from '../site.ts';

/** The llms.txt text: every guide's Markdown twin by group, then the site's other machine-readable pages. */
export function llmsTxt(variants: readonly Variant[], site: URL): string {
  const url = (path: string) => new URL(path, site).href;
  const lines = [
    '# LLM request rejected',
    '',
    '> An independent fix guide for the Claude billing and access errors that coding tools print, such as "LLM request rejected" and "You\'re out of extra usage": what each one means, who can fix it, and the steps. Not affiliated with Anthropic.',
    '',
    'Each guide below is plain Markdown generated from the same catalogue as the HTML pages. Every message is quoted verbatim. Cost figures on the credits page are community estimates, not Anthropic prices.',
  ];
  for (const group of groupOrder) {
    const members = variants.filter((variant) => variant.group === group);
    if (members.length === 0) continue;
    lines.push('', `## ${groupLabels[group]}`, '');
    for (const variant of members) lines.push(`- [${variant.title}](${url(guideTwinPath(variant.id))}): ${variant.summary}`);
  }
  lines.push(
    '',
    '## Optional',
    '',
    `- [variants.json](${url('/variants.json')}): the whole catalogue as JSON (ids, verbatim messages, causes, steps, sources, review dates)`,
    `- [Credit estimates](${url('/credits/')}): how long an extra usage balance lasts and what auto-reload to set, from editable estimates`,
    `- [What changed](${url('/changes/')}): each guide's last review date and what changed`,
    '',
  );
  return lines.join('\n');
}
