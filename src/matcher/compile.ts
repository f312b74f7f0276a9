// Turns catalogue entries into the small, JSON-serialisable data the matcher and the paste box need.
import { actorLabels } from '../catalogue/labels.ts';
import type { VariantInput } from '../catalogue/schema.ts';
import type { CompiledPhrase, CompiledVariant, MatcherData } from './data.ts';
import { squeeze } from './normalise.ts';
import { knownTools } from './tools.ts';
import { knownVendors } from './vendors.ts';

/** The parts of a catalogue entry the matcher reads; raw and validated entries both fit. */
export type VariantSource = Pick<
  VariantInput,
  'id' | 'title' | 'summary' | 'actor' | 'group' | 'messages' | 'wordings' | 'status' | 'errorType' | 'signals'
>;

const placeholder = /<[^<>]*>/g;
const trailingPlaceholder = /\s*:?\s*<[^<>]*>\s*$/;
const shortestMessagePiece = 12;

/** Compiles catalogue entries (those with signals) and tool names into matcher data. */
export function compileMatcherData(
  variants: readonly VariantSource[],
  tools: readonly string[] = knownTools,
  vendors: readonly { name: string; phrases: readonly string[] }[] = knownVendors,
): MatcherData {
  const errorTypes: Record<string, number> = {};
  const compiled: CompiledVariant[] = [];
  for (const variant of variants) {
    if (variant.errorType && variant.status) errorTypes[squeeze(variant.errorType)] ??= variant.status;
    const signals = variant.signals;
    if (!signals) continue;
    const phrases = signals.phrases.map(({ phrase, weight }): CompiledPhrase => {
      const slot = trailingPlaceholder.test(phrase);
      const text = squeeze(phrase.replace(trailingPlaceholder, ''));
      return slot ? { text, weight, slot } : { text, weight };
    });
    const messages = new Set<string>();
    for (const message of [...(variant.messages ?? []), ...(variant.wordings ?? []).map((wording) => wording.text)]) {
      for (const piece of message.split(placeholder)) {
        const text = squeeze(piece);
        if (text.length < shortestMessagePiece) continue;
        if (phrases.some((phrase) => phrase.text.includes(text))) continue;
        messages.add(text);
      }
    }
    compiled.push({
      id: variant.id,
      title: variant.title,
      summary: variant.summary,
      actor: variant.actor,
      actorLabel: actorLabels[variant.actor],
      group: variant.group,
      specificity: signals.specificity,
      ...(signals.amount === undefined ? {} : { amount: signals.amount }),
      statuses: [...(signals.statuses ?? [])],
      phrases,
      messages: [...messages],
    });
  }
  return {
    variants: compiled,
    errorTypes,
    tools: [...tools],
    vendors: vendors.map(({ name, phrases }) => ({ name, phrases: phrases.map(squeeze) })),
  };
}
