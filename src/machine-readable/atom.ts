// The changes page as an Atom feed: guide reviews and changes in the world, newest first.
import type { Variant } from '../catalogue/schema.ts';
import type { WorldChange } from '../catalogue/world.ts';
import { guidePath } from '../site.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

/** The Atom document for `site`; every date is a day, written as midnight UTC. */
export function changesFeed(variants: readonly Variant[], world: readonly WorldChange[], site: URL): string {
  const url = (path: string) => new URL(path, site).href;
  const entries: Entry[] = [
    ...variants.map((variant) => ({
      id: url(`${guidePath(variant.id)}#reviewed-${variant.reviewed}`),
      title: `Guide reviewed: ${variant.title}`,
      updated: variant.reviewed,
      link: url(guidePath(variant.id)),
      summary: variant.change,
    })),
    ...world.map((change, index) => ({
      id: url(`/changes/#world-${change.date}-${index}`),
      title: change.title,
      updated: change.date,
      link: change.source.url,
      summary: `Source: ${change.source.title}.`,
    })),
  ].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  const newest = entries[0]?.updated ?? '2026-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>LLM request rejected: what changed</title>',
    `  <id>${escapeXml(url('/changes/'))}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(url('/changes/'))}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(url('/changes.xml'))}"/>`,
    `  <updated>${newest}T00:00:00Z</updated>`,
    '  <author><name>LLM request rejected (an independent site, not Anthropic)</name></author>',
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${entry.updated}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${escapeXml(entry.link)}"/>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
