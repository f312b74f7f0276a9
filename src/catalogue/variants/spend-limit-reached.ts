import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

const errorsPage = {
  title: 'Claude Code documentation: Error reference, "You\'ve hit your monthly spend limit" (mirrored copy describing v2.1.286)',
  url: 'https://code.claude.com/docs/en/errors#youve-hit-your-monthly-spend-limit',
  read: readOn.factBase,
};

export default {
  id: 'spend-limit-reached',
  group: 'extra-usage',
  title: 'Monthly spend limit on usage credits reached',
  wordings: [
    {
      text: "You've hit your monthly spend limit · raise it at claude.ai/settings/usage?from=cc_cli_limit_message · your session limit resets <time> (<time zone>)",
      surface: 'Claude Code 2.1.239 and later (Pro, Max), when a plan window has also run out',
      firstSeen: '2026-08-21',
      lastSeen: '2026-09-05',
      source: cite(errorsPage, "the spend-limit message with the plan window's reset time, added in 2.1.239"),
    },
    {
      text: "You've hit your monthly spend limit · raise it at claude.ai/settings/usage?from=cc_cli_limit_message",
      surface: 'Claude Code (Pro, Max)',
      firstSeen: '2026-07-19',
      lastSeen: '2026-11-24',
      source: githubIssue('anthropics/claude-code#79167', 'the message on Max 5x while the session meter showed 4%'),
    },
    {
      text: "You've hit your monthly spend limit · raise it at claude.ai/settings/usage",
      surface: 'Claude Code (Pro, Max) and the Claude desktop app',
      firstSeen: '2026-06-12',
      lastSeen: '2026-09-23',
      source: githubIssue('anthropics/claude-code#77819', 'the message under a "Usage limit reached" chip, spend limit set to Unlimited'),
    },
    {
      text: "You've hit your monthly spend limit · your session limit resets <time> (<time zone>)\n/usage-credits to adjust your monthly spend limit.",
      surface: 'Claude Code where no link is shown',
      firstSeen: '2026-09-02',
      lastSeen: '2026-09-02',
      source: githubIssue('anthropics/claude-code#91376', 'the message and its hint line on a session that also ran out'),
    },
    {
      text: "You've hit your monthly spend limit.\n/usage-credits to adjust your monthly spend limit.",
      surface: 'Claude Code, June 2026',
      firstSeen: '2026-06-11',
      legacy: true,
      source: githubIssue('anthropics/claude-code#67579', 'the two-line form, reported while the session limit was what ran out'),
    },
  ],
  summary:
    'Your own Pro or Max plan needed usage credits for this request, and they have reached the monthly spend limit you set; raise it, or wait for the plan window.',
  cause:
    "Usage credits (formerly called extra usage; the same balance) pay for what the plan does not: work past a spent session or weekly window, and requests that only credits cover, such as Fable on some plans, 1M context or fast mode. You capped what they may spend each month, and this month's spending has reached the cap. When the plan window is what ran out, the message also says when it resets; when the request is credits-only, the plan meters can look nearly empty. The cap is checked before each request, so the last one can take spending past it.",
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title:
        'If the message ends with "your 5-hour limit resets …" (older: "session limit") or "your weekly limit resets …", you can wait until then.',
      detail: 'At that time the plan covers you again without any change to the limit. A weekly reset can be days away, not hours.',
    },
    {
      title:
        'To keep going now, raise the limit: run /usage-credits, or open claude.ai/settings/usage and use "Adjust limit" in the Usage credits section.',
      detail: 'When credits are still available, Claude Code may offer to raise or remove the limit right in the terminal.',
    },
    {
      title: 'If your plan meters look nearly empty, check the model and mode.',
      detail:
        'A credits-only model or fast mode spends credits from the first request; /model to another model, or /fast to turn fast mode off, moves you back onto the plan.',
    },
    { title: 'Run /usage to see each plan window and when it resets.' },
  ],
  related: ['org-spend-limit-reached', 'member-spend-limit', 'out-of-extra-usage', 'plan-usage-limit', 'model-limit'],
  sources: [
    cite(common.binary337, 'the five_hour window named "5-hour limit" in its messages, as in 2.1.328 and 2.1.332'),
    cite(errorsPage, 'the monthly spend-limit messages of Pro and Max, with and without a link (v2.1.286)'),
    cite(common.usageCreditsArticle, 'the monthly spend limit on usage credits and raising it in Settings > Usage'),
    cite(common.claudeCodeCosts, '/usage-credits to adjust the monthly spend limit from Claude Code'),
    cite(common.claudeCodeChangelog, 'the reset-time tail the spend-limit message gained in 2.1.239 (21 August 2026)'),
    githubIssue('anthropics/claude-code#79167', 'the spend-limit message while plan meters were low'),
    githubIssue('anthropics/claude-code#70643', 'a report of a charge going past the configured monthly limit'),
  ],
  reviewed: '2026-12-06',
  change: 'Claude Code 2.1.328 and later name the plan window "5-hour limit", not "session limit", in the reset tail.',
  signals: {
    phrases: [
      // The /usage-credits dialog of Claude Code 2.1.337 when one's own monthly limit is reached ("You've hit your monthly limit
      // — raise it below, or it resets next month."; the binary in @anthropic-ai/claude-agent-sdk-linux-x64 0.3.337).
      { phrase: "you've hit your monthly limit — raise it below, or it resets next month", weight: 3 },
      // Claude Code 2.1.181's line for Fable 5 when the person's own monthly spend limit on usage credits stopped it ("API
      // Error: Fable 5 uses usage credits and your monthly limit is reached · run /usage-credits to adjust it", its binary).
      { phrase: 'and your monthly limit is reached · run /usage-credits to adjust it', weight: 5 },
      { phrase: "you've hit your monthly spend limit", weight: 3 },
      // Claude Code 2.1.337's warning while usage credits near the monthly limit ("Over 90% of your usage credit limit used",
      // "You're close to your usage credit limit"; its binary).
      { phrase: 'of your usage credit limit used', weight: 3 },
      { phrase: "you're close to your usage credit limit", weight: 3 },
      // Claude Code 2.0's words for the same cap, with the reset it always adds ("Spending cap reached ∙ resets …";
      // @anthropic-ai/claude-code 2.0.10's cli.js). Without the reset the words are any budget tool's.
      { phrase: 'spending cap reached ∙ resets', weight: 3 },
      { phrase: 'to adjust your monthly spend limit', weight: 2 },
      // The API's own 429 for it, under a subscription login in a third-party app (earendil-works/pi#9849: "This request
      // would exceed your account's monthly spend limit. Please try again later.").
      { phrase: "would exceed your account's monthly spend limit", weight: 3 },
    ],
    cues: [
      ['monthly', 'spend limit|spending limit|spend cap|spending cap'],
      ['spend limit|spending limit', 'reached|hit|exceeded'],
    ],
    specificity: 3,
    statuses: [],
  },
} satisfies VariantInput;
