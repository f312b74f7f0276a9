// Changes in the world the guides describe: renames, new rules, new wordings, each dated and sourced.
// The changes page and its Atom feed list them beside the guides' own reviews.
import { longDate } from './dates.ts';
import { cite, common, githubIssue, readOn } from './sources.ts';
import type { VariantInput } from './schema.ts';

type Source = VariantInput['sources'][number];

/** OpenClaw's change to a 10-minute first billing pause, cited by the changes page and the OpenClaw guide. */
export const openclawCooldownChange = githubIssue(
  'openclaw/openclaw#136364',
  'the change to a 10-minute first billing window, merged 5 September 2026',
  {
    claim: 'Merged via squash on 5 September 2026: the first billing pause lasts 10 minutes and the count resets after a window expires.',
    read: '2026-12-04',
  },
);
/** The day #136364 was merged, in words. */
export const openclawCooldownMerge = longDate('2026-09-05');

/** The first report that a tool name starting with mcp_ flips a request to third-party billing. */
export const mcpPrefixFirstReport = githubIssue('NousResearch/hermes-agent#13972', 'the first report of the mcp_ tool-name trigger, 22 April 2026', {
  claim: 'The earliest public report, on 22 April 2026, that a tool name starting with mcp_ sends a request to third-party billing.',
  read: '2026-12-04',
});

/** The last dated public check that the Agent SDK credit was still paused. */
const agentSdkPauseCheck: Source = {
  title: 'aldegad/skill-hook-authoring: the Agent SDK change still paused on 25 August 2026',
  url: 'https://github.com/aldegad/skill-hook-authoring/blob/9ee6f5f6d4744e746bcc477e350c658a6655b8ba/docs/cli-invocation.md',
  claim: 'A dated re-check of the help center page: on 25 August 2026 the Agent SDK billing change was still paused.',
  read: '2026-12-04',
};
/** The one public report that contradicts the help center's banner. */
const agentSdkContraryReport = githubIssue(
  'openclaw/openclaw#128131',
  'support reportedly describing a $200 Agent SDK credit on Max 20x (unconfirmed)',
  {
    claim: 'the other side, unconfirmed: one user says support described a separate monthly Agent SDK credit on Max 20x; no Anthropic page says so.',
    read: '2026-12-04',
  },
);
/** The sources behind `agentSdkCreditStatus`, for pages that list their sources. */
export const agentSdkCreditSources: Source[] = [
  cite(
    common.agentSdkArticle,
    "one side of a disputed point: the help center's banner of 15 June 2026 says the change is paused, nothing changed and no monthly credit is available",
  ),
  agentSdkPauseCheck,
  agentSdkContraryReport,
];
/** What is known of the Agent SDK monthly credit, said once for every page that mentions it. */
export const agentSdkCreditStatus = `A monthly Agent SDK credit was announced for 15 June 2026. The help center's banner of that day says the change is paused, nothing has changed and the credit is not available; a public check on ${longDate('2026-08-25')} found the banner unchanged. One user report of that day (openclaw/openclaw#128131) says support told them of a separate $200 monthly credit on Max 20x; nothing from Anthropic confirms it.`;

/** Claude Code's fast-mode page, which dates the end of fast mode on Opus 4.8. */
export const fastModeOpus48End: Source = {
  title: 'Claude Code docs: "Speed up responses with fast mode" (Opus 4.8 fast mode deprecated 30 October, removed 30 November 2026)',
  url: 'https://code.claude.com/docs/en/fast-mode',
  claim: 'Fast mode for Opus 4.8 was deprecated on 30 October 2026 and removed on 30 November 2026; after that the API rejects such requests.',
  read: '2026-12-04',
};

