import type { VariantInput } from '../schema.ts';
import { githubIssue } from '../sources.ts';

export default {
  id: 'organization-disabled',
  family: 'account',
  title: 'Organization disabled',
  messages: ['This organization has been disabled.'],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The account or organization behind the request is blocked; only Anthropic support can say why.',
  cause:
    'The organization tied to your login or key has been disabled on Anthropic\'s side. Topping up or logging in again will not help. The reason is not in the message.',
  audience: 'organization',
  actor: 'you',
  steps: [
    { title: 'Check which account the tool uses: a personal login and a work login belong to different organizations.' },
    { title: 'If it is the right account, contact Anthropic support from the help center and quote the request id.' },
  ],
  related: ['subscription-access-disabled', 'invalid-api-key'],
  sources: [githubIssue('anthropics/claude-code#19028', 'This organization has been disabled')],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [{ phrase: 'this organization has been disabled', weight: 3 }],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
