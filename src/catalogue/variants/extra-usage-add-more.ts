import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'extra-usage-add-more',
  family: 'extra-usage',
  title: 'Third-party app needs extra usage',
  messages: [
    'Third-party apps now draw from your extra usage, not your plan limits. Add more at claude.ai/settings/usage and keep going.',
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'An outside app used your Claude login; those requests now bill extra usage, and your balance has nothing to spend.',
  cause:
    "Your tool signed in with your Claude account, so Anthropic treats its requests as a third-party app's. Since April 2026 those requests no longer count against your plan's limits: they are paid from extra usage, a separate prepaid balance billed at API rates. This message means that balance is empty or extra usage is switched off.",
  audience: 'personal',
  actor: 'you',
  steps: [
    { title: 'Open claude.ai/settings/usage with the account the tool is signed in to.' },
    { title: 'Turn on extra usage and add funds.', detail: 'Choose a monthly spend cap so a runaway session cannot drain more than you meant to spend.' },
    { title: 'Consider auto-reload.', detail: 'It tops the balance up when it falls below a threshold you choose.' },
    { title: 'Retry in your tool; restart it if it still shows the old error.' },
    { title: 'If you would rather not pay per request, switch the tool to an API key or another provider.', detail: 'An API key from the Claude Console is billed per token on its own account; claude.ai itself stays covered by your plan.' },
  ],
  related: ['out-of-extra-usage', 'starter-credit-20', 'org-add-more', 'still-rejected'],
  sources: [
    common.email,
    common.usageCreditsArticle,
    githubIssue('NousResearch/hermes-agent#31668', 'the message in a Python client log'),
    githubIssue('ianjwhite99/opencode-with-claude#137', 'the message from an OpenCode plugin'),
  ],
  reviewed: '2026-11-30',
  change: 'Adds the spend cap and auto-reload to the fix and the API-key alternative.',
  signals: {
    phrases: [
      { phrase: 'third-party apps now draw from your extra usage', weight: 3 },
      { phrase: 'add more at claude.ai/settings/usage', weight: 3 },
    ],
    specificity: 2,
    statuses: [400],
  },
} satisfies VariantInput;
