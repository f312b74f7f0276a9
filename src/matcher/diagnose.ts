// The matcher: which catalogue variant a paste shows, how sure, where, and what else it says.
// All knowledge of variants comes from the compiled catalogue data; this file only weighs evidence.
import { scan } from './automaton.ts';
import type { CompiledVariant, MatcherData } from './compile.ts';
import { readAmounts, readRequestIds, readStatuses, messageFollows, type Reading } from './facts.ts';
import { findFuzzy } from './fuzzy.ts';
import { normalise, type NormalisedText } from './normalise.ts';
import { prepare, type Prepared } from './prepare.ts';
import { distance, mergeSpans, type Span } from './spans.ts';

export type { Span } from './spans.ts';

/** What could be read off the paste besides the message. */
export interface DiagnosisFacts {
  /** The HTTP status, when one was printed (or implied by the API error type). */
  status?: number;
  /** The request id, when one was printed. */
  requestId?: string;
  /** The dollar amount next to the message, when there is one. */
  amount?: number;
  /** The app that printed it, when the paste names it or the wording is known to come from it. */
  tool?: string;
}

/** The matcher's answer for one paste. */
export interface Diagnosis {
  /** The variant id, or null when nothing recognisable was found. */
  id: string | null;
  /** How sure, from 0 (nothing) to 1. */
  confidence: number;
  /** The matched words, as spans of the original paste, sorted and not overlapping. */
  evidence: Span[];
  /** What was read off. */
  facts: DiagnosisFacts;
  /** Further variants found elsewhere in the paste, best first. */
  others: string[];
  /** Whether the paste was longer than `maxInputLength` and only its start was read. */
  truncated: boolean;
  /** Whether the match is a generic wrapper and the rest of the message is needed to say more. */
  needsMore: boolean;
}

/** Pastes longer than this (UTF-16 code units, 1 MiB) are cut to this length. */
export const maxInputLength = 1024 * 1024;

/** A variant counts as found from this much matched weight. */
const threshold = 2;
const messageBonus = 2;
const amountBonus = 2;
const statusSupport = 0.5;
/** Squeezed chars between two matches that still count as the same message. */
const sameMessageGap = 24;
/** Original chars between an amount and the message it belongs to. */
const amountReach = 80;
const maxOccurrences = 64;
const maxFuzzyChecks = 400;
const maxEvidence = 64;

/** One variant's evidence in a paste. */
interface Candidate {
  variant: CompiledVariant;
  order: number;
  score: number;
  matchedWeight: number;
  totalWeight: number;
  messageMatched: boolean;
  fuzzyOnly: boolean;
  /** Matched stretches in squeezed coordinates, [start, end). */
  spans: [number, number][];
  amount: Reading<number> | null;
}

function emptyDiagnosis(truncated: boolean): Diagnosis {
  return { id: null, confidence: 0, evidence: [], facts: {}, others: [], truncated, needsMore: false };
}

/** Says which variant a paste shows. Never throws; linear in the paste's length; reads at most 1 MiB. */
export function diagnose(text: string, data: MatcherData): Diagnosis {
  let input = typeof text === 'string' ? text : '';
  let truncated = false;
  if (input.length > maxInputLength) {
    const code = input.charCodeAt(maxInputLength - 1);
    input = input.slice(0, code >= 0xd800 && code <= 0xdbff ? maxInputLength - 1 : maxInputLength);
    truncated = true;
  }
  try {
    return diagnoseText(input, data, truncated);
  } catch {
    return emptyDiagnosis(truncated);
  }
}

