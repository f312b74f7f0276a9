import { z } from 'astro/zod';
import { actors, audiences, groups } from './enums.ts';

/** A variant id doubles as its URL slug: lowercase words joined by single hyphens. */
const variantIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

/** One phrase the matcher looks for in a paste. */
const signalSchema = z.object({
  /**
   * Words the paste must contain in this order, compared after normalising case, quotes, escapes and wraps.
   * A trailing placeholder (`llm request rejected: <message>`) counts the phrase only when a message follows it.
   */
  phrase: z.string().trim().min(3),
  /** How strongly the phrase points at this variant: 1 is a hint, 3 is the message's defining words. */
  weight: z.number().positive().max(10),
  /** Set for a cloud SDK's generic message (AWS's "http2 request did not get a response"): it counts only where the paste shows Claude on Bedrock or Vertex AI. */
  onCloud: z.literal(true).optional(),
  /**
   * Set for words any provider or tool may print ("rate limit exceeded", "connect ETIMEDOUT"): they count only where the
   * paste names Claude or Anthropic, and only as a guess at the kind of error.
   */
  onClaude: z.literal(true).optional(),
  /**
   * For a client's own retelling of the API's refusals ("There's an issue with the selected model …"), the variants it
   * may stand for: where the API's own message of one of them is found whole in the same paste, that message decides.
   */
  retells: z.array(variantIdSchema).min(1).optional(),
});

/** Everything the matcher needs to recognise a variant in a paste. */
const signalsSchema = z.object({
  /** The phrases to look for; the verbatim messages are looked for as well. */
  phrases: z.array(signalSchema).min(1),
  /** A dollar amount read off the paste that picks this variant among siblings sharing its phrases. */
  amount: z.number().int().positive().optional(),
  /** When two variants match, the higher wins: 0 for a generic wrapper, more for a specific message. */
  specificity: z.number().int().min(0).max(10),
  /** HTTP statuses this variant arrives with; a matching status only supports, never decides. */
  statuses: z.array(z.number().int().min(100).max(599)).default([]),
  /**
   * Words a wording nobody has listed yet is likely to keep: each cue is a list of words, all found close together in any
   * order, and a word may give alternatives (`revoked|expired`). A cue alone is a guess at the variant, as `onClaude` is.
   */
  cues: z
    .array(
      z
        .array(
          z
            .string()
            .trim()
            .regex(/^[^|]+(?:\|[^|]+)*$/),
        )
        .min(2),
    )
    .default([]),
});

/** A public page a guide's facts come from. */
const sourceSchema = z.object({
  /** What the page is, as a reader would recognise it. */
  title: z.string().trim().min(3),
  /** Where it is; https only. */
  url: z.url({ protocol: /^https$/ }),
  /** What the site cites it for, in the project's own words: the claim this page supports. */
  claim: z.string().trim().min(10),
  /** The day the page was read for that claim (YYYY-MM-DD). */
  read: z.iso.date(),
});

/** One numbered step of a fix. */
const stepSchema = z.object({
  /** The action, said as an instruction. */
  title: z.string().trim().min(3),
  /** More on how, in one or two sentences. */
  detail: z.string().trim().min(3).optional(),
});

/** Which group a variant belongs to: what happened (see `groups` in enums.ts). */
const groupSchema = z.enum(groups);
/** Whose account the message is about. */
const audienceSchema = z.enum(audiences);
/** Who can make the error go away. */
const actorSchema = z.enum(actors);

/** A month (`2026-05`) or a day (`2026-05-23`): public sources often date a wording only to the month. */
const seenDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM or YYYY-MM-DD');

