// The catalogue's phrases, messages, tool names and error types, turned once into one automaton and lookup tables.
import { buildAutomaton, type Automaton } from './automaton.ts';
import type { MatcherData } from './data.ts';
import { allowedEdits, phraseCodes, phrasePieces, type FuzzyPlan } from './fuzzy.ts';
import { squeeze } from './normalise.ts';

/** Matcher data ready for scanning: pattern ids per phrase and message, and how to record each pattern's hits. */
export interface Prepared {
  automaton: Automaton;
  lengths: number[];
  /** How each pattern's hits are kept: a sum of `Keep` flags. */
  modes: number[];
  phrasePatterns: number[][];
  fuzzyPlans: (FuzzyPlan | null)[][];
  /**
   * Per pattern, the phrases that can match only where it is hit (as their own text or as a fuzzy piece), each as
   * `order * phraseStride + index`: a paste need look only at the phrases of the patterns it hit.
   */
  phraseUsers: (number[] | undefined)[];
  phraseStride: number;
  messagePatterns: number[][];
  /** Per variant, per cue, per word: the pattern ids of its alternatives. */
  cuePatterns: number[][][][];
  tools: { pattern: number; name: string }[];
  errorTypes: { pattern: number; status: number }[];
  /** Each provider's words; `byName` when the words only name it (a layer may print them), `platform` when its cloud prints them for Claude too. */
  vendors: { pattern: number; name: string; byName: boolean; platform: boolean }[];
  /** A router's words for passing on an upstream's error, by the router's name. */
  routes: { pattern: number; name: string }[];
  /** The names of the providers that have route words: routers, whose name alone owns no known message. */
  routers: ReadonlySet<string>;
  anthropicMarks: number[];
  claudeMarks: number[];
  /** Claude's model ids on the clouds, and Amazon Bedrock's own words. */
  cloudModelMarks: number[];
  cloudSurfaceMarks: number[];
  /** The API error types the structured reader reports. */
  typeNames: string[];
  /** Each variant's index in the data, by id. */
  orderOf: Map<string, number>;
}

/** How a pattern's hits are kept while scanning; a pattern used both ways has both flags. */
export const Keep = {
  /** Hits that start and end on word boundaries: phrases, messages, names. */
  bounded: 1,
  /** Every hit, boundaries or not: the pieces fuzzy matching builds on. */
  loose: 2,
} as const;

const preparedCache = new WeakMap<MatcherData, Prepared>();

/** Prepares matcher data once; later calls with the same object reuse the result. */
export function prepare(data: MatcherData): Prepared {
  const cached = preparedCache.get(data);
  if (cached) return cached;
  const patterns: string[] = [];
  const ids = new Map<string, number>();
  const modes: number[] = [];
  const pattern = (text: string, mode: number): number => {
    let id = ids.get(text);
    if (id === undefined) {
      id = patterns.length;
      ids.set(text, id);
      patterns.push(text);
      modes.push(0);
    }
    modes[id]! |= mode;
    return id;
  };
  const phrasePatterns: number[][] = [];
  const fuzzyPlans: (FuzzyPlan | null)[][] = [];
  const messagePatterns: number[][] = [];
  const cuePatterns: number[][][][] = [];
  const phraseStride = Math.max(1, ...data.variants.map((variant) => variant.phrases.length));
  const phraseUsers: (number[] | undefined)[] = [];
  // A phrase may be listed twice for one pattern (its text and a piece); the paste's scan skips the repeat.
  const use = (id: number, key: number) => (phraseUsers[id] ??= []).push(key);
  for (const variant of data.variants) {
    phrasePatterns.push(variant.phrases.map((phrase) => pattern(phrase.text, Keep.bounded)));
    fuzzyPlans.push(
      variant.phrases.map((phrase) => {
        // Words any tool prints are only a guess where Claude is named: exact, never with typos.
        const edits = phrase.onClaude ? 0 : allowedEdits(phrase.text.length);
        if (edits === 0) return null;
        const pieces = phrasePieces(phrase.text, edits).map((piece) => ({
          pattern: pattern(piece.text, Keep.loose),
          offset: piece.offset,
          length: piece.text.length,
        }));
        return { codes: phraseCodes(phrase.text), edits, pieces };
      }),
    );
    const order = phrasePatterns.length - 1;
    phrasePatterns[order]!.forEach((id, index) => use(id, order * phraseStride + index));
    fuzzyPlans[order]!.forEach((plan, index) => plan?.pieces.forEach((piece) => use(piece.pattern, order * phraseStride + index)));
    messagePatterns.push(variant.messages.map((message) => pattern(message, Keep.bounded)));
    cuePatterns.push(
      (variant.cues ?? []).map((cue) => cue.map((word) => word.filter((text) => text.length > 0).map((text) => pattern(text, Keep.bounded)))),
    );
  }
  const tools = data.tools.map((name) => ({ pattern: pattern(squeeze(name), Keep.bounded), name }));
  const errorTypes = Object.entries(data.errorTypes).map(([text, status]) => ({ pattern: pattern(text, Keep.bounded), status }));
  const vendors = data.vendors.flatMap(({ name, phrases, names, platform = [] }) =>
    [
      ...phrases.map((text) => ({ text, byName: false, platform: false })),
      ...names.map((text) => ({ text, byName: true, platform: false })),
      ...platform.map((text) => ({ text, byName: false, platform: true })),
    ]
      .filter(({ text }) => text.length > 0)
      .map((word) => ({ pattern: pattern(word.text, Keep.bounded), name, byName: word.byName, platform: word.platform })),
  );
  const routes = data.vendors.flatMap(({ name, upstream = [] }) =>
    upstream.filter((text) => text.length > 0).map((text) => ({ pattern: pattern(text, Keep.bounded), name })),
  );
  const marks = (texts: readonly string[]) => texts.filter((text) => text.length > 0).map((text) => pattern(text, Keep.bounded));
  const anthropicMarks = marks(data.anthropicMarks);
  const claudeMarks = marks(data.claudeMarks);
  const cloudModelMarks = marks(data.cloudMarks.models);
  const cloudSurfaceMarks = marks(data.cloudMarks.surfaces);
  const prepared: Prepared = {
    automaton: buildAutomaton(patterns),
    lengths: patterns.map((text) => text.length),
    modes,
    phrasePatterns,
    fuzzyPlans,
    phraseUsers: Array.from({ length: patterns.length }, (_, id) => phraseUsers[id]),
    phraseStride,
    messagePatterns,
    cuePatterns,
    tools,
    errorTypes,
    vendors,
    routes,
    routers: new Set(routes.map(({ name }) => name)),
    anthropicMarks,
    claudeMarks,
    cloudModelMarks,
    cloudSurfaceMarks,
    typeNames: Object.keys(data.fields.types),
    orderOf: new Map(data.variants.map((variant, order) => [variant.id, order])),
  };
  preparedCache.set(data, prepared);
  return prepared;
}