function diagnoseText(input: string, data: MatcherData, truncated: boolean): Diagnosis {
  // Nothing of `norm` outlives this call, so its buffers can be the shared ones.
  const norm = normalise(input, true);
  const prepared = prepare(data);
  const { squeezed, wordStart } = norm;
  const n = squeezed.length;
  const bounded: (number[] | undefined)[] = [];
  const loose: (number[] | undefined)[] = [];
  scan(prepared.automaton, squeezed, (pattern, last) => {
    const mode = prepared.modes[pattern]!;
    if (mode & 2) {
      const list = (loose[pattern] ??= []);
      if (list.length < maxOccurrences) list.push(last);
    }
    if (mode & 1) {
      const first = last - prepared.lengths[pattern]! + 1;
      if (wordStart[first] && (last + 1 === n || wordStart[last + 1])) {
        const list = (bounded[pattern] ??= []);
        if (list.length < maxOccurrences) list.push(last);
      }
    }
  });

  const toOriginal = ([start, end]: [number, number]): Span => ({
    start: norm.plainStart[norm.squeezedToPlain[start]!]!,
    end: norm.plainEnd[norm.squeezedToPlain[end - 1]!]!,
  });

  let amounts: Reading<number>[] | null = null;
  const statuses = readStatuses(norm.plain);
  const readPlain = <T>(reading: Reading<T>): Span => ({
    start: norm.plainStart[reading.index]!,
    end: norm.plainEnd[reading.end - 1]!,
  });

  let fuzzyChecks = 0;
  const candidates: Candidate[] = [];
  data.variants.forEach((variant, order) => {
    const spans: [number, number][] = [];
    let matchedWeight = 0;
    let totalWeight = 0;
    let exact = 0;
    variant.phrases.forEach((phrase, p) => {
      totalWeight += phrase.weight;
      const pattern = prepared.phrasePatterns[order]![p]!;
      const length = prepared.lengths[pattern]!;
      const follows = (hit: [number, number]): boolean =>
        !phrase.slot || messageFollows(norm.plain, norm.squeezedToPlain[hit[1] - 1]! + 1);
      let hits = (bounded[pattern] ?? []).map((last): [number, number] => [last - length + 1, last + 1]).filter(follows);
      let fuzzy = false;
      const plan = prepared.fuzzyPlans[order]![p];
      if (hits.length === 0 && plan) {
        const hit = findFuzzy(plan, loose, squeezed, () => ++fuzzyChecks <= maxFuzzyChecks, follows);
        if (hit) {
          hits = [hit];
          fuzzy = true;
        }
      }
      if (hits.length > 0) {
        matchedWeight += phrase.weight;
        if (!fuzzy) exact++;
        spans.push(...hits);
      }
    });
    let messageMatched = false;
    for (const pattern of prepared.messagePatterns[order]!) {
      for (const last of bounded[pattern] ?? []) {
        messageMatched = true;
        spans.push([last - prepared.lengths[pattern]! + 1, last + 1]);
      }
    }
    let score = matchedWeight + (messageMatched ? messageBonus : 0);
    if (score < threshold) return;

    let amount: Reading<number> | null = null;
    if (variant.amount !== undefined) {
      amounts ??= readAmounts(norm.plain);
      const near = spans.map(toOriginal);
      amount =
        amounts.find(
          (reading) =>
            reading.value === variant.amount &&
            near.some((span) => distance(readPlain(reading), span) <= amountReach),
        ) ?? null;
      if (amount) score += amountBonus;
    }
    if (statuses.some((reading) => variant.statuses.includes(reading.value))) score += statusSupport;
    candidates.push({
      variant,
      order,
      score,
      matchedWeight,
      totalWeight,
      messageMatched,
      fuzzyOnly: exact === 0 && !messageMatched,
      spans,
      amount,
    });
  });

  candidates.sort((a, b) => b.score - a.score || b.variant.specificity - a.variant.specificity || a.order - b.order);
  const winner = candidates[0];
  const evidence = winner ? mergeSpans([...winner.spans.map(toOriginal), ...(winner.amount ? [readPlain(winner.amount)] : [])]) : [];
  const facts = readFacts(norm, prepared, bounded, statuses, winner, candidates, evidence);
  if (!winner) return { ...emptyDiagnosis(truncated), facts };

  const clusters = mergeSpans(
    winner.spans.map(([start, end]) => ({ start, end })),
    sameMessageGap,
  );
  // Siblings told apart only by an amount stay in the running when the paste shows none of their amounts.
  const amountUnread = winner.variant.amount !== undefined && !winner.amount;
  const others: Candidate[] = candidates.slice(1).filter((candidate) => {
    if (amountUnread && candidate.variant.amount !== undefined && candidate.score === winner.score) return true;
    if (candidate.variant.specificity === 0 && winner.variant.specificity > 0) return false;
    return candidate.spans.some(
      ([start, end]) => !clusters.some((cluster) => start <= cluster.end + sameMessageGap && end >= cluster.start - sameMessageGap),
    );
  });

  const needsMore = winner.variant.specificity === 0;
  const coverage = winner.messageMatched ? 1 : winner.matchedWeight / Math.max(winner.totalWeight, 1);
  let confidence = 0.35 + 0.35 * coverage + 0.3 * Math.min(1, winner.score / 8);
  if (winner.fuzzyOnly) confidence *= 0.85;
  if (amountUnread) confidence *= 0.75;
  else if (others.some((other) => other.score >= winner.score)) confidence *= 0.8;
  if (needsMore) confidence = Math.min(confidence, 0.5);
  return {
    id: winner.variant.id,
    // Nothing read off a paste is certain.
    confidence: Math.round(Math.min(0.99, Math.max(0, confidence)) * 100) / 100,
    evidence: evidence.slice(0, maxEvidence),
    facts,
    others: others.map((other) => other.variant.id),
    truncated,
    needsMore,
  };
}

function readFacts(
  norm: NormalisedText,
  prepared: Prepared,
  bounded: (number[] | undefined)[],
  statuses: Reading<number>[],
  winner: Candidate | undefined,
  candidates: Candidate[],
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

  const expected = winner ? statuses.filter((reading) => winner.variant.statuses.includes(reading.value)) : [];
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

  if (winner?.amount) facts.amount = winner.amount.value;
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
  if (facts.tool === undefined) {
    const known = candidates.find((candidate) => candidate.variant.tool !== undefined);
    if (known?.variant.tool !== undefined) facts.tool = known.variant.tool;
  }
  return facts;
}
