// The matcher: which catalogue variant a paste shows, how sure, where, and what else it says.
// All knowledge of variants comes from the compiled catalogue data; this file only weighs evidence.
import { scan } from './automaton.ts';
import type { CompiledFields, CompiledVariant, MatcherData } from './data.ts';
import { readAmounts, readRequestIds, readStatuses, messageFollows, type Reading } from './facts.ts';
import { findFuzzy } from './fuzzy.ts';
import { normalise, type NormalisedText } from './normalise.ts';
import { Keep, prepare, type Prepared } from './prepare.ts';
import { readReset, readUnixReset, type ResetReading } from './reset.ts';
import { readStructure, type Structure } from './structure.ts';
import { distance, inRanges, mergeSpans, type Span } from './spans.ts';
import { translateKnown } from './translate.ts';

export type { Span } from './spans.ts';

/** What could be read off the paste besides the message. */
export interface DiagnosisFacts {
  /** The HTTP status, when one was printed (or implied by the API error type). */
  status?: number;
  /** The request id, when one was printed. */
  requestId?: string;
  /** The dollar amount next to the message, when there is one. */
  amount?: number;
  /** The app that printed it, when the paste names it. */
  tool?: string;
  /** When the limit resets, as printed next to the message ("resets 3:45pm (Europe/Lisbon)"). */
  reset?: ResetReading;
  /** Another AI provider whose own error the paste shows (then it is not a Claude error unless one stands apart). */
  vendor?: string;
  /** The API's `error.details.error_code`, when the body carries one. */
  errorCode?: string;
  /** The API's `error.type` (`rate_limit_error`…), when one is printed. */
  errorType?: string;
  /** The limit a rejected response's `anthropic-ratelimit-unified-*` headers name (`five_hour`, `overage`…). */
  limit?: string;
  /** Why usage credits could not take over, from `anthropic-ratelimit-unified-overage-disabled-reason`. */
  overageReason?: string;
}

/**
 * What decided the answer: an `error_code` in the body, the rate-limit headers of a rejected response, a known message,
 * or only the kind of error (`family`: a guide for that kind, the message itself being new), read off the status and error
 * type, or off words any provider prints where the paste names Claude or Anthropic.
 */
export type DiagnosisBasis = 'code' | 'headers' | 'message' | 'family';

/** The matcher's answer for one paste. */
export interface Diagnosis {
  /** The variant id, or null when nothing recognisable was found. */
  id: string | null;
  /** How sure, from 0 (nothing) to 1. */
  confidence: number;
  /** What decided it; absent when nothing was recognised. */
  basis?: DiagnosisBasis;
  /** The matched words, as spans of the original paste, sorted and not overlapping. */
  evidence: Span[];
  /** What was read off. */
  facts: DiagnosisFacts;
  /** Further variants found elsewhere in the paste, best first. */
  others: string[];
  /** Whether the paste was longer than `maxInputLength` and only its start and its end were read. */
  truncated: boolean;
  /** Whether the match is a generic wrapper and the rest of the message is needed to say more. */
  needsMore: boolean;
}

/** Pastes longer than this (UTF-16 code units, 1 MiB) are read as their first and last halves of it. */
export const maxInputLength = 1024 * 1024;

/** A variant counts as found from this much matched weight. */
const threshold = 2;
/** Added when a verbatim wording (not only its phrases) is found. */
const messageBonus = 2;
/** Added when the amount that picks a tier stands next to the message. */
const amountBonus = 2;
/** Added when a status the variant comes with is printed. */
const statusSupport = 0.5;
/** Confidence = floor + coverage share x how much of the message was found + score share x how strong the evidence is. */
const confidenceFloor = 0.35;
const coverageShare = 0.35;
const scoreShare = 0.3;
/** The score at which evidence counts as fully strong. */
const strongScore = 8;
/** Confidence is scaled by these when the match is only fuzzy, a tier's amount is unread, or a rival scores as high. */
const fuzzyFactor = 0.85;
const amountUnreadFactor = 0.75;
const rivalFactor = 0.8;
/** A generic wrapper alone is never more than an even bet. */
const wrapperCeiling = 0.5;
/** The matched phrase weight that stands for a whole message: its defining words and some support. */
const fullMessageWeight = 5;
/** A known message found word for word with no rival is at least this sure. */
const verbatimConfidence = 0.9;
/** How sure an answer from the structured fields is, before the words agree with it (`agreementBonus`). */
const codeConfidence = 0.93;
const headersConfidence = 0.9;
const agreementBonus = 0.05;
/** A status and error type with a new message name the kind of error only. */
const familyConfidence = 0.5;
/** Decoded chars around another provider's words within which a structured field is taken as part of its error. */
const vendorPlainReach = 240;
/** The old Claude Code form "Claude AI usage limit reached|<Unix time>". */
const unixAfterLimit = /limit reached\|(\d{10})\b/i;
/** Decoded chars after a message within which its reset time is looked for. */
const resetReach = 160;
/** Squeezed chars around another provider's words within which Claude-looking evidence is taken as part of its error. */
const vendorReach = 120;
/** Squeezed chars between two matches that still count as the same message. */
const sameMessageGap = 24;
/** The weight from which a phrase defines a message rather than supports it. */
const definingWeight = 3;
/** Squeezed chars on one line within which a generic match (an error type, a wrapper) belongs to a message's body. */
const sameBodyGap = 160;
/** Original chars between an amount and the message it belongs to. */
const amountReach = 80;
const maxOccurrences = 64;
/** What a cue's words found together weigh: enough to be a candidate, never more than a guess at the variant. */
const cueWeight = 2;
/** How far, in squeezed chars, each of a cue's words may lie from its first word's hit. */
const cueReach = 60;
const maxFuzzyChecks = 400;
const maxEvidence = 64;

