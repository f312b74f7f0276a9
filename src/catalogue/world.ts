// Changes in the world the guides describe: renames, new rules, new wordings, each dated and sourced.
// The changes page and its Atom feed list them beside the guides' own reviews.
import { cite, common, githubIssue, readOn } from './sources.ts';
import type { VariantInput } from './schema.ts';

type Source = VariantInput['sources'][number];

/** One change in Claude's products or a tool that changed what a guide says. */
export interface WorldChange {
  /** When it happened or was first seen (YYYY-MM-DD). */
  date: string;
  /** What changed, in one line. */
  title: string;
  /** Where it is documented. */
  source: Source;
  /** The guides it touched. */
  variants: string[];
}

/** Newest first. */
export const worldChanges: WorldChange[] = [
  {
    date: '2026-11-18',
    title:
      'Claude Code 2.1.328 tells Pro and Max users that it "can\'t use your Claude subscription, usually because a payment is past due"; organizations keep the "has disabled Claude subscription access" text.',
    source: {
      title: 'npm: @anthropic-ai/claude-code-linux-x64 2.1.328 (strings in the published binary)',
      url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code-linux-x64',
      claim: 'the past-due wording for Pro and Max in the 2.1.328 binary, published 18 November 2026',
      read: readOn.binary328,
    },
    variants: ['subscription-access-disabled'],
  },
  {
    date: '2026-09-10',
    title: 'Claude Code 2.1.268: the 1M-context message says usage credits take effect after a restart.',
    source: cite(common.claudeCodeChangelog, 'the 2.1.268 release, whose 1M-context message says usage credits take effect after a restart'),
    variants: ['long-context-needs-credits'],
  },
  {
    date: '2026-09-02',
    title: 'OpenClaw lowers the first billing cooldown to 10 minutes and resets it after a window expires (PR #136364).',
    source: githubIssue(
      'openclaw/openclaw#136364',
      'the merged change that makes the first billing cooldown 10 minutes and resets it after a window expires',
    ),
    variants: ['openclaw-billing-error'],
  },
  {
    date: '2026-08-21',
    title: "Claude Code 2.1.239: the spend-limit message also says when the plan's session limit resets.",
    source: cite(common.claudeCodeChangelog, "the 2.1.239 release, whose spend-limit message adds when the plan's session limit resets"),
    variants: ['spend-limit-reached', 'org-spend-limit-reached', 'member-spend-limit'],
  },
  {
    date: '2026-08-04',
    title: 'Tool names with a single-underscore mcp_ prefix reported to flip whole requests to third-party billing.',
    source: githubIssue(
      'nicobailon/pi-mcp-adapter#278',
      'a tool named with a single-underscore mcp_ prefix drawing the extra-usage refusal on 4 August 2026',
    ),
    variants: ['still-rejected', 'out-of-extra-usage'],
  },
  {
    date: '2026-06-15',
    title:
      'The Agent SDK monthly credit announced for this day is paused and never takes effect; Agent SDK, claude -p and third-party app usage keep drawing on plan limits.',
    source: cite(
      common.agentSdkArticle,
      "the help center's banner of 15 June 2026: the Agent SDK change is paused, nothing changed, and the monthly credit is not available",
    ),
    variants: ['out-of-extra-usage', 'extra-usage-add-more'],
  },
  {
    date: '2026-05-23',
    title: 'The API\'s long-context refusal now says "Usage credits are required for long context requests."',
    source: githubIssue(
      'anthropics/claude-code#61808',
      'the API\'s renamed long-context refusal, "Usage credits are required for long context requests.", on 23 May 2026',
    ),
    variants: ['long-context-needs-credits'],
  },
  {
    date: '2026-05-19',
    title:
      "Extra usage is renamed usage credits in Claude Code (2.1.144): /extra-usage becomes /usage-credits; the API's refusals keep saying extra usage.",
    source: cite(
      common.claudeCodeChangelog,
      'the 2.1.144 release of 19 May 2026: extra usage renamed usage credits, /extra-usage now /usage-credits',
    ),
    variants: ['out-of-extra-usage', 'extra-usage-add-more', 'spend-limit-reached', 'org-add-more'],
  },
  {
    date: '2026-04-17',
    title: 'Last day to claim the one-time April credit; each claimed credit lapsed 90 days after it was claimed.',
    source: cite(
      common.creditArticle,
      "the help center's page on the one-time credit; its text could not be read, so the 17 April deadline and the 90 days come from the summaries cited in the starter-credit guides",
    ),
    variants: ['starter-credit-20', 'starter-credit-100', 'starter-credit-200', 'org-credit-claim'],
  },
  {
    date: '2026-04-04',
    title: 'Third-party apps signed in with a Claude subscription start drawing on extra usage instead of plan limits.',
    source: cite(common.email, 'the rule from 4 April 2026 that third-party harnesses on a subscription login draw from extra usage'),
    variants: ['extra-usage-add-more', 'out-of-extra-usage', 'llm-request-rejected'],
  },
];
