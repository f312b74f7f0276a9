import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'extra-usage-add-more',
  group: 'extra-usage',
  title: 'Third-party app needs usage credits',
  wordings: [
    {
      text: 'Third-party apps now draw from your extra usage, not your plan limits. Add more at claude.ai/settings/usage and keep going.',
      surface: 'Anthropic API, for a subscription login classed as a third-party app (shown by OpenCode plugins, Hermes, pi, proxies and others)',
      firstSeen: '2026-04-24',
      lastSeen: '2026-09-14',
      source: githubIssue('V1ki/dsh-plugin-subscriptions#88', 'the wording on 14 September 2026, the latest dated paste'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary:
    'A tool used your Claude login and the request was billed as a third-party app, but usage credits (formerly extra usage) are off or have nothing left to spend.',
  cause:
    "Your tool sent the request with your Claude subscription login, and Anthropic classed it as a third-party app's. Since 4 April 2026 such requests are not paid from the plan's limits but from usage credits, billed at API rates. Usage credits and extra usage are the same balance: Claude Code took the new name on 19 May 2026, and this API message still uses the old one. The refusal means the balance could not pay for the request, because usage credits are switched off or nothing is left that they may spend.",
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Open claude.ai/settings/usage, signed in to the account the tool uses.',
      detail: 'A personal login and a seat in a work organization have separate balances.',
    },
    {
      title: 'Turn on usage credits and add funds.',
      detail:
        'The section is called Usage credits; choose a payment method, then Add funds. Subscribers who pay through the mobile app do this on the web.',
    },
    { title: 'Set a monthly spend limit, and auto-reload if you want work never to stop half-way.' },
    { title: 'Retry the request; restart the tool if it keeps showing the old reply.' },
    {
      title: 'If you would rather not pay per request, change how the tool reaches Claude.',
      detail:
        'Give it an Anthropic API key (billed per token on its own account), or do the work in claude.ai or Claude Code, which the plan covers.',
    },
  ],
  related: ['out-of-extra-usage', 'org-add-more', 'starter-credit-20', 'llm-request-rejected', 'still-rejected'],
  sources: [
    common.emailExtraUsage,
    common.emailSubscriptionCovers,
    cite(common.usageCreditsArticle, 'turning usage credits on, adding funds, the monthly spend limit and auto-reload in Settings > Usage'),
    cite(common.claudeCodeChangelog, 'the rename of extra usage to usage credits in Claude Code 2.1.144 (19 May 2026)'),
    githubIssue('Wei-Shaw/sub2api#1894', 'the wording from OpenCode through a relay on 24 April 2026, the earliest dated paste'),
    githubIssue(
      'ianjwhite99/opencode-with-claude#137',
      'the wording from an OpenCode plugin; its maintainer traced it to a prompt pass-through setting',
    ),
    githubIssue('NousResearch/hermes-agent#46675', 'the wording on every tool-bearing request from a Max login while requests without tools passed'),
    githubIssue('NousResearch/hermes-agent#79758', 'the wording in August 2026, traced to one block of the system prompt'),
    githubIssue('V1ki/dsh-plugin-subscriptions#88', 'the wording in September 2026; turning off a plugin tool named mcp_probe restored access'),
  ],
  reviewed: '2026-12-04',
  change: "Cites the 3 April 2026 e-mail to the thread that quotes each paragraph; dates only Claude Code's rename of the balance (19 May 2026).",
  signals: {
    phrases: [
      { phrase: 'third-party apps now draw from your extra usage', weight: 3 },
      { phrase: 'add more at claude.ai/settings/usage', weight: 3 },
    ],
    // Above the starter credits: a paste cut after the shared first sentence is far likelier to be this, the current wording.
    cues: [['third party', 'extra usage|usage credits']],
    specificity: 4,
    statuses: [400],
  },
} satisfies VariantInput;
