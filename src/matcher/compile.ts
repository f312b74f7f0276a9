// Turns catalogue entries into the small, JSON-serialisable data the matcher and the paste box need.
import { actorLabels } from '../catalogue/labels.ts';
import type { Actor, Family, VariantInput } from '../catalogue/schema.ts';
import { squeeze } from './normalise.ts';
import { knownTools } from './tools.ts';
import { knownVendors } from './vendors.ts';

/** The parts of a catalogue entry the matcher reads; raw and validated entries both fit. */
export type VariantSource = Pick<VariantInput, 'id' | 'title' | 'summary' | 'actor' | 'family' | 'messages' | 'wordings' | 'status' | 'errorType' | 'signals'>;

/** A signal phrase, squeezed. */
interface CompiledPhrase {
  /** The phrase squeezed to letters and digits. */
  text: string;
  /** Its weight from the catalogue. */
  weight: number;
  /** Set when the phrase ended in a placeholder: it counts only when a message follows it. */
  slot?: true;
}

/** One variant as the matcher sees it. */
export interface CompiledVariant {
  id: string;
  title: string;
  summary: string;
  actor: Actor;
  /** Who can fix it, as the badge says it. */
  actorLabel: string;
  family: Family;
  specificity: number;
  amount?: number;
  statuses: number[];
  phrases: CompiledPhrase[];
  /** Squeezed pieces of the verbatim messages (split at placeholders) that are not already phrases. */
  messages: string[];
}

/** Everything `diagnose` needs, computed once from the catalogue. */
export interface MatcherData {
  variants: CompiledVariant[];
  /** Squeezed API error types and the HTTP status each comes with, read from the catalogue. */
  errorTypes: Record<string, number>;
  /** Tool names as printed; the matcher squeezes them itself. */
  tools: string[];
  /** Other providers and the words only their errors print, squeezed. */
  vendors: { name: string; phrases: string[] }[];
}

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
      family: variant.family,
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
