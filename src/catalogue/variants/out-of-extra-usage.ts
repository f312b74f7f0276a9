import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn, telegramOutOfExtraUsage } from '../sources.ts';
import { agentSdkCreditSources } from '../world.ts';

/** The published Claude Code binary, whose strings hold the current CLI template. */
const claudeCodeBinary = {
  title: 'Claude Code 2.1.332 for Linux x64 on npm (published 24 November 2026)',
  url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code-linux-x64/v/2.1.332',
  read: readOn.binary332,
};

export default {
  id: 'out-of-extra-usage',
  group: 'extra-usage',
  title: 'Out of usage credits (extra usage)',
  wordings: [
    {
      text: "You're out of extra usage. Add more at claude.ai/settings/usage and keep going.",
      surface: 'Anthropic API, for a subscription login classed as a third-party app (shown by OpenClaw, OpenCode plugins, Hermes, pi and proxies)',
      firstSeen: '2026-04-05',
      lastSeen: '2026-09-03',
      source: githubIssue('openclaw/openclaw#137413', 'the API wording through OpenClaw on 3 September 2026, the latest dated paste'),
    },
    {
      text: "You're out of usage credits · resets <time>",
      surface: 'Claude Code 2.1.144 and later, when the plan window is used up and usage credits cannot take over',
      firstSeen: '2026-07',
      lastSeen: '2026-11-24',
      source: cite(claudeCodeBinary, 'the "You\'re out of usage credits · resets <time>" template, current on 24 November 2026'),
    },
    {
      text: "You're out of extra usage · resets <time>",
      surface: 'Claude Code before 2.1.144 (the rename of 19 May 2026)',
      firstSeen: '2025-12-18',
      lastSeen: '2026-05-18',
      legacy: true,
      source: githubIssue('anthropics/claude-code#29741', 'the older CLI wording, "resets 10pm (America/Los_Angeles)", on 1 March 2026'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'Usage credits (formerly called extra usage) cannot pay for a request that has to come out of them, so the request stops.',
  cause:
    'Usage credits and extra usage are one balance under its new and old names: it pays at API rates for what the plan does not cover. A request lands on it when Anthropic classes it as a third-party app\'s, or when the plan\'s own window is used up. If the balance cannot pay (switched off or empty, for instance), the Anthropic API answers "You\'re out of extra usage…" with a 400. Claude Code, in the second case, prints "You\'re out of usage credits · resets <time>" (before 19 May 2026, "…extra usage · resets…"); the time is when the plan window reopens.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Tell the two forms apart.',
      detail:
        'With "· resets" and a time, Claude Code hit the plan window. With "Add more at claude.ai/settings/usage", the API refused a request that had to be paid from usage credits.',
    },
    {
      title: 'Open claude.ai/settings/usage, signed in to the same account, and read the Usage credits section.',
      detail: 'Check three things: whether usage credits are on, the balance, and how much of the monthly spend limit is used.',
    },
    { title: 'Turn usage credits on, add funds, or raise the spend limit, whichever is missing.' },
    { title: 'Or, for the Claude Code form, wait for the reset time it shows if you would rather not pay.' },
    { title: 'Retry; restart the tool if it keeps repeating the old reply.' },
  ],
  related: ['extra-usage-add-more', 'spend-limit-reached', 'plan-usage-limit', 'org-add-more', 'openclaw-billing-error', 'still-rejected'],
  sources: [
    cite(common.openclaw2026_9_6, 'its billing pause of ten minutes (docs/concepts/model-failover.md)'),
    cite(common.binary337, 'the five_hour window named "5-hour limit" in its messages, as in 2.1.328 and 2.1.332'),
    common.emailExtraUsage,
    cite(common.usageCreditsArticle, 'turning usage credits on, adding funds, the monthly spend limit'),
    cite(common.claudeCodeChangelog, 'the rename to usage credits in 2.1.144 (19 May 2026)'),
    githubIssue('shinglokto/openclaw-claude-bridge#2', 'the API wording on 5 April 2026 from a bridge for OpenClaw'),
    githubIssue('griffinmartin/opencode-claude-auth#147', 'the API wording on valid Max logins, traced to the content of the system prompt'),
    githubIssue('openclaw/openclaw#115642', 'the API wording on 29 July 2026 and the billing cooldown OpenClaw puts on it'),
    githubIssue('nicobailon/pi-mcp-adapter#278', 'the API wording caused on 4 August 2026 by a tool named mcp_script'),
    githubIssue('openclaw/openclaw#137413', 'the API wording on 3 September 2026, caused by OpenClaw marker strings in the prompt'),
    githubIssue('anthropics/claude-code#14415', 'the older CLI wording on 18 December 2025, the earliest dated paste'),
    githubIssue('anthropics/claude-code#29741', 'the older CLI wording, whose reset time matched the session reset shown by /usage'),
    githubIssue('anthropics/claude-code#60271', 'the older CLI wording on 18 May 2026 (version 2.1.143), the day before the rename'),
    telegramOutOfExtraUsage,
    ...agentSdkCreditSources,
    cite(claudeCodeBinary, 'the CLI form in the current Claude Code'),
  ],
  reviewed: '2026-12-06',
  change: 'Names the plan window "5-hour limit", as Claude Code 2.1.328 and later do.',
  signals: {
    phrases: [
      // Claude Code 2.1.337 when a stream ended because usage credits ran out, with no status ("API Error: Usage credits ran
      // out before the response was finished."; the binary in @anthropic-ai/claude-agent-sdk-linux-x64 0.3.337).
      { phrase: 'usage credits ran out before the response was finished', weight: 3 },
      // Claude Code's own lines in its 2.1.332 binary (npm, 24 November 2026).
      { phrase: 'out of usage credits — buy more below to keep going', weight: 3 },
      { phrase: "you're out of extra usage", weight: 3 },
      { phrase: "you're out of usage credits", weight: 3 },
      { phrase: 'add more at claude.ai/settings/usage', weight: 2 },
      // Claude Code 2.0's advice where usage credits are on but could not take over a spent window ("Limit reached · resets …
      // · add funds to continue with extra usage", @anthropic-ai/claude-code 2.0.60's cli.js). A window's own name in the
      // line ("5-hour limit reached") keeps it the plan-limit guide.
      { phrase: 'add funds to continue with extra usage', weight: 2 },
    ],
    cues: [
      ['out of', 'extra usage|usage credits'],
      ['extra usage|usage credits', 'exhausted|depleted|used up|run out|ran out'],
    ],
    specificity: 3,
    statuses: [400, 429],
  },
} satisfies VariantInput;