/** One wording of a message, as some product printed it over some stretch of time. */
const wordingSchema = z.object({
  /** The words exactly as printed; `<…>` marks a part that varies, such as `<time>` or `<model>`. */
  text: z.string().trim().min(3),
  /** What prints it, as a reader would name it: "Anthropic API", "Claude Code 2.1.268 and later", "OpenClaw". */
  surface: z.string().trim().min(2),
  /** When a dated public source first shows it. */
  firstSeen: seenDateSchema,
  /** When a dated public source last shows it; absent when only its first sighting is dated. */
  lastSeen: seenDateSchema.optional(),
  /** Set when a newer wording replaced it: only older clients still print it. */
  legacy: z.boolean().default(false),
  /** The dated public source that shows it. */
  source: sourceSchema,
});

/** One error the site explains: the single source of truth for its guide, table row, matcher signals and JSON. */
export const variantSchema = z
  .object({
    /** The id, which is also the slug of `/errors/<id>/`. */
    id: variantIdSchema,
    /** Whether this is a message a tool prints or a situation with no message of its own. */
    kind: z.enum(['message', 'situation']).default('message'),
    /** Which group it belongs to: what happened. */
    group: groupSchema,
    /** A short name for the variant, used as the heading and link text. */
    title: z.string().trim().min(3).max(80),
    /** The message(s) exactly as the API or tool prints them, undated; prefer `wordings`. */
    messages: z.array(z.string().trim().min(3)).default([]),
    /** Every wording of the message, old and new, each dated and sourced; the matcher looks for all of them. */
    wordings: z.array(wordingSchema).default([]),
    /** The HTTP status the message usually comes with, when there is one. */
    status: z.number().int().min(100).max(599).optional(),
    /** The API's error type, e.g. `invalid_request_error`, when there is one. */
    errorType: z
      .string()
      .regex(/^[a-z_]+$/)
      .optional(),
    /** The cause in one line, for tables, search results and the paste box. */
    summary: z.string().trim().min(10).max(200),
    /** What it means, in a few sentences. */
    cause: z.string().trim().min(20),
    /** Whose account it concerns. */
    audience: audienceSchema,
    /** Who can fix it. */
    actor: actorSchema,
    /** Who acts in which case, in one sentence, when the badge alone would mislead some readers; replaces the badge's usual sentence. */
    actorNote: z.string().trim().min(20).max(300).optional(),
    /** The fix, in order. */
    steps: z.array(stepSchema).min(1),
    /** Ids of variants a reader may be confusing this one with. */
    related: z.array(variantIdSchema).default([]),
    /** Where the facts come from; at least one. */
    sources: z.array(sourceSchema).min(1),
    /** When the guide was last checked against its sources (YYYY-MM-DD). */
    reviewed: z.iso.date(),
    /** What changed at the last review, in one line, for the changes page. */
    change: z.string().trim().min(5),
    /** What the matcher looks for; a situation has none. */
    signals: signalsSchema.optional(),
  })
  .superRefine((variant, ctx) => {
    variant.wordings.forEach((wording, index) => {
      if (wording.lastSeen && wording.lastSeen.slice(0, wording.firstSeen.length) < wording.firstSeen.slice(0, wording.lastSeen.length)) {
        ctx.addIssue({ code: 'custom', path: ['wordings', index, 'lastSeen'], message: 'is before firstSeen' });
      }
    });
    if (variant.kind === 'message' && variant.messages.length === 0 && variant.wordings.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['messages'], message: 'a message variant needs at least one verbatim message' });
    }
    if (variant.kind === 'message' && !variant.signals) {
      ctx.addIssue({ code: 'custom', path: ['signals'], message: 'a message variant needs signals for the matcher' });
    }
  })
  // `messages` lists every verbatim text once: the undated ones first, then each wording's.
  .transform((variant) => ({ ...variant, messages: [...new Set([...variant.messages, ...variant.wordings.map((wording) => wording.text)])] }));

/** A variant as written in `src/catalogue/variants/`, before defaults are applied. */
export type VariantInput = z.input<typeof variantSchema>;
/** A validated variant. */
export type Variant = z.output<typeof variantSchema>;
export type { Actor, Group } from './enums.ts';
