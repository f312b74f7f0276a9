// Turns a guide (catalogue entry + MDX prose) into plain Markdown for /errors/<id>.md: same facts, no components.
import { actorLabels, audienceLabels } from '../catalogue/labels.ts';
import { actorSentence } from '../catalogue/present.ts';
import type { Variant } from '../catalogue/schema.ts';
import { guidePath, guideTwinPath } from '../site.ts';

const calloutNames = { note: 'Note', tip: 'Tip', warning: 'Warning' } as const;

/** A fence longer than any run of backticks in the text, so a message can never close its own block. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(longest + 1);
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Escapes text that goes into a Markdown line or link text, so `<env>` or `[x]` reads as written. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (char) => `\\${char}`);
}

/** Makes site-relative links absolute, so the Markdown works wherever it is read. */
export function absoluteLinks(markdown: string, site: URL): string {
  return markdown.replace(/\]\((\/[^)\s]*)\)/g, (_match, path: string) => `](${new URL(path, site).href})`);
}

/**
 * MDX prose to plain Markdown: drops import/export lines, turns <Callout> into a quoted block with its title,
 * keeps the text inside any other component, and leaves code blocks alone.
 */
export function mdxToMarkdown(body: string): string {
  const out: string[] = [];
  let inFence = false;
  let callout: string[] | undefined;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || /^\s*(```|~~~)/.test(line)) {
      (callout ?? out).push(line);
      continue;
    }
    if (/^(import|export)\s/.test(line)) continue;
    const open = /^\s*<Callout\b([^>]*)>\s*$/.exec(line);
    if (open) {
      const attributes = open[1] ?? '';
      const tone = (attribute(attributes, 'tone') ?? 'note') as keyof typeof calloutNames;
      callout = [`**${attribute(attributes, 'title') ?? calloutNames[tone]}**`, ''];
      continue;
    }
    if (callout && /^\s*<\/Callout>\s*$/.test(line)) {
      while (callout.at(-1) === '') callout.pop();
      out.push(...callout.map((text) => (text ? `> ${text}` : '>')));
      callout = undefined;
      continue;
    }
    // Any other component: keep what it wraps, drop the tags.
    const text = line.replace(/<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>/g, '');
    if (text.trim() === '' && line.trim() !== '') continue;
    (callout ?? out).push(text);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The whole guide as Markdown, in the order of its HTML page. */
export function guideMarkdown(variant: Variant, prose: string, site: URL, related: readonly Variant[]): string {
  const page = new URL(guidePath(variant.id), site).href;
  const lines: string[] = [`# ${variant.title}`, '', `> ${variant.summary}`, ''];
  lines.push(`- Guide: ${page}`);
  lines.push(`- Who can fix it: ${actorLabels[variant.actor]}. ${actorSentence(variant.actor, variant.actorNote)}`);
  lines.push(`- Whose account: ${audienceLabels[variant.audience]}`);
  if (variant.status) lines.push(`- Usually with: HTTP ${variant.status}${variant.errorType ? ` \`${variant.errorType}\`` : ''}`);
  lines.push(`- Last reviewed: ${variant.reviewed}`, '');
  if (variant.messages.length > 0) {
    lines.push(variant.messages.length > 1 ? '## The messages' : '## The message', '');
    for (const message of variant.messages) lines.push(fence(message) + 'text', message, fence(message), '');
  }
  lines.push('## What it means', '', variant.cause, '');
  const converted = absoluteLinks(mdxToMarkdown(prose), site);
  if (converted) lines.push(converted, '');
  lines.push('## How to fix it', '');
  variant.steps.forEach((step, index) => lines.push(`${index + 1}. **${step.title}**${step.detail ? ` ${step.detail}` : ''}`));
  lines.push('');
  if (related.length > 0) {
    lines.push('## Related errors', '');
    for (const other of related) lines.push(`- [${escapeInline(other.title)}](${new URL(guideTwinPath(other.id), site).href}): ${other.summary}`);
    lines.push('');
  }
  lines.push('## Sources', '');
  for (const source of variant.sources)
    lines.push(`- [${escapeInline(source.title)}](${source.url}): ${escapeInline(source.claim)} (read ${source.read})`);
  lines.push('', '---', '', `From "LLM request rejected", an independent guide not affiliated with Anthropic. HTML version: ${page}`, '');
  return lines.join('\n');
}
