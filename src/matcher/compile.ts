// Turns catalogue entries into the small, JSON-serialisable data the matcher and the paste box need.
import { errorCodeGuides, errorTypeGuides, fieldCapGuides, limitClaimGuides, limitWindowClaims, overageReasonGuides } from '../catalogue/fields.ts';
import { actorLabels } from '../catalogue/labels.ts';
import { translatedWordings } from '../catalogue/translations.ts';
import type { VariantInput } from '../catalogue/schema.ts';
import type { CompiledFields, CompiledPhrase, CompiledVariant, MatcherData } from './data.ts';
import { squeeze } from './normalise.ts';
import { knownTools } from './tools.ts';
import type { Translation } from './translate.ts';
import { anthropicMarks, claudeMarks, cloudMarks, knownVendors, type Vendor } from './vendors.ts';

/** The parts of a catalogue entry the matcher reads; raw and validated entries both fit. */
export type VariantSource = Pick<
  VariantInput,
  'id' | 'title' | 'summary' | 'actor' | 'group' | 'messages' | 'wordings' | 'status' | 'errorType' | 'signals'
>;

const placeholder = /<[^<>]*>/g;
/**
 * Claude Code's retry line, "API Error (<error>) · Retrying in <n> seconds… (attempt <n>/10)", wraps every error: its
 * frame names none, so a wording quoted inside it is looked for without the frame.
 */
const retryFrame = /\)?\s*·\s*Retrying in\b.*$/;
const trailingPlaceholder = /\s*:?\s*<[^<>]*>\s*$/;
/** The shortest whole message (no placeholder in it) looked for alone. */
const shortestMessagePiece = 12;
/**
 * The shortest literal piece of a wording with placeholders looked for alone: a shorter piece between placeholders is
 * everyday words ("for this session" of "Switched to <model> for this session · …"), which Copilot's own "spending limit
 * for this session" once matched.
 */
const shortestTemplatePiece = 16;

/** The structured-field tables with only the ids of variants being compiled: a table may name one not yet in the catalogue. */
function compileFields(known: ReadonlySet<string>): CompiledFields {
  const lists = (table: Readonly<Record<string, readonly string[]>>) => {
    const out: Record<string, string[]> = {};
    for (const [value, ids] of Object.entries(table)) {
      const present = ids.filter((id) => known.has(id));
      if (present.length > 0) out[value] = present;
    }
    return out;
  };
  return {
    codes: lists(errorCodeGuides),
    claims: lists(limitClaimGuides),
    windows: { ...limitWindowClaims },
    overageReasons: lists(overageReasonGuides),
    types: Object.fromEntries(Object.entries(errorTypeGuides).filter(([, id]) => known.has(id))),
    caps: Object.fromEntries(Object.entries(fieldCapGuides).filter(([, id]) => known.has(id))),
  };
}

/** Compiles catalogue entries (those with signals) and tool names into matcher data. */
export function compileMatcherData(
  variants: readonly VariantSource[],
  tools: readonly string[] = knownTools,
  vendors: readonly Vendor[] = knownVendors,
  translations: readonly Translation[] = translatedWordings,
): MatcherData {
  const errorTypes: Record<string, number> = {};
  const compiled: CompiledVariant[] = [];
  for (const variant of variants) {
    if (variant.errorType && variant.status) errorTypes[squeeze(variant.errorType)] ??= variant.status;
    const signals = variant.signals;
    if (!signals) continue;
    const phrases = signals.phrases.map(({ phrase, weight, onCloud, onClaude, retells }): CompiledPhrase => {
      const slot = trailingPlaceholder.test(phrase);
      const text = squeeze(phrase.replace(trailingPlaceholder, ''));
      return {
        text,
        weight,
        ...(slot ? { slot } : {}),
        ...(onCloud ? { onCloud } : {}),
        ...(onClaude ? { onClaude } : {}),
        ...(retells ? { retells: [...retells] } : {}),
      };
    });
    const messages = new Set<string>();
    for (const message of [...(variant.messages ?? []), ...(variant.wordings ?? []).map((wording) => wording.text)]) {
      const pieces = message.replace(retryFrame, '').split(placeholder);
      const shortest = pieces.length > 1 ? shortestTemplatePiece : shortestMessagePiece;
      for (const piece of pieces) {
        const text = squeeze(piece);
        if (text.length < shortest) continue;
        // A phrase that holds a whole message piece finds the message itself: flagged, not looked for twice.
        const holders = phrases.filter((phrase) => phrase.text.includes(text));
        if (holders.length > 0) {
          for (const phrase of holders) phrase.message = true;
          continue;
        }
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
      ...(signals.cues?.length ? { cues: signals.cues.map((cue) => cue.map((word) => word.split('|').map(squeeze))) } : {}),
    });
  }
  return {
    variants: compiled,
    errorTypes,
    tools: [...tools],
    vendors: vendors.map(({ name, phrases, names, platform, upstream }) => ({
      name,
      phrases: phrases.map(squeeze),
      names: names.map(squeeze),
      ...(platform ? { platform: platform.map(squeeze) } : {}),
      ...(upstream ? { upstream: upstream.map(squeeze) } : {}),
    })),
    anthropicMarks: anthropicMarks.map(squeeze),
    claudeMarks: claudeMarks.map(squeeze),
    cloudMarks: { models: cloudMarks.models.map(squeeze), surfaces: cloudMarks.surfaces.map(squeeze) },
    fields: compileFields(new Set(compiled.map((variant) => variant.id))),
    translations: translations.map(({ text, english }) => ({ text, english })),
  };
}
