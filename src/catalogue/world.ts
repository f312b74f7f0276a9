// Changes in the world the guides describe: renames, new rules, new wordings, each dated and sourced.
// The changes page and its Atom feed list them beside the guides' own reviews.
import { common, githubIssue } from './sources.ts';
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
    },
    variants: ['subscription-access-disabled'],
  },
  {
    date: '2026-09-10',
    title: 'Claude Code 2.1.268: the 1M-context message says usage credits take effect after a restart.',
    source: common.claudeCodeChangelog,
    variants: ['long-context-needs-credits'],
  },
  {
    date: '2026-09-02',
    title: 'OpenClaw lowers the first billing cooldown to 10 minutes and resets it after a window expires (PR #136364).',
    source: githubIssue('openclaw/openclaw#136364', 'the merged change to the billing cooldown'),
    variants: ['openclaw-billing-error'],
  },
  {
    date: '2026-08-21',
    title: "Claude Code 2.1.239: the spend-limit message also says when the plan's session limit resets.",
    source: common.claudeCodeChangelog,
    variants: ['spend-limit-reached', 'org-spend-limit-reached', 'member-spend-limit'],
  },
  {
    date: '2026-08-04',
    title: 'Tool names with a single-underscore mcp_ prefix reported to flip whole requests to third-party billing.',
    source: githubIssue('nicobailon/pi-mcp-adapter#278', 'the mcp_ prefix rule and the refusal it caused'),
    variants: ['still-rejected', 'out-of-extra-usage'],
  },
  {
    date: '2026-06-15',
    title:
      'The Agent SDK monthly credit announced for this day is paused and never takes effect; Agent SDK, claude -p and third-party app usage keep drawing on plan limits.',
    source: common.agentSdkArticle,
    variants: ['out-of-extra-usage', 'extra-usage-add-more'],
  },
  {
    date: '2026-05-23',
    title: 'The API\'s long-context refusal now says "Usage credits are required for long context requests."',
    source: githubIssue('anthropics/claude-code#61808', 'the renamed long-context message'),
    variants: ['long-context-needs-credits'],
  },
  {
    date: '2026-05-19',
    title:
      "Extra usage is renamed usage credits in Claude Code (2.1.144): /extra-usage becomes /usage-credits; the API's refusals keep saying extra usage.",
    source: common.claudeCodeChangelog,
    variants: ['out-of-extra-usage', 'extra-usage-add-more', 'spend-limit-reached', 'org-add-more'],
  },
  {
    date: '2026-04-17',
    title: 'Last day to claim the one-time April credit; each claimed credit lapsed 90 days after it was claimed.',
    source: common.creditArticle,
    variants: ['starter-credit-20', 'starter-credit-100', 'starter-credit-200', 'org-credit-claim'],
  },
  {
    date: '2026-04-04',
    title: 'Third-party apps signed in with a Claude subscription start drawing on extra usage instead of plan limits.',
    source: common.email,
    variants: ['extra-usage-add-more', 'out-of-extra-usage', 'llm-request-rejected'],
  },
];
