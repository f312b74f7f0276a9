#!/usr/bin/env node
// Scaffolds a new variant: its catalogue entry, its guide, and its line in src/catalogue/raw.ts.
// Usage: npm run new-variant -- <id> [group]   (groups: src/catalogue/enums.ts, in the site's order)
// The entry starts with no sources, so the build fails, naming the variant, until the facts are filled in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { groupOrder } from '../src/catalogue/labels.ts';

const [id, group = 'request'] = process.argv.slice(2);
if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error(`Usage: npm run new-variant -- <id> [${groupOrder.join('|')}]   (id: lowercase words joined by hyphens)`);
  process.exit(2);
}
if (!groupOrder.includes(group)) {
  console.error(`Unknown group "${group}": use one of ${groupOrder.join(', ')}.`);
  process.exit(2);
}
const entryPath = `src/catalogue/variants/${id}.ts`;
const guidePath = `content/guides/${id}.mdx`;
if (existsSync(entryPath) || existsSync(guidePath)) {
  console.error(`"${id}" exists already (${existsSync(entryPath) ? entryPath : guidePath}).`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const name = id.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase()).replace(/^(\d)/, '_$1');

writeFileSync(
  entryPath,
  `import type { VariantInput } from '../schema.ts';

export default {
  id: '${id}',
  group: '${group}',
  title: 'Write a short title',
  wordings: [
    {
      text: 'Paste the message exactly as the tool prints it; <slot> marks a part that varies.',
      surface: 'What prints it, e.g. Anthropic API',
      firstSeen: '${today.slice(0, 7)}',
      source: {
        title: 'Where this wording was seen',
        url: 'https://example.com/replace-me',
        claim: 'Say what this page shows, e.g. the wording on a dated paste',
        read: '${today}',
      },
    },
  ],
  summary: 'Say the cause in one line.',
  cause: 'Say what it means in a few sentences, from a public source.',
  audience: 'personal',
  actor: 'you',
  steps: [{ title: 'Say the first thing to do.' }],
  related: [],
  sources: [], // At least one { title, url, claim, read }: the build fails until there is one.
  reviewed: '${today}',
  change: 'First version of this guide.',
  signals: {
    phrases: [{ phrase: 'the defining words of the message', weight: 3 }],
    specificity: 3,
    statuses: [],
  },
} satisfies VariantInput;
`,
);
writeFileSync(
  guidePath,
  `---\ndescription: One sentence for search results and link previews.\n---\n\n## Why it happens\n\nWrite the long-form explanation here.\n`,
);

const rawPath = 'src/catalogue/raw.ts';
const raw = readFileSync(rawPath, 'utf8');
const { rawVariants } = await import(pathToFileURL(resolve(rawPath)).href);
// The list's lines name the entries in the order of rawVariants: the site's order, by group, then the situations.
const listStart = raw.indexOf('export const rawVariants');
const names = [...raw.slice(listStart).matchAll(/^ {2}(\w+),$/gm)].map((match) => match[1]);
if (listStart < 0 || names.length !== rawVariants.length) {
  console.error(`Cannot read the list in ${rawPath}: add the entry by hand, after the last one of its group.`);
  process.exit(1);
}
// After the last message entry whose group comes no later than this one's, so /variants.json stays grouped.
const groupRank = (entry) => groupOrder.indexOf(entry.group);
const after = rawVariants.findLastIndex((entry) => entry.kind !== 'situation' && groupRank(entry) <= groupOrder.indexOf(group));
const anchor = after < 0 ? 'export const rawVariants: readonly VariantInput[] = [\n' : `\n  ${names[after]},\n`;
const importLine = `import ${name} from './variants/${id}.ts';\n`;
const imports = [...raw.matchAll(/^import \w+ from '\.\/variants\/([a-z0-9-]+)\.ts';\n/gm)];
const nextImport = imports.find((match) => match[1] > id) ?? imports.at(-1);
const importAt = nextImport.index + (nextImport[1] > id ? 0 : nextImport[0].length);
const withImport = raw.slice(0, importAt) + importLine + raw.slice(importAt);
const entryAt = withImport.indexOf(anchor, withImport.indexOf('export const rawVariants')) + anchor.length;
writeFileSync(rawPath, `${withImport.slice(0, entryAt)}  ${name},\n${withImport.slice(entryAt)}`);
console.log(
  `Created ${entryPath} and ${guidePath}, and listed it in ${rawPath} after the last entry of its group.\nFill in the entry (sources included) and the guide, then run npm test.`,
);
