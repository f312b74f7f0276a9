import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'out-of-extra-usage',
  family: 'extra-usage',
  title: 'Out of extra usage',
  messages: ["You're out of extra usage. Add more at claude.ai/settings/usage and keep going."],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'Your extra usage balance has run out (or hit its monthly cap), so requests billed to it stop.',
  cause:
    'Requests from third-party apps signed in with your Claude account are paid from extra usage, a prepaid pay-as-you-go balance. This message comes back when that balance is spent, when the monthly spend cap you set is reached, or when extra usage is off. Your plan itself may still have room: this is about the separate balance.',
  audience: 'personal',
  actor: 'you',
  steps: [
    { title: 'Open claude.ai/settings/usage and read the extra usage balance and monthly cap.' },
    { title: 'Add funds, or raise the monthly cap if that is what stopped you.' },
    { title: 'Turn on auto-reload if running dry mid-task is the problem.', detail: 'A small reload amount with a low threshold keeps a single developer going.' },
    { title: 'Retry; if the balance is clearly positive and it still fails, read the still-rejected guide.' },
  ],
  related: ['extra-usage-add-more', 'org-add-more', 'spend-limit-reached', 'still-rejected'],
  sources: [
    common.email,
    common.usageCreditsArticle,
    githubIssue('anthropics/claude-code#45033', 'the message as Claude Code printed it'),
    githubIssue('griffinmartin/opencode-claude-auth#147', 'the message from an OpenCode auth plugin, and a system-prompt cause'),
    githubIssue('rynfar/meridian#495', 'the message through a proxy'),
  ],
  reviewed: '2026-11-30',
  change: 'Separates an empty balance from a reached monthly cap.',
  signals: {
    phrases: [
      { phrase: "you're out of extra usage", weight: 3 },
      { phrase: 'add more at claude.ai/settings/usage', weight: 2 },
    ],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
