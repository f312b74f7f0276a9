import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'org-credit-claim',
  family: 'organization',
  title: 'Organization credit waiting for an admin',
  messages: [
    "Third-party apps now draw from extra usage, not plan limits. We've added a credit to your organization to get you started. Ask your workspace admin to claim it and keep going.",
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'Your workspace was given an extra usage credit, but only an Owner or Admin can claim it.',
  cause:
    "You are signed in with a seat in an organization's workspace (a Team plan, for example), and an outside app's requests now draw from the organization's extra usage. A credit for the whole workspace was set aside, and until an Owner or Admin accepts it, every member's third-party requests are refused. Members cannot claim it themselves; it is separate from any personal credit.",
  audience: 'organization',
  actor: 'admin',
  steps: [
    { title: 'Find out who your workspace admins are.', detail: 'In Settings, the Members page marks them with an "Admin" badge; Owners can act too.' },
    { title: 'Send one of them a request link from this site.', detail: 'It opens a page that walks the admin through the claim.' },
    { title: 'The admin claims the credit at claude.ai/settings/usage.', detail: 'If the banner is gone, they check the balance; if it is $0 with no banner, they contact Anthropic support.' },
    { title: 'Retry once they say it is done; restart the tool if it kept the old error.' },
  ],
  related: ['org-add-more', 'starter-credit-20', 'still-rejected'],
  sources: [
    common.email,
    common.creditArticle,
    githubIssue('lehdqlsl/opencode-claude-auth-sync#11', 'the organization message in a real report'),
  ],
  reviewed: '2026-11-30',
  change: 'Adds the request link a member can send to the admin.',
  signals: {
    phrases: [
      { phrase: 'third-party apps now draw from extra usage, not plan limits', weight: 3 },
      { phrase: 'credit to your organization', weight: 3 },
      { phrase: 'ask your workspace admin to claim it', weight: 3 },
    ],
    specificity: 4,
    statuses: [400],
  },
} satisfies VariantInput;