/** One variant's evidence in a paste. */
interface Candidate {
  variant: CompiledVariant;
  order: number;
  score: number;
  matchedWeight: number;
  messageMatched: boolean;
  /** Whether a whole verbatim message was found, as a message piece or in a phrase that holds one. */
  wholeMessage: boolean;
  /** The weight of the strongest phrase found, exactly or with a typo. */
  strongest: number;
  fuzzyOnly: boolean;
  /** Whether it stands only on words any provider prints, counted because Claude is named (`onClaude`): a guess at the kind. */
  guess: boolean;
  /** Whether a cue's words were found: with nothing more, a guess at the variant. */
  cued: boolean;
  /** The variants a client's retelling found word for word (a `retells` phrase) may stand for; empty when none was. */
  retold: string[];
  /** Matched stretches in squeezed coordinates, [start, end). */
  spans: [number, number][];
  /** The stretches matched by defining phrases or verbatim wordings: where the message itself is. */
  defining: [number, number][];
  amount: Reading<number> | null;
}

/** Generic: a wrapper, or evidence made only of supporting words (an error type, a status line). */
function isGeneric(candidate: Candidate): boolean {
  return candidate.variant.specificity === 0 || (!candidate.wholeMessage && candidate.strongest < definingWeight);
}

/**
 * The candidates that each stand for a message of their own, best score first.
 * - Going down the scores, a candidate whose every match lies inside, or on the same line right next to, a message
 *   already kept is part of that message (shared words such as `add more at claude.ai/settings/usage`) and is dropped.
 * - Then a generic candidate (a wrapper, or only supporting words such as an error type) whose matches all sit near
 *   the specific messages kept is part of them: "LLM request rejected: max_tokens: …" is the max_tokens error, and
 *   `invalid_request_error` in its JSON body is too.
 * - A line break separates messages: two specific errors on consecutive lines are two errors.
 */
function separateMessages(candidates: readonly Candidate[], norm: NormalisedText): Candidate[] {
  if (candidates.length <= 1) return [...candidates];
  const breaks = lineBreaks(norm.plain);
  const line = (squeezedIndex: number) => countBelow(breaks, norm.squeezedToPlain[squeezedIndex]!);
  /** How far a span is from a cluster in squeezed chars, whether they overlap, and whether no line break parts them. */
  const gap = ([start, end]: [number, number], cluster: Span) => {
    if (start < cluster.end && end > cluster.start) return { chars: 0, overlap: true, sameLine: true };
    return start >= cluster.end
      ? { chars: start - cluster.end, overlap: false, sameLine: line(start) === line(cluster.end - 1) }
      : { chars: cluster.start - end, overlap: false, sameLine: line(end - 1) === line(cluster.start) };
  };
  const touching = (span: [number, number], cluster: Span) => {
    const { chars, overlap, sameLine } = gap(span, cluster);
    return overlap || (sameLine && chars <= sameMessageGap);
  };
  const inBody = (span: [number, number], cluster: Span) => {
    const { chars, overlap, sameLine } = gap(span, cluster);
    return overlap || (sameLine && chars <= sameBodyGap);
  };
  const clustersOf = (stretches: [number, number][]) =>
    mergeSpans(
      stretches.map(([start, end]) => ({ start, end })),
      sameMessageGap,
    );
  const within = (candidate: Candidate, clusters: Span[], test: (span: [number, number], cluster: Span) => boolean) =>
    clusters.length > 0 && candidate.spans.every((span) => clusters.some((cluster) => test(span, cluster)));

  const kept: Candidate[] = [];
  const keptClusters: Span[] = [];
  for (const candidate of candidates) {
    if (within(candidate, keptClusters, touching)) continue;
    kept.push(candidate);
    // Only where a message itself is claims the stretch; an error type or a wrapper next to it claims nothing.
    keptClusters.push(...clustersOf(candidate.defining));
  }
  const specificClusters = kept.filter((candidate) => !isGeneric(candidate)).flatMap((candidate) => clustersOf(candidate.spans));
  return kept.filter((candidate) => !isGeneric(candidate) || !within(candidate, specificClusters, inBody));
}

/** Whether a candidate is a known message found word for word: one error of its own, not words of one. */
function isWholeMessage(candidate: Candidate): boolean {
  return !isGeneric(candidate) && candidate.wholeMessage && !candidate.fuzzyOnly;
}

/**
 * Two different errors found whole in one paste: the one printed first leads, as the later ones usually follow from it
 * (an empty text block, then the tool calls left without results). The others stay in `others`.
 * A client's retelling of a refusal (Claude Code's "There's an issue with the selected model") gives way to the API's
 * own message of a variant it may stand for: "Claude Fable 5 is not available" says which (anthropics/claude-code#68121).
 */
