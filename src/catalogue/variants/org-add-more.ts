import type { VariantInput } from '../schema.ts';
import { common } from '../sources.ts';

export default {
  id: 'org-add-more',
  family: 'organization',
  title: 'Organization out of extra usage',
  messages: [
    'Third-party apps now draw from extra usage, not plan limits. Ask your workspace admin to add more and keep going.',
    "You're out of extra usage. Ask your workspace admin to add more so you can keep going.",
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: "The workspace's extra usage balance is empty or off; an admin has to add funds.",
  cause:
    "Third-party apps signed in with your work account spend the organization's extra usage, not the team plan's limits. That shared balance is empty, switched off, or at its monthly cap. Only an Owner or Admin can add funds, raise the cap or turn on auto-reload; a member cannot, and a personal balance does not help.",
  audience: 'organization',
  actor: 'admin',
  steps: [
    { title: 'Tell a workspace Owner or Admin, with a request link from this site.' },
    { title: 'The admin adds funds at claude.ai/settings/usage and checks the monthly cap.' },
    { title: 'The admin turns on auto-reload sized to the team.', detail: 'The credits page suggests an amount and threshold for your head-count.' },
    { title: 'Retry once the admin confirms.' },
  ],
  related: ['org-credit-claim', 'out-of-extra-usage', 'spend-limit-reached', 'still-rejected'],
  sources: [common.email, common.usageCreditsArticle, common.creditArticle],
  reviewed: '2026-11-30',
  change: 'Covers both wordings of the organization message.',
  signals: {
    phrases: [
      { phrase: 'ask your workspace admin to add more', weight: 4 },
      { phrase: 'third-party apps now draw from extra usage, not plan limits', weight: 2 },
    ],
    specificity: 4,
    statuses: [400],
  },
} satisfies VariantInput;
