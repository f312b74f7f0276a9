// The package's public shapes, free of the catalogue's schema library so its type declarations stand alone.
// A variant here is what /variants.json publishes (README, "/variants.json format"); tests/unit/public-types.test-d.ts
// checks that it equals the schema's shape, closed lists opened.
import type { DiagnosisBasis, DiagnosisFacts, Span } from '../matcher/diagnose.ts';

export type { DiagnosisBasis, DiagnosisFacts, Span };

/** Where guide links point. */
export interface SiteOptions {
  /** The site's address, e.g. `https://your.mirror`; the public site (`defaultSiteUrl`) when absent. */
  siteUrl?: string | undefined;
}

/** A matched stretch of the paste and its words. */
export interface EvidenceSpan extends Span {
  /** The paste's words from `start` to `end`. */
  text: string;
}

/** The answer for one paste: the same as the site's paste box and the CLI's `--json`. */
export interface DiagnosisResult {
  /** The variant id, or null when no known Claude error was found. */
  id: string | null;
  /** How sure, from 0 (nothing) to 1. */
  confidence: number;
  /** What decided it: `code` (error_code), `headers` (rate-limit headers), `message` (a known wording) or `family` (only the status and error type); absent when nothing was recognised. */
  basis?: DiagnosisBasis;
  /** The variant's title, or null. */
  title: string | null;
  /** The guide's absolute address, or null. */
  url: string | null;
  /** The matched words, as spans of the paste (UTF-16 offsets), sorted and not overlapping. */
  evidence: EvidenceSpan[];
  /** What could be read off the paste: HTTP status, request id, amount, tool, reset time, another provider… */
  facts: DiagnosisFacts;
  /** Further variant ids present in the paste, best first. */
  others: string[];
  /** Whether this is only a generic wrapper and the rest of the message would say more. */
  needsMore: boolean;
  /** Whether the paste was over 1 MiB and only its first and last half MiB were read. */
  truncated: boolean;
}

/** A public page a guide's facts come from. */
export interface GuideSource {
  /** What the page is. */
  title: string;
  url: string;
  /** What the site cites it for, in the site's own words. */
  claim: string;
  /** The day it was read for that claim (`YYYY-MM-DD`). */
  read: string;
}

/** One wording of a message, as some product printed it over some stretch of time. */
export interface VariantWording {
  /** The words exactly as printed; `<…>` marks a part that varies. */
  text: string;
  /** What prints it, e.g. "Anthropic API". */
  surface: string;
  /** `YYYY-MM` or `YYYY-MM-DD`: when a dated public source first shows it. */
  firstSeen: string;
  /** When a dated public source last shows it. */
  lastSeen?: string | undefined;
  /** Set when a newer wording replaced it: only older clients print it. */
  legacy: boolean;
  /** The dated public source that shows it. */
  source: GuideSource;
}

/** One error the site explains, as /variants.json publishes it. */
export interface PublicVariant {
  /** Stable id (never renamed), also the guide's slug. */
  id: string;
  /** A message a tool prints, or a situation with no message of its own. */
  kind: 'message' | 'situation';
  /** The coarse family of /variants.json format 1: `extra-usage`, `organization` or `adjacent`. */
  family: string;
  /** What happened, the site's grouping (`extra-usage`, `organization`, `plan-limit`, `account`, `request`, `tool`, `service`); new values may appear. */
  group: string;
  /** A short name, the guide's heading. */
  title: string;
  /** Every verbatim message; empty for a situation. */
  messages: string[];
  /** Every wording, dated and sourced. */
  wordings: VariantWording[];
  /** The HTTP status it usually comes with. */
  status?: number | undefined;
  /** The API's error type, e.g. `invalid_request_error`. */
  errorType?: string | undefined;
  /** The cause in one line. */
  summary: string;
  /** What it means, in a few sentences. */
  cause: string;
  /** Whose account it is about: `personal`, `organization` or `api-key`. */
  audience: string;
  /** Who can fix it: `you`, `admin`, `maintainer`, `support` or `wait` (nobody: it clears by itself); new values may appear. */
  actor: string;
  /** Who acts in which case, when the badge alone would send some readers to the wrong person. */
  actorNote?: string | undefined;
  /** The fix, in order. */
  steps: { title: string; detail?: string | undefined }[];
  /** Ids of look-alike variants. */
  related: string[];
  /** Where the facts come from. */
  sources: GuideSource[];
  /** When the guide was last checked, `YYYY-MM-DD`. */
  reviewed: string;
  /** What changed at that review, in one line. */
  change: string;
  /** The guide's absolute address. */
  url: string;
}