function firstErrorFirst(accepted: Candidate[]): Candidate[] {
  const best = accepted[0];
  if (!best || !isWholeMessage(best)) return accepted;
  const start = (candidate: Candidate) => Math.min(...candidate.defining.map(([from]) => from));
  let first = best;
  for (const candidate of accepted) {
    if (candidate !== best && isWholeMessage(candidate) && start(candidate) < start(first)) first = candidate;
  }
  const retold = first.retold;
  first = accepted.find((candidate) => isWholeMessage(candidate) && retold.includes(candidate.variant.id)) ?? first;
  return first === best ? accepted : [first, ...accepted.filter((candidate) => candidate !== first)];
}

/**
 * The stretches where every word of a cue is found close to a hit of its first word, in any order, or undefined.
 * `words` holds, per word, the pattern ids of its alternatives.
 */
function findCue(
  words: readonly (readonly number[])[],
  bounded: readonly (number[] | undefined)[],
  lengths: readonly number[],
): [number, number][] | undefined {
  const hitsOf = (alternatives: readonly number[]) => {
    const hits: [number, number][] = [];
    for (const pattern of alternatives) {
      const ends = bounded[pattern];
      if (ends) for (const last of ends) hits.push([last - lengths[pattern]! + 1, last + 1]);
    }
    return hits;
  };
  // Most cues miss at one word: stop at the first word with no hit rather than list the others' hits.
  const lists: [number, number][][] = [];
  for (const word of words) {
    const list = hitsOf(word);
    if (list.length === 0) return undefined;
    lists.push(list);
  }
  for (const anchor of lists[0]!) {
    const found: [number, number][] = [anchor];
    for (let w = 1; w < lists.length; w++) {
      const near = lists[w]!.find(([start, end]) => start >= anchor[0] - cueReach && end <= anchor[1] + cueReach);
      if (!near) break;
      found.push(near);
    }
    if (found.length === lists.length) return found;
  }
  return undefined;
}

function emptyDiagnosis(truncated: boolean): Diagnosis {
  return { id: null, confidence: 0, evidence: [], facts: {}, others: [], truncated, needsMore: false };
}

/** Says which variant a paste shows. Never throws (a fault gives an empty answer); linear in the paste's length. */
export function diagnose(text: string, data: MatcherData): Diagnosis {
  try {
    return diagnoseUnguarded(text, data);
  } catch {
    return emptyDiagnosis(typeof text === 'string' && text.length > maxInputLength);
  }
}

/**
 * `diagnose` without its safety net: a fault throws. Tests call this one, so a crash fails them instead of passing as
 * "nothing recognised". Pastes over 1 MiB are read as their first and last half MiB, joined by a line break.
 */
export function diagnoseUnguarded(text: string, data: MatcherData): Diagnosis {
  const whole = typeof text === 'string' ? text : '';
  if (whole.length <= maxInputLength) return diagnoseTranslated(whole, data, false);
  // A long log often ends with the error.
  const half = maxInputLength / 2;
  const head = whole.slice(0, isHighSurrogate(whole.charCodeAt(half - 1)) ? half - 1 : half);
  const tailStart = whole.length - half + (isLowSurrogate(whole.charCodeAt(whole.length - half)) ? 1 : 0);
  const diagnosis = diagnoseTranslated(`${head}\n${whole.slice(tailStart)}`, data, true);
  const shift = tailStart - head.length - 1;
  const toWhole = (offset: number) => (offset > head.length ? offset + shift : offset);
  return withEvidenceMapped(diagnosis, toWhole, toWhole);
}

/** `diagnoseText` on the paste with its known translated wordings read as English; the evidence points into the paste. */
function diagnoseTranslated(text: string, data: MatcherData, truncated: boolean): Diagnosis {
  const translated = data.translations ? translateKnown(text, data.translations) : null;
  if (!translated) return diagnoseText(text, data, truncated);
  return withEvidenceMapped(
    diagnoseText(translated.text, data, truncated),
    (offset) => translated.toPaste(offset, false),
    (offset) => translated.toPaste(offset, true),
  );
}

/** A diagnosis of a text derived from the paste, its evidence moved onto the paste's own offsets. */
function withEvidenceMapped(diagnosis: Diagnosis, toStart: (offset: number) => number, toEnd: (offset: number) => number): Diagnosis {
  return { ...diagnosis, evidence: mergeSpans(diagnosis.evidence.map((span) => ({ start: toStart(span.start), end: toEnd(span.end) }))) };
}

/** Where `text`'s line breaks are, in order. */
function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return breaks;
}

/**
 * How many of the ascending values come before `value`: of the line breaks, a char's line number; of the map from squeezed
 * to decoded chars, the first squeezed char at or after a decoded index.
 */