/** Anthropic's page on the monthly API credit of Max, Ultra and Team plans. */
export const subscriberApiCreditsPage: Source = {
  title: 'Claude Platform docs: "API credits for Max, Ultra, and Team plans"',
  url: 'https://platform.claude.com/docs/en/about-claude/api-credits-for-subscribers',
  claim:
    'Max, Ultra and Team plans include a monthly Claude API credit for a linked Console organization ($100 Max, $200 Ultra, up to $500 pooled on Team); it does not pay for Claude Code or usage credits.',
  read: '2026-12-04',
};

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
    date: '2026-12-04',
    title:
      "Anthropic's API docs, read this day, list an Ultra plan beside Max and Team and a monthly Claude API credit for each ($100 Max, $200 Ultra, up to $500 pooled on Team) that pays for the API, not for Claude Code or usage credits. When it began is not established.",
    source: subscriberApiCreditsPage,
    variants: ['api-credit-too-low'],
  },
  {
    date: '2026-11-30',
    title: 'Fast mode on Opus 4.8, deprecated on 30 October 2026, is removed: the API rejects Opus 4.8 requests with fast mode on.',
    source: fastModeOpus48End,
    variants: ['fast-mode-needs-credits'],
  },
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
    date: '2026-09-05',
    title: 'OpenClaw lowers the first billing cooldown to 10 minutes and resets it after a window expires (PR #136364).',
    source: openclawCooldownChange,
    variants: ['openclaw-billing-error'],
  },
  {
    date: '2026-08-21',
    title: "Claude Code 2.1.239: the spend-limit message also says when the plan's session or weekly limit resets (a weekly one can be days away).",
    source: cite(common.claudeCodeChangelog, "the 2.1.239 release, whose spend-limit message adds when the plan's session or weekly limit resets"),
    variants: ['spend-limit-reached', 'org-spend-limit-reached', 'member-spend-limit'],
  },
  {
    date: '2026-08-04',
    title: 'A rule on tool names starting with mcp_ and a letter or digit is reported as newly enforced, months after the first reports.',
    source: githubIssue('nicobailon/pi-mcp-adapter#278', 'the mcp_ prefix rule and the refusal it caused'),
    variants: ['still-rejected', 'out-of-extra-usage'],
  },
  {
    date: '2026-06-15',
    title:
      "The help center's banner pauses the Agent SDK monthly credit announced for this day: Agent SDK, claude -p and third-party app usage keep drawing on plan limits. A check on 25 August 2026 found it still paused; one user report says otherwise, unconfirmed.",
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
      "Extra usage is renamed usage credits in Claude Code (2.1.144): /extra-usage becomes /usage-credits; the API's refusals keep saying extra usage. When claude.ai's settings and the help center took the new name is not known.",
    source: cite(
      common.claudeCodeChangelog,
      'the 2.1.144 release of 19 May 2026: extra usage renamed usage credits, /extra-usage now /usage-credits',
    ),
    variants: ['out-of-extra-usage', 'extra-usage-add-more', 'spend-limit-reached', 'org-add-more'],
  },
  {
    date: '2026-04-24',
    title:
      'Claude Code 2.1.119 prints "You\'ve hit your org\'s monthly usage limit" to Pro, Max and Team users when their own plan limit runs out; reports continue until at least 19 May 2026 (2.1.138).',
    source: githubIssue('anthropics/claude-code#52908', 'the org monthly usage limit text on a personal plan with Claude Code 2.1.119', {
      claim: 'The first public report of the "org\'s monthly usage limit" text on a personal plan, 24 April 2026.',
      read: '2026-12-04',
    }),
    variants: ['org-spend-limit-reached', 'plan-usage-limit'],
  },
  {
    date: '2026-04-22',
    title: 'Tool names with a single-underscore mcp_ prefix first reported to flip whole requests to third-party billing.',
    source: mcpPrefixFirstReport,
    variants: ['still-rejected'],
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
    source: common.emailExtraUsage,
    variants: ['extra-usage-add-more', 'out-of-extra-usage', 'llm-request-rejected'],
  },
];
