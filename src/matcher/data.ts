// The compiled matcher data's shape: what `compileMatcherData` writes and `diagnose` reads (also /matcher-data.json).
// Types only, with no schema library behind them, so the npm package's declarations stand alone.
import type { Actor, Group } from '../catalogue/enums.ts';

/** A signal phrase, squeezed. */
export interface CompiledPhrase {
  /** The phrase squeezed to letters and digits. */
  text: string;
  /** Its weight from the catalogue. */
  weight: number;
  /** Set when the phrase ended in a placeholder: it counts only when a message follows it. */
  slot?: true;
  /** Set when the phrase holds a whole verbatim message (or a piece of one between placeholders). */
  message?: true;
  /** Set for a cloud SDK's generic message: it counts only where the paste shows Claude on a cloud platform. */
  onCloud?: true;
  /** Set for words any provider may print: they count only where the paste names Claude or Anthropic. */
  onClaude?: true;
  /** For a client's retelling of API refusals, the variants it may stand for: a message of one found whole decides over it. */
  retells?: string[];
}

/** One variant as the matcher sees it. */
export interface CompiledVariant {
  id: string;
  title: string;
  summary: string;
  actor: Actor;
  /** Who can fix it, as the badge says it. */
  actorLabel: string;
  group: Group;
  specificity: number;
  amount?: number;
  statuses: number[];
  phrases: CompiledPhrase[];
  /** Squeezed pieces of the verbatim messages (split at placeholders) that no phrase holds. */
  messages: string[];
  /** Words a new wording is likely to keep: per cue, per word, the squeezed alternatives. */
  cues?: string[][][];
}

/** The API's machine-readable fields and the variant ids they name, first the one shown when no wording says more. */
export interface CompiledFields {
  /** `error.details.error_code` values. */
  codes: Record<string, string[]>;
  /** `anthropic-ratelimit-unified-representative-claim` values. */
  claims: Record<string, string[]>;
  /** Windows with a status header of their own (`5h`, `7d`…) and the claim each stands for. */
  windows: Record<string, string>;
  /** `anthropic-ratelimit-unified-overage-disabled-reason` values, when usage credits refused. */
  overageReasons: Record<string, string[]>;
  /** `error.type` values and the variant for that type when its message is not a known one. */
  types: Record<string, string>;
  /** Request fields whose refusal begins `<field>: <sent> > <cap>`, and the variant that head names. */
  caps: Record<string, string>;
}

/** Everything `diagnose` needs, computed once from the catalogue. */
export interface MatcherData {
  variants: CompiledVariant[];
  /** Squeezed API error types and the HTTP status each comes with, read from the catalogue. */
  errorTypes: Record<string, number>;
  /** Tool names as printed; the matcher squeezes them itself. */
  tools: string[];
  /** Other providers, the words only their errors print and the words that name them, squeezed. */
  vendors: { name: string; phrases: string[]; names: string[]; platform?: string[]; upstream?: string[] }[];
  /** Links only Anthropic's own messages carry, squeezed: where one is, a provider's name is a layer's. */
  anthropicMarks: string[];
  /** Words that name Claude or Anthropic, squeezed: where one is, a phrase flagged `onClaude` counts. */
  claudeMarks: string[];
  /** Claude's model ids on the clouds and Amazon Bedrock's own words, squeezed (see `cloudMarks` in vendors.ts). */
  cloudMarks: { models: string[]; surfaces: string[] };
  /** What the API's structured fields name. */
  fields: CompiledFields;
  /** Claude's wordings in scripts squeezing drops (see translate.ts), as printed, and the English each stands for. */
  translations?: { text: string; english: string }[];
}