function countBelow(ascending: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ascending[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// Each pattern's hits, kept between calls and cleared where the last call wrote: filling two arrays as long as the
// pattern list on every paste cost more than scanning a short one. Packed arrays, read faster than ones with holes.
let boundedTable: (number[] | undefined)[] = [];
let looseTable: (number[] | undefined)[] = [];
const touched: number[] = [];

/** Notes a hit of `pattern` ending at `last` in `table`, up to `maxOccurrences`, and where the next call must clear. */
function record(table: (number[] | undefined)[], pattern: number, last: number): void {
  let list = table[pattern];
  if (!list) {
    list = table[pattern] = [];
    touched.push(pattern);
  }
  if (list.length < maxOccurrences) list.push(last);
}

/** The hit tables for `size` patterns, empty. Nothing of them outlives a `diagnoseText` call, which never nests. */
function hitTables(size: number): { bounded: (number[] | undefined)[]; loose: (number[] | undefined)[] } {
  if (boundedTable.length !== size) {
    boundedTable = new Array<number[] | undefined>(size).fill(undefined);
    looseTable = new Array<number[] | undefined>(size).fill(undefined);
    touched.length = 0;
  }
  for (const pattern of touched) {
    boundedTable[pattern] = undefined;
    looseTable[pattern] = undefined;
  }
  touched.length = 0;
  return { bounded: boundedTable, loose: looseTable };
}

function diagnoseText(input: string, data: MatcherData, truncated: boolean): Diagnosis {
  // Nothing of `norm` outlives this call, so its buffers can be the shared ones.
  const norm = normalise(input, true);
  const prepared = prepare(data);
  const { squeezed, wordStart } = norm;
  const n = squeezed.length;
  const { bounded, loose } = hitTables(prepared.lengths.length);
  scan(prepared.automaton, squeezed, (pattern, last) => {
    const mode = prepared.modes[pattern]!;
    if (mode & Keep.loose) record(loose, pattern, last);
    if (mode & Keep.bounded) {
      const first = last - prepared.lengths[pattern]! + 1;
      if (wordStart[first] && (last + 1 === n || wordStart[last + 1])) record(bounded, pattern, last);
    }
  });

  const toOriginal = ([start, end]: [number, number]): Span => ({
    start: norm.plainStart[norm.squeezedToPlain[start]!]!,
    end: norm.plainEnd[norm.squeezedToPlain[end - 1]!]!,
  });

  let amounts: Reading<number>[] | null = null;
  const statuses = readStatuses(norm.plain);
  /** The squeezed chars a decoded reading covers: [first at or after its start, first at or after its end). */
  const squeezedSpan = <T>(reading: Reading<T>): [number, number] => [
    countBelow(norm.squeezedToPlain, reading.index),
    countBelow(norm.squeezedToPlain, reading.end),
  ];
  const readPlain = <T>(reading: Reading<T>): Span => ({
    start: norm.plainStart[reading.index]!,
    end: norm.plainEnd[reading.end - 1]!,
  });

  let fuzzyChecks = 0;
  const mayCheck = () => ++fuzzyChecks <= maxFuzzyChecks;
  // A phrase ending in a slot (`… max_tokens:`) counts only where a message goes on after it.
  const messageAfter = (hit: [number, number]): boolean => messageFollows(norm.plain, norm.squeezedToPlain[hit[1] - 1]! + 1);
  const anywhere = (): boolean => true;
  const marked = (patterns: readonly number[]) => patterns.some((pattern) => bounded[pattern] !== undefined);
  // Claude named on a cloud platform: its SDK's generic messages count, and the platform's status words are Claude's.
  const claudeModelOnCloud = marked(prepared.cloudModelMarks);
  const onCloud = claudeModelOnCloud || marked(prepared.cloudSurfaceMarks);
  // A provider's name where Anthropic's own links are is a layer's name ("OpenAI API error: … docs.anthropic.com …").
  const anthropicMarked = marked(prepared.anthropicMarks);
  // Claude or Anthropic named anywhere: words any provider prints may then be a guess at the kind of Claude error.
  const claudeNamed = claudeModelOnCloud || anthropicMarked || marked(prepared.claudeMarks);
  const structure = readStructure(norm.plain, prepared.typeNames);
  // Cues count where Claude is named or an error type sits in Anthropic's body, whose family they then tell apart.
  const cuesCount = claudeNamed || structure.types.some((reading) => reading.enveloped);
  const candidates: Candidate[] = [];
  // Only a phrase whose own text or a fuzzy piece was hit can match: those, in catalogue order.
  const live: number[] = [];
  for (const pattern of touched) {
    const users = prepared.phraseUsers[pattern];
    if (users) for (const key of users) live.push(key);
  }
  live.sort((a, b) => a - b);
  let next = 0;
  data.variants.forEach((variant, order) => {
    const spans: [number, number][] = [];
    const defining: [number, number][] = [];
    let matchedWeight = 0;
    let foundExactly = false;
    let strongest = 0;
    let wholeMessage = false;
    const retold: string[] = [];
    // Weight from phrases that are not only a guess where Claude is named (`onClaude`).
    let ownWeight = 0;
    const patterns = prepared.phrasePatterns[order]!;
    const plans = prepared.fuzzyPlans[order]!;
    const end = (order + 1) * prepared.phraseStride;
    for (let last = -1; next < live.length && live[next]! < end; next++) {
      const key = live[next]!;
      if (key === last) continue;
      last = key;
      const p = key - order * prepared.phraseStride;
      const phrase = variant.phrases[p]!;
      if (phrase.onCloud && !onCloud) continue;
      if (phrase.onClaude && !claudeNamed) continue;
      const pattern = patterns[p]!;
      const length = prepared.lengths[pattern]!;
      const accept = phrase.slot ? messageAfter : anywhere;
      let hits: [number, number][] | undefined;
      for (const last of bounded[pattern] ?? []) {
        const hit: [number, number] = [last - length + 1, last + 1];
        if (accept(hit)) (hits ??= []).push(hit);
      }
      let fuzzy = false;
      const plan = plans[p];
      if (!hits && plan) {
        const hit = findFuzzy(plan, loose, squeezed, mayCheck, accept);
        if (hit) {
          hits = [hit];
          fuzzy = true;
        }
      }
      if (!hits) continue;
      matchedWeight += phrase.weight;
      if (!phrase.onClaude) ownWeight += phrase.weight;
      // A defining phrase found with a typo still names its message (the confidence says it was not word for word).
      strongest = Math.max(strongest, phrase.weight);
      if (!fuzzy) {
        foundExactly = true;
        if (phrase.message) wholeMessage = true;
        if (phrase.retells) retold.push(...phrase.retells);
      }
      spans.push(...hits);
      if (phrase.weight >= definingWeight) defining.push(...hits);
    }
    let messageMatched = false;
    // The head of a refusal whose field and numbers say what it is ("max_tokens: 64001 > 64000"): the message itself.
    for (const cap of structure.caps) {
      if (data.fields.caps[cap.value] !== variant.id) continue;
      messageMatched = true;
      const span = squeezedSpan(cap);
      spans.push(span);
      defining.push(span);
    }
    for (const pattern of prepared.messagePatterns[order]!) {
      for (const last of bounded[pattern] ?? []) {
        messageMatched = true;
        spans.push([last - prepared.lengths[pattern]! + 1, last + 1]);
        defining.push([last - prepared.lengths[pattern]! + 1, last + 1]);
      }
    }
    // Words a new wording of the message keeps, found together: a guess at the variant, never more.
    let cued = false;
    if (cuesCount && !messageMatched && ownWeight < threshold) {
      for (const words of prepared.cuePatterns[order]!) {
        const found = findCue(words, bounded, prepared.lengths);
        if (!found) continue;
        cued = true;
        matchedWeight += cueWeight;
        spans.push(...found);
        break;
      }
    }
    let score = matchedWeight + (messageMatched ? messageBonus : 0);
    if (score < threshold) return;
    // A cue's words alone give way to the status the paste prints: "provider config not found for model" with a 500 is
    // no missing model (BerriAI/litellm#10435). Phrases keep their own statuses ("502 Bad Gateway" is the 5xx guide's).
    const cueOnly = cued && matchedWeight === cueWeight;
    if (cueOnly && statuses.length > 0 && variant.statuses.length > 0 && !statuses.some((reading) => variant.statuses.includes(reading.value)))
      return;

    let amount: Reading<number> | null = null;
    if (variant.amount !== undefined) {
      amounts ??= readAmounts(norm.plain);
      const near = spans.map(toOriginal);
      amount =
        amounts.find((reading) => reading.value === variant.amount && near.some((span) => distance(readPlain(reading), span) <= amountReach)) ?? null;
      if (amount) score += amountBonus;
    }
    if (statuses.some((reading) => variant.statuses.includes(reading.value))) score += statusSupport;
    candidates.push({
      variant,
      order,
      score,
      matchedWeight,
      messageMatched,
      wholeMessage: messageMatched || wholeMessage,
      strongest,
      fuzzyOnly: !foundExactly && !messageMatched,
      guess: ownWeight < threshold && !messageMatched,
      cued,
      retold,
      spans,
      defining,
      amount,
    });
  });

  const plainAt = (squeezedIndex: number) => norm.squeezedToPlain[squeezedIndex]!;
  let vendorHits: { name: string; byName: boolean; start: number; end: number; configured: boolean; model?: boolean }[] = [];
  for (const { pattern, name, byName, platform } of prepared.vendors) {
    const ends = bounded[pattern];
    if (!ends || (byName && anthropicMarked) || (platform && claudeModelOnCloud)) continue;
    for (const last of ends) {
      const start = last - prepared.lengths[pattern]! + 1;
      vendorHits.push({ name, byName, start, end: last + 1, configured: configuredAt(norm.plain, plainAt(start)) });
    }
  }
  // Another provider's error known by its form: the squeezed chars its decoded span covers.
  for (const mark of structure.marks) {
    // A model id names its provider as a name does: a layer's word where Anthropic's own links are.
    if (mark.model && anthropicMarked) continue;
    const [start, end] = squeezedSpan(mark);
    vendorHits.push({ name: mark.name, byName: mark.model === true, start, end, configured: false, model: mark.model === true });
  }
  // An Anthropic error body stays Anthropic's when a layer around it names another provider ("OpenAI API error: … {"type":"error",…}");
  // another provider's words inside such a body still make it that provider's.
  if (structure.envelopes.length > 0) {
    vendorHits = vendorHits.filter((hit) => inRanges(structure.envelopes, plainAt(hit.start)));
  }
  if (vendorHits.length > 0) {
    // Claude-looking words inside another provider's error (its JSON type, its status, a wrapper) are part of that error.
    // A bare name labels what follows it ("OpenAI API error: …"); named after a message, in prose, it claims nothing before it.
    // A router passing on the error of a provider that serves Claude owns only the generic words, not a known message.
    // A router's name alone ("via OpenRouter") owns no known message either: it passes on what the provider behind it said.
    const routed = new Set(prepared.routes.filter(({ pattern }) => bounded[pattern]).map(({ name }) => name));
    const ownHits = vendorHits.filter((hit) => !routed.has(hit.name) && !(hit.byName && prepared.routers.has(hit.name)));
    const apart =
      (hits: typeof vendorHits) =>
      ([start, end]: [number, number]) =>
        hits.every((hit) => !hit.configured && (start > hit.end + vendorReach || end < hit.start - (hit.byName ? 0 : vendorReach)));
    for (let i = candidates.length - 1; i >= 0; i--) {
      const candidate = candidates[i]!;
      if (!candidate.spans.some(apart(isGeneric(candidate) ? vendorHits : ownHits))) candidates.splice(i, 1);
    }
  }
  // OpenAI-shaped error objects are another API's: their type and generic words name no Claude error, unless they carry
  // an Anthropic envelope (an OpenAI-compatible layer over Anthropic) or a known Claude message, or the paste shows
  // Anthropic's own host or links (its OpenAI-compatible endpoint answers in that shape).
  const insideEnvelope = (index: number) => inRanges(structure.envelopes, index);
  // Where Claude is served by a cloud, its platform's error object (Vertex AI's `{"error":{"code":400,…,"status":…}}`) wraps Claude's.
  const foreignAt = (index: number) => !claudeModelOnCloud && !insideEnvelope(index) && inRanges(structure.foreign, index);
  // A relay's rebuilt envelope: its type and generic words are the relay's; words of a message's meaning (a cue) still tell.
  const sortedAt = (index: number) => inRanges(structure.sorted, index);
  // Its type word is the relay's too, even where the catalogue counts the type as a message of its own (`overloaded_error`).
  const relayTypes = structure.types.filter((reading) => sortedAt(reading.index));
  const relayTypeAt = ([start, end]: [number, number]) =>
    relayTypes.some((reading) => reading.index <= plainAt(start) && plainAt(end - 1) < reading.end);
  if ((structure.foreign.length > 0 || structure.sorted.length > 0) && !anthropicMarked) {
    for (let i = candidates.length - 1; i >= 0; i--) {
      const candidate = candidates[i]!;
      const allIn = (at: (index: number) => boolean) => candidate.spans.every(([start]) => at(plainAt(start)));
      const relayOnly = relayTypes.length > 0 && candidate.spans.every(relayTypeAt);
      const generic = isGeneric(candidate) && (allIn(foreignAt) || (!candidate.cued && allIn(sortedAt)));
      if (relayOnly || generic) candidates.splice(i, 1);
    }
  }
  // A field belongs to another provider's error when that provider's words are on its line, close by, or in the same
  // error body (a pretty-printed body puts its type and its message on lines of their own).
  const nearVendor = (reading: Reading<unknown>) =>
    vendorHits.some((hit) => {
      const at = plainAt(hit.start);
      const from = Math.min(reading.index, at);
      const to = Math.max(reading.end, plainAt(hit.end - 1) + 1);
      if (to - from <= vendorPlainReach && !norm.plain.slice(from, to).includes('\n')) return true;
      return structure.envelopes.some(([start, end]) => reading.index >= start && reading.index < end && at >= start && at < end);
    });

  candidates.sort((a, b) => b.score - a.score || b.variant.specificity - a.variant.specificity || a.order - b.order);
  const accepted = firstErrorFirst(separateMessages(candidates, norm));
  const winner = accepted[0];
  const { fields } = data;
  const { orderOf } = prepared;

  // Structure first: an error code, then the headers of a rejected response; the words only refine within what they name.
  const code = structure.codes.filter((reading) => fields.codes[reading.value] && !nearVendor(reading)).pop();
  const limit = readLimit(structure, fields);
  // A bare type (outside Anthropic's envelope) in a paste that names another provider is no evidence of a Claude error.
  // Inside an OpenAI-shaped object it counts only where the paste shows the request reached Anthropic: that object is a
  // layer's wrapping of Anthropic's error (Portkey's, marked by `"provider":"anthropic"` after it).
  const type = structure.types
    .filter(
      (reading) =>
        !nearVendor(reading) &&
        (anthropicMarked || !foreignAt(reading.index)) &&
        !sortedAt(reading.index) &&
        (reading.enveloped || vendorHits.length === 0),
    )
    .pop();
  // 529 is a status only Anthropic sends: printed alone ("status: 529 <unknown status code>"), it is the overload.
  const ownStatus = type ? undefined : statuses.find((reading) => reading.value === anthropicOnlyStatus && !nearVendor(reading));
  const ownType = ownStatus && Object.keys(fields.types).find((name) => statusOfType(data.errorTypes, name) === anthropicOnlyStatus);
  const named = code ? fields.codes[code.value]! : limit?.ids;
  let basis: DiagnosisBasis;
  let chosen: Candidate | undefined;
  let order: number | undefined;
  const structural: Reading<string>[] = [];
  if (named) {
    basis = code ? 'code' : 'headers';
    chosen = candidates.find((candidate) => !isGeneric(candidate) && named.includes(candidate.variant.id));
    order = chosen?.order ?? orderOf.get(named[0]!);
    structural.push(...(code ? [code] : limit!.readings));
  } else if (winner && !isGeneric(winner)) {
    basis = 'message';
    chosen = winner;
  } else if (type && fields.types[type.value] !== undefined && statusAgrees(type, statuses, data.errorTypes)) {
    // A status and type whose message is new: that pair's guide, said to be a match of the kind only.
    basis = 'family';
    order = orderOf.get(fields.types[type.value]!);
    // A known message or a cue of a variant in the same family (its status the type's) says which one the new message is.
    const status = statusOfType(data.errorTypes, type.value);
    chosen =
      accepted.find(
        (candidate) => (candidate.cued || !isGeneric(candidate)) && status !== undefined && candidate.variant.statuses.includes(status),
      ) ?? candidates.find((candidate) => candidate.order === order);
    order = chosen?.order ?? order;
    structural.push(type);
  } else if (ownStatus && ownType) {
    basis = 'family';
    order = orderOf.get(fields.types[ownType]!);
    chosen = candidates.find((candidate) => candidate.order === order);
    structural.push({ value: String(ownStatus.value), index: ownStatus.index, end: ownStatus.end });
  } else if (winner && (vendorHits.length === 0 || winner.spans.some(([start]) => insideEnvelope(plainAt(start))))) {
    // Only generic words are left; in a paste that names another provider they are that provider's, unless in Anthropic's body.
    // Words any provider prints, counted because Claude is named, say the kind of error only.
    basis = winner.guess ? 'family' : 'message';
    chosen = winner;
  } else basis = 'message';
  order ??= chosen?.order;
  const variant = order === undefined ? undefined : data.variants[order];
  const evidence = mergeSpans([
    ...(chosen ? chosen.spans.map(toOriginal) : []),
    ...(chosen?.amount ? [readPlain(chosen.amount)] : []),
    ...structural.map(readPlain),
  ]);
  const facts = readFacts(norm, prepared, bounded, statuses, variant, chosen, evidence);
  if (code) facts.errorCode = code.value;
  else {
    const anyCode = structure.codes.filter((reading) => !reading.named && !nearVendor(reading)).pop();
    if (anyCode) facts.errorCode = anyCode.value;
  }
  // A relay's rebuilt body names no family, but its type is still what the paste says.
  const shownType = type ?? structure.types.filter((reading) => sortedAt(reading.index) && !nearVendor(reading)).pop();
  if (shownType) facts.errorType = shownType.value;
  if (limit) {
    facts.limit = limit.claim;
    if (limit.overageReason) facts.overageReason = limit.overageReason;
    if (limit.reset && (basis === 'headers' || !facts.reset)) facts.reset = limit.reset;
  }
  if (vendorHits.length > 0) {
    // The provider's own words or name say whose error it is before a model id does (a router serves many providers' models).
    const named = vendorHits.some((hit) => !hit.model) ? vendorHits.filter((hit) => !hit.model) : vendorHits;
    facts.vendor = named.reduce((first, hit) => (hit.start < first.start ? hit : first)).name;
  }
  if (!variant) return { ...emptyDiagnosis(truncated), facts };

  let others: Candidate[];
  let confidence: number;
  let needsMore = false;
  if (basis === 'message' && chosen) {
    // Siblings told apart only by an amount stay in the running when the paste shows none of their amounts.
    const amountUnread = chosen.variant.amount !== undefined && !chosen.amount;
    others = [
      ...accepted.slice(1).filter((candidate) => !(candidate.variant.specificity === 0 && chosen.variant.specificity > 0)),
      ...(amountUnread
        ? candidates.filter(
            (candidate) =>
              candidate !== chosen && candidate.variant.amount !== undefined && candidate.score === chosen.score && !accepted.includes(candidate),
          )
        : []),
    ];
    needsMore = chosen.variant.specificity === 0;
    // A variant's phrases are alternatives (old and new wordings), so coverage counts against one full message, not all.
    const coverage = chosen.wholeMessage ? 1 : Math.min(1, chosen.matchedWeight / fullMessageWeight);
    confidence = confidenceFloor + coverageShare * coverage + scoreShare * Math.min(1, chosen.score / strongScore);
    if (chosen.fuzzyOnly) confidence *= fuzzyFactor;
    const rival = others.some((other) => other.score >= chosen.score);
    if (amountUnread) confidence *= amountUnreadFactor;
    else if (rival) confidence *= rivalFactor;
    // A known message found word for word, with nothing as strong beside it, is as clear as a paste gets.
    else if (chosen.wholeMessage && !chosen.fuzzyOnly) confidence = Math.max(confidence, verbatimConfidence);
    if (needsMore) confidence = Math.min(confidence, wrapperCeiling);
  } else {
    others = accepted.filter((candidate) => candidate.order !== order && !isGeneric(candidate));
    confidence = basis === 'family' ? familyConfidence : basis === 'code' ? codeConfidence : headersConfidence;
    // Words of the message itself, not only the field's value, agree with what the fields name.
    const fieldSpans = structural.map(readPlain);
    const agree = chosen?.spans.some((span) => fieldSpans.every((field) => distance(toOriginal(span), field) > 0));
    if (basis !== 'family' && agree) confidence += agreementBonus;
  }
  return {
    id: variant.id,
    // Nothing read off a paste is certain.
    confidence: Math.round(Math.min(0.99, Math.max(0, confidence)) * 100) / 100,
    basis,
    evidence: evidence.slice(0, maxEvidence),
    facts,
    others: others.map((other) => other.variant.id),
    truncated,
    needsMore,
  };
}

/**
 * "Provider: " (or "provider：", "provider=") just before a provider's name, or "model: " / "模型是" before its model id
 * (with an owner prefix such as `ZhipuAI/`): the tool was set to that provider.
 */
const configuredBefore = /(?:provider\s*[:：=]|(?:model|模型)\s*(?:[:：=]|是|为))\s*["'`]?(?:[\w.-]{1,24}\/)?$/i;

/**
 * Whether a provider's name at `index` is the provider a tool was set to ("Provider: Groq", "provider：deepseek-v4-pro"):
 * then the whole paste is that provider's, a message worded like Claude's included.
 */
function configuredAt(plain: string, index: number): boolean {
  return configuredBefore.test(plain.slice(Math.max(0, index - 40), index));
}

/** The one status only Anthropic's API sends (overloaded), which names its error without a type beside it. */
const anthropicOnlyStatus = 529;

/** The status the API sends an error type with; `errorTypes` is keyed by the squeezed type (`rate_limit_error` → `ratelimiterror`). */
function statusOfType(errorTypes: Record<string, number>, type: string): number | undefined {
  return errorTypes[type.replace(/_/g, '').toLowerCase()];
}

/** Chars before an error type within which a printed status is the one its response came with. */
const statusReach = 240;

/**
 * Whether the status printed just before an error type is the one the API sends that type with (or none is printed):
 * a relay's own "503 … api_error" is not Anthropic's 500, so its new message names no guide of Anthropic's.
 */
function statusAgrees(type: Reading<string>, statuses: readonly Reading<number>[], errorTypes: Record<string, number>): boolean {
  const expected = statusOfType(errorTypes, type.value);
  const printed = statuses.filter((reading) => reading.index < type.index && type.index - reading.index <= statusReach).pop();
  return expected === undefined || printed === undefined || printed.value === expected;
}

/** What the headers of a rejected response name: the variants, the limit, why usage credits did not take over, the reset. */
function readLimit(
  structure: Structure,
  fields: CompiledFields,
): { ids: string[] | undefined; claim: string; overageReason?: string; reset?: ResetReading; readings: Reading<string>[] } | null {
  if (!structure.limit) return null;
  const { values, at } = structure.limit;
  const readings = [at];
  const take = (name: string): string | undefined => {
    const reading = values.get(name);
    if (reading) readings.push(reading);
    return reading?.value;
  };
  const windows = Object.keys(fields.windows);
  const rejectedWindow = windows.find((name) => values.get(`${name}-status`)?.value === 'rejected');
  let claim = take('representative-claim');
  if (!claim && rejectedWindow) claim = fields.windows[rejectedWindow]!;
  if (!claim && values.get('overage-status')?.value === 'rejected') claim = 'overage';
  if (!claim) return null;
  const overageReason = claim === 'overage' ? take('overage-disabled-reason') : undefined;
  const ids = claim === 'overage' ? (overageReason ? fields.overageReasons[overageReason] : undefined) : fields.claims[claim];
  const windowOfClaim = windows.find((name) => fields.windows[name] === claim);
  const resetText = take('reset') ?? (windowOfClaim ? take(`${windowOfClaim}-reset`) : undefined);
  const reset = resetText ? readUnixReset(resetText) : undefined;
  return { ids, claim, ...(overageReason ? { overageReason } : {}), ...(reset ? { reset } : {}), readings };
}

function readFacts(
  norm: NormalisedText,
  prepared: Prepared,
  bounded: (number[] | undefined)[],
  statuses: Reading<number>[],
  variant: CompiledVariant | undefined,
  chosen: Candidate | undefined,
  evidence: Span[],
): DiagnosisFacts {
  const facts: DiagnosisFacts = {};
  const hull: Span | null = evidence.length > 0 ? { start: evidence[0]!.start, end: evidence[evidence.length - 1]!.end } : null;
  const at = <T>(reading: Reading<T>): Span => ({ start: norm.plainStart[reading.index]!, end: norm.plainEnd[reading.end - 1]! });
  const nearest = <T>(readings: Reading<T>[]): Reading<T> | undefined => {
    if (!hull) return readings[0];
    let best: Reading<T> | undefined;
    let bestDistance = Infinity;
    for (const reading of readings) {
      const d = distance(at(reading), hull);
      if (d < bestDistance) {
        best = reading;
        bestDistance = d;
      }
    }
    return best;
  };

  const expected = variant ? statuses.filter((reading) => variant.statuses.includes(reading.value)) : [];
  const status = nearest(expected.length > 0 ? expected : statuses);
  if (status) facts.status = status.value;
  else {
    let first = Infinity;
    for (const { pattern, status: implied } of prepared.errorTypes) {
      const last = bounded[pattern]?.[0];
      if (last !== undefined && last < first) {
        first = last;
        facts.status = implied;
      }
    }
  }

  const requestId = nearest(readRequestIds(norm.plain));
  if (requestId) facts.requestId = requestId.value;

  if (chosen?.amount) facts.amount = chosen.amount.value;
  else if (hull) {
    const amount = nearest(readAmounts(norm.plain));
    if (amount && distance(at(amount), hull) <= 200) facts.amount = amount.value;
  }

  let firstTool = Infinity;
  for (const { pattern, name } of prepared.tools) {
    const last = bounded[pattern]?.[0];
    if (last !== undefined && last < firstTool) {
      firstTool = last;
      facts.tool = name;
    }
  }
  if (chosen && chosen.spans.length > 0) {
    // The reset is printed after the message, on its line: "You've hit your limit · resets 3am (Europe/London)".
    const from = norm.squeezedToPlain[Math.min(...chosen.spans.map(([start]) => start))]!;
    const to = norm.squeezedToPlain[Math.max(...chosen.spans.map(([, end]) => end)) - 1]! + 1;
    const after = norm.plain.slice(from, to + resetReach);
    const reset = readReset(after) ?? readUnixReset(unixAfterLimit.exec(after)?.[1] ?? '');
    if (reset) facts.reset = reset;
  }
  return facts;
}
