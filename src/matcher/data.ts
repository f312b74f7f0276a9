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
