// explain(): an error as a tool holds it (an Anthropic SDK error, a response body, any text) turned into the line a
// tool can print next to it, with the guide's address, as Stripe's `doc_url` does for its errors.
import { actorPhrases } from '../catalogue/labels.ts';
import type { Actor } from '../catalogue/schema.ts';
import type { ResetReading } from '../matcher/reset.ts';
import type { DiagnosisResult, PublicVariant } from './types.ts';

/** What `explain` says about one error. */
export interface Explanation {
  /** The variant id. */
  id: string;
  /** The variant's title. */
  title: string;
  /** What it means, in one line. */
  explanation: string;
  /** Who can fix it: `you`, `admin`, `maintainer`, `support` or `wait`; new values may appear. */
  actor: string;
  /** Who can fix it, in words ("your organization's Owner can fix it"). */
  whoCanFix: string;
  /** When the limit resets, when the text or the response headers say so. */
  reset?: ResetReading | undefined;
  /** The guide's absolute address. */
  guideUrl: string;
  /** How sure the matcher is, from 0 to 1. */
  confidence: number;
  /** `<title> · <who can fix it> · <guide>`: one line to print under the error. */
  line: string;
}

/** Headers as the SDK (a `Headers`) or a plain object holds them. */
type HeaderBag = { get(name: string): string | null } | Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function header(headers: unknown, name: string): string | undefined {
  if (!isRecord(headers)) return undefined;
  const bag = headers as HeaderBag;
  if (typeof bag.get === 'function') return (bag as { get(name: string): string | null }).get(name) ?? undefined;
  const key = Object.keys(bag).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : (bag as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** An instant as a reset reading in UTC. */
function resetAt(date: Date): ResetReading | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return {
    text: date.toISOString(),
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    zone: 'UTC',
  };
}

/** The reset time the response headers give: the subscription limit's unix time, else `retry-after`. */
function resetFromHeaders(headers: unknown): ResetReading | undefined {
  const unified = header(headers, 'anthropic-ratelimit-unified-reset');
  if (unified !== undefined && /^\d{9,11}$/.test(unified.trim())) return resetAt(new Date(Number(unified.trim()) * 1000));
  const retryAfter = header(headers, 'retry-after')?.trim();
  if (retryAfter === undefined || retryAfter === '') return undefined;
  if (/^\d+$/.test(retryAfter)) return { text: `in ${retryAfter} seconds`, inMinutes: Math.ceil(Number(retryAfter) / 60) };
  return resetAt(new Date(retryAfter));
}

/** The text the matcher reads for an input, and the headers that came with it. */
export function explainableText(input: unknown): { text: string; headers?: unknown } {
  if (typeof input === 'string') return { text: input };
  if (!isRecord(input)) return { text: '' };
  const parts: string[] = [];
  const status = typeof input['status'] === 'number' ? input['status'] : undefined;
  // An SDK error's `error` is the response body; a bare body has `type: "error"` and its own `error` object.
  const body = input['type'] === 'error' && isRecord(input['error']) ? input : (input['error'] ?? input['body']);
  if (status !== undefined) parts.push(`API Error: ${status}`);
  if (typeof body === 'string') parts.push(body);
  else if (isRecord(body)) parts.push(JSON.stringify(body));
  // The SDK's message is built from the body; it says more only when there is no body.
  const message = input['message'];
  if (typeof message === 'string' && body === undefined) parts.push(message);
  return { text: parts.join(' '), headers: input['headers'] };
}

/** The explanation for a diagnosis, or null when nothing was recognised. */
export function explanationOf(
  result: DiagnosisResult,
  variant: Pick<PublicVariant, 'title' | 'summary' | 'actor'> | undefined,
  headers: unknown,
): Explanation | null {
  if (result.id === null || result.url === null || variant === undefined) return null;
  const whoCanFix = (actorPhrases[variant.actor as Actor] as string | undefined) ?? 'see the guide for who can fix it';
  const reset = result.facts.reset ?? resetFromHeaders(headers);
  return {
    id: result.id,
    title: variant.title,
    explanation: variant.summary,
    actor: variant.actor,
    whoCanFix,
    ...(reset === undefined ? {} : { reset }),
    guideUrl: result.url,
    confidence: result.confidence,
    line: `${variant.title} · ${whoCanFix}${reset === undefined ? '' : ` · resets ${reset.text}`} · ${result.url}`,
  };
}
